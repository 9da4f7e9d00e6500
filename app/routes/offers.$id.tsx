import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { History } from "~/components/history";
import { InterestCta, ResponseLine, VisitorInterest } from "~/components/contact/interest-cta";
import { PairFits } from "~/components/funding";
import { ReasonList, ScoreBadge } from "~/components/match";
import { ModerationForm } from "~/components/moderation-form";
import { SmallMap, mapLinks } from "~/components/map/small-map";
import { StaffNotes } from "~/components/staff-notes";
import { OfferActionSchema } from "~/domain/forms/offer.server";
import { isInterestCode } from "~/domain/interests";
import { krajByCode } from "~/domain/kraje";
import { allowedOfferActions, type OfferAction } from "~/domain/lifecycle";
import { OFFER_STATUSES } from "~/domain/stats";
import { seenStatus } from "~/utils/forms.server";
import { formatDate, formatNumber, languageName, sentenceStart, translator } from "~/i18n";
import { explanationText } from "~/i18n/phrases.server";
import { latestStaffComment, listHistory } from "~/models/audit.server";
import {
  getOfferForManager,
  getOfferMeta,
  getOfferWithContact,
  getPublishedOffer,
  isOfferAuthor,
  transitionOffer,
  TransitionError,
} from "~/models/offer.server";
import { listFundingCalls } from "~/models/funding.server";
import { explainPair, matchableOffers } from "~/models/match.server";
import { similarOffers } from "~/domain/similar-offers";
import { OfferCard } from "~/components/offer-card";
import { pairForContact } from "~/models/contact.server";
import { responseStatsFor } from "~/models/contact-view.server";
import { getOwnedMunicipality } from "~/models/municipality.server";
import { addStaffNote, listStaffNotes } from "~/models/staff-note.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { fitsForPair } from "~/features/funding/view.server";
import { requireOfferManager, toViewer } from "~/features/offers/access.server";
import {
  offerPlaceNames,
  offerTextVersions,
  toOfferCard,
  type TextVersion,
} from "~/features/offers/view.server";
import { foreignTownShortName } from "~/i18n/place-names.server";
import { userHasPermission } from "~/utils/permissions";
import { getOptionalUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const links = () => mapLinks;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [{ title: "Spolu" }];
  const t = translator(metaLocale(matches));
  const { offer } = data;
  const said = t("meta.offer", { town: offer.town, country: offer.countryName });
  return pageMeta(offer.town, `${said} ${offer.texts[0]?.text ?? ""}`);
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const db = getDb();
  const [locale, user, meta] = await Promise.all([
    getLocale(request),
    getOptionalUser(request),
    getOfferMeta(db, id),
  ]);
  invariantResponse(meta, "Not found", { status: 404 });
  const isStaff = userHasPermission(user, "update:offer:any");
  const isAuthor = isOfferAuthor(meta, user) && userHasPermission(user, "update:offer:own");

  // Visitors, mayors and other towns get the published offer only; its contact
  // is read by a separate query that itself checks the viewer's right.
  const viewer = user && (isStaff || isAuthor) ? toViewer(user) : null;
  const offer = viewer ? await getOfferForManager(db, id, viewer) : await getPublishedOffer(db, id);
  invariantResponse(offer, "Not found", { status: 404 });
  const publicView = {
    ...offer,
    // The town and region as the reader knows them ("Luck (Луцьк)", "Volyňská oblast").
    ...offerPlaceNames(offer, locale),
    countryName: countryName(offer.country, locale),
    // The reader's version first, each labelled with its language; the rest a click away.
    texts: offerTextVersions(offer, locale).map((v) => ({
      ...v,
      label: translator(locale)("offer.textLanguage", {
        language: sentenceStart(languageName(v.lang, locale), locale),
        original: v.original ? "yes" : "no",
      }),
    })),
  };
  const private_ = viewer ? await getOfferWithContact(db, id, viewer) : undefined;
  const manage =
    viewer && private_
      ? {
          contact: {
            name: private_.contactName,
            email: private_.contactEmail,
            phone: private_.contactPhone,
          },
          history: await listHistory(db, "offer", id),
          staffComment: ["changes_requested", "rejected"].includes(offer.status)
            ? await latestStaffComment(db, "offer", id)
            : null,
          actions: allowedOfferActions(offer.status, isStaff ? "staff" : "author"),
          notes: isStaff ? await listStaffNotes(db, "offer", id) : null,
          canEdit: ["draft", "pending", "published", "changes_requested", "expired"].includes(
            offer.status,
          ),
        }
      : null;
  // A signed-in mayor sees how this offer fits their municipality, every reason spelled out.
  const own =
    user && user.role === "mayor" && offer.status === "published"
      ? await getOwnedMunicipality(db, user.id)
      : undefined;
  const fit = own
    ? await explainPair(db, own, offer, "municipality").then((r) => ({
        name: own.name,
        score: r.score,
        reasons: r.reasons.map((reason) => ({
          ...reason,
          text: explanationText(reason.text, locale),
        })),
      }))
    : null;
  // Mayors write from here; everyone sees how the town answers.
  const [pair, responses] = await Promise.all([
    own ? pairForContact(db, own.id, offer.id, "municipality") : undefined,
    responseStatsFor(db, "offer", offer.id),
  ]);
  const interest = pair
    ? {
        href: `/contacts/new?offer=${offer.id}`,
        live: pair.live,
        full: pair.full && !pair.live ? pair.openRequests : null,
      }
    : null;
  // The calls this pair may apply to: the mayor's own town, or any Czech municipality.
  const t = translator(locale);
  const czech = { name: own?.name ?? t("funding.czechTown"), country: "CZ" };
  const town = foreignTownShortName(
    { placeId: offer.placeId, name: offer.town, country: offer.country },
    locale,
  );
  const fits =
    offer.status === "published"
      ? {
          pairLabel: own
            ? t("funding.pair", { a: own.name, b: town })
            : t("funding.pairGeneric", { town }),
          calls: fitsForPair(
            await listFundingCalls(db),
            [czech, { name: town, country: offer.country }],
            locale,
          ),
        }
      : null;
  // A visitor is shown the way to act: sign in or up, and back to write to this town.
  const visitor = !user && offer.status === "published";
  // Other live requests a reader of this one may want (app/domain/similar-offers.ts).
  const similar =
    offer.status === "published"
      ? similarOffers(offer, await matchableOffers(db)).map((o) => toOfferCard(o, locale))
      : [];
  return { locale, offer: publicView, manage, fit, interest, responses, fits, visitor, similar };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const { viewer, isStaff } = await requireOfferManager(request, id);
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const parsed = OfferActionSchema.safeParse({
    intent: form.get("intent"),
    comment: form.get("comment") ?? undefined,
  });
  invariantResponse(parsed.success, "Unknown action", { status: 400 });
  const { intent, comment } = parsed.data;
  const db = getDb();

  if (intent === "note") {
    invariantResponse(isStaff, "Forbidden", { status: 403 });
    if (!comment) return data({ errors: { note: t("field.required") } }, { status: 400 });
    await addStaffNote(db, "offer", id, viewer.id, comment);
    return redirectWithToast(`/offers/${id}`, { type: "success", message: t("notes.added") });
  }

  const action: OfferAction = intent;
  // Only staff moderate: an author asking to approve their own request is refused, not ignored.
  invariantResponse(
    isStaff || !["approve", "request_changes", "reject"].includes(action),
    "Forbidden",
    { status: 403 },
  );
  if ((action === "request_changes" || action === "reject") && !comment) {
    return data({ errors: { comment: t("field.comment") } }, { status: 400 });
  }
  try {
    await transitionOffer(
      db,
      id,
      action,
      { user: viewer, as: isStaff ? "staff" : "author", seen: seenStatus(form, OFFER_STATUSES) },
      comment ?? null,
    );
  } catch (error) {
    if (error instanceof TransitionError) {
      const message = error.conflict
        ? t("moderation.conflict", { status: t(`status.${error.conflict.now}`) })
        : t("offerPage.actionNotAllowed");
      return data({ errors: { form: message } }, { status: 409 });
    }
    throw error;
  }
  return redirectWithToast(`/offers/${id}`, {
    type: "success",
    message: t(`offerPage.done.${action}`),
  });
}

export default function OfferPage() {
  const { offer, manage, fit, interest, responses, fits, visitor, similar } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const t = useT();
  const locale = useLocale();
  const [min, max] = offer.partnerPopulation ?? [null, null];
  const [shown, ...others] = offer.texts as [TextVersionData, ...TextVersionData[]];
  return (
    <article>
      <p>
        <Link to="/offers">← {t("offer.back")}</Link>
      </p>
      <h1>
        {offer.town}
        {offer.isDemo ? (
          <>
            {" "}
            <span className="badge">{t("offer.demo")}</span>
          </>
        ) : null}
      </h1>
      <p className="lead">
        {offer.countryName}
        {offer.region ? ` · ${offer.region}` : ""}
      </p>

      {manage ? (
        <section className="card manage" aria-labelledby="manage-title">
          <h2 id="manage-title">
            {t("offerPage.status")}:{" "}
            <span className={`status status-${offer.status}`}>{t(`status.${offer.status}`)}</span>
          </h2>
          {manage.staffComment ? (
            <p className="staff-comment">
              <strong>{t("offerPage.staffComment")}:</strong> {manage.staffComment}
            </p>
          ) : null}
          {errors.form ? (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          ) : null}
          <div className="actions">
            {manage.canEdit ? (
              <Link to={`/offers/${offer.id}/edit`} className="button secondary">
                {t("offerPage.edit")}
              </Link>
            ) : null}
            {manage.actions
              .filter((a) => a !== "request_changes" && a !== "reject")
              .map((a) => (
                <Form method="post" key={a}>
                  <input type="hidden" name="intent" value={a} />
                  <input type="hidden" name="seen" value={offer.status} />
                  <button type="submit" className={a === "close" ? "secondary" : "primary"}>
                    {t(`offerPage.action.${a}`)}
                  </button>
                </Form>
              ))}
          </div>
          <ModerationForm actions={manage.actions} error={errors.comment} seen={offer.status} />
        </section>
      ) : null}

      {fit ? (
        <section className="card fit" aria-labelledby="fit-title">
          <div className="match-head">
            <ScoreBadge score={fit.score} />
            <div>
              <h2 id="fit-title">{t("matches.yourFit")}</h2>
              <p className="offer-meta">
                {t("matches.yourFitLead", { score: fit.score, name: fit.name })}{" "}
                <Link to="/matches">{t("matches.seeAll")}</Link>
              </p>
            </div>
          </div>
          <ReasonList reasons={fit.reasons} />
          {interest ? (
            <div className="actions">
              {offer.isDemo && !interest.live ? (
                <p className="notice-inline">{t("interest.demo")}</p>
              ) : null}
              <InterestCta {...interest} />
            </div>
          ) : null}
        </section>
      ) : null}
      {visitor ? (
        <VisitorInterest
          action={`/contacts/new?offer=${offer.id}`}
          signUpRole="mayor"
          lead={
            offer.isDemo
              ? `${t("interest.visitorOffer", { town: offer.town })} ${t("interest.demo")}`
              : t("interest.visitorOffer", { town: offer.town })
          }
        />
      ) : null}
      {offer.status === "published" ? <ResponseLine stats={responses} /> : null}

      <div className="two-col">
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title" className="visually-hidden">
            {t("offer.detail")}
          </h2>
          <TextVersionView version={shown} />
          {others.length > 0 ? (
            <details className="text-versions">
              <summary>{t("offer.otherVersions")}</summary>
              {others.map((v) => (
                <TextVersionView key={v.lang} version={v} />
              ))}
            </details>
          ) : null}
          {offer.lat !== null && offer.lon !== null ? (
            <SmallMap
              points={[{ lat: offer.lat, lon: offer.lon, label: offer.town }]}
              height={260}
              zoom={5}
              ariaLabel={t("offerPage.map", { town: offer.town })}
            />
          ) : null}
        </section>
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title" className="visually-hidden">
            {t("offerPage.facts")}
          </h2>
          <dl className="facts">
            <dt>{t("offer.populationLabel")}</dt>
            <dd>{formatNumber(offer.population, locale)}</dd>
            <dt>{t("offer.topics")}</dt>
            <dd>
              {offer.openToAnyTopic
                ? t("offer.anyTopic")
                : offer.topics
                    .filter(isInterestCode)
                    .map((c) => t(`interest.${c}`))
                    .join(", ")}
            </dd>
            {offer.partnerPopulation ? (
              <>
                <dt>{t("offer.partnerSize")}</dt>
                <dd>
                  {t("offer.partnerSizeValue", {
                    min: min === null ? "–" : formatNumber(min, locale),
                    max: max === null ? "–" : formatNumber(max, locale),
                  })}
                </dd>
              </>
            ) : null}
            {offer.preferredKraje.length > 0 ? (
              <>
                <dt>{t("offerPage.kraje")}</dt>
                <dd>{offer.preferredKraje.map((k) => krajByCode(k)?.cs ?? k).join(", ")}</dd>
              </>
            ) : null}
            {offer.maxDistanceKm !== null ? (
              <>
                <dt>{t("form.maxDistance")}</dt>
                <dd>{formatNumber(offer.maxDistanceKm, locale)} km</dd>
              </>
            ) : null}
            <dt>{t("offer.languages")}</dt>
            <dd>{offer.languages.map((code) => languageName(code, locale)).join(", ")}</dd>
          </dl>
          {offer.publishedAt ? (
            <p className="offer-meta">
              {t("offer.publishedOn", { date: formatDate(offer.publishedAt, locale) })}
            </p>
          ) : null}
          {offer.sourceDate ? (
            <p className="offer-meta">
              {t("offer.sourceDate", { date: formatDate(offer.sourceDate, locale) })}
            </p>
          ) : null}
          <p className="offer-meta">
            {t("offer.expiresOn", { date: formatDate(offer.expiresOn, locale) })}
          </p>
          {manage ? (
            <div className="private">
              <h3>{t("offerPage.contact")}</h3>
              <p className="field-hint">{t("offerPage.contactPrivate")}</p>
              <p>
                {manage.contact.name ?? "—"}
                <br />
                {manage.contact.email ? (
                  <a href={`mailto:${manage.contact.email}`}>{manage.contact.email}</a>
                ) : (
                  "—"
                )}
                <br />
                {manage.contact.phone ?? ""}
              </p>
            </div>
          ) : null}
        </section>
      </div>

      {fits ? <PairFits fits={fits.calls} pairLabel={fits.pairLabel} /> : null}
      {similar.length > 0 ? (
        <section aria-labelledby="similar-title">
          <h2 id="similar-title">{t("offerPage.similar")}</h2>
          <ul className="offer-grid">
            {similar.map((o) => (
              <li key={o.id}>
                <OfferCard offer={o} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {manage ? <History entries={manage.history} /> : null}
      {manage?.notes ? <StaffNotes notes={manage.notes} error={errors.note} /> : null}
    </article>
  );
}

type TextVersionData = TextVersion & { label: string };

/** A text with the language it is in; `lang` lets screen readers and browsers read it right. */
function TextVersionView({ version }: { version: TextVersionData }) {
  return (
    <div className="text-version">
      <p className="text-language">{version.label}</p>
      <p lang={version.lang} className="pre-line">
        {version.text}
      </p>
    </div>
  );
}
