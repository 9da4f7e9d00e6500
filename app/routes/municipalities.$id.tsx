import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { History } from "~/components/history";
import { InterestCta, ResponseLine, VisitorInterest } from "~/components/contact/interest-cta";
import { ModerationForm } from "~/components/moderation-form";
import { OfficialFacts, pickOfficial } from "~/components/official-facts";
import { PartnershipBadge, PartnershipSource } from "~/components/partnership-badge";
import { SmallMap, mapLinks } from "~/components/map/small-map";
import { StaffNotes } from "~/components/staff-notes";
import { MunicipalityActionSchema } from "~/domain/forms/profile.server";
import { isInterestCode } from "~/domain/interests";
import { krajByCode } from "~/domain/kraje";
import { allowedProfileActions, PROFILE_STATUSES } from "~/domain/lifecycle";
import { seenStatus } from "~/utils/forms.server";
import { formatDate, formatNumber, languageName, sentenceStart, translator } from "~/i18n";
import { latestStaffComment, listHistory } from "~/models/audit.server";
import {
  latestClaimOf,
  listClaims,
  OPEN_CLAIM_STATUSES,
  setOwnerVerified,
} from "~/models/claim.server";
import {
  getMunicipalityWithContact,
  getOwnedMunicipalityId,
  getPublicMunicipality,
  ProfileTransitionError,
  transitionMunicipality,
} from "~/models/municipality.server";
import { canManagePartnerships } from "~/models/partnership.server";
import { addStaffNote, listStaffNotes } from "~/models/staff-note.server";
import { pairForContact } from "~/models/contact.server";
import { responseStatsFor } from "~/models/contact-view.server";
import { listOffersByAuthor } from "~/models/offer.server";
import type { PublicUser } from "~/models/user.server";
import { countryName } from "~/i18n/countries.server";
import { foreignTownName } from "~/i18n/place-names.server";
import { getDb } from "~/utils/db.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { userHasPermission } from "~/utils/permissions";
import { requirePermission } from "~/utils/permissions.server";
import { getOptionalUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const links = () => mapLinks;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [{ title: "Spolu" }];
  const t = translator(metaLocale(matches));
  const m = data.municipality;
  const said = t("meta.municipality", { name: m.name, kraj: m.krajName, count: m.population });
  return pageMeta(m.name, m.showProfile && m.description ? `${said} ${m.description}` : said);
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const db = getDb();
  const [locale, user] = await Promise.all([getLocale(request), getOptionalUser(request)]);
  const isStaff = userHasPermission(user, "moderate:municipality:any");
  // Staff see every profile with its contact; the owner sees their own; everyone else the public part.
  const full = user ? await getMunicipalityWithContact(db, id, user) : undefined;
  const municipality = full ?? (await getPublicMunicipality(db, id));
  invariantResponse(municipality, "Not found", { status: 404 });
  const {
    contactName,
    contactRole,
    contactEmail,
    contactPhone,
    ownerId: _owner,
    ...publicPart
  } = {
    contactName: null,
    contactRole: null,
    contactEmail: null,
    contactPhone: null,
    ownerId: null,
    ...municipality,
  };
  const [responses, interest, claim] = await Promise.all([
    responseStatsFor(db, "municipality", id),
    interestFor(user, municipality.id),
    claimFor(user, municipality),
  ]);
  return {
    locale,
    municipality: {
      ...publicPart,
      // The profile part is shown when public, or to its owner and staff once written.
      showProfile: municipality.profileShown,
      official: pickOfficial(municipality),
      krajName: krajByCode(municipality.kraj)?.cs ?? municipality.kraj,
      seeksCountryNames: municipality.seeksCountries.map((c) => countryName(c, locale)),
      partnerships: municipality.partnerships.map((p) => ({
        ...p,
        town: foreignTownName({ placeId: p.placeId, name: p.town, country: p.country }, locale),
        countryName: countryName(p.country, locale),
      })),
    },
    contact: full
      ? { name: contactName, role: contactRole, email: contactEmail, phone: contactPhone }
      : null,
    responses,
    interest,
    claim,
    registry: {
      canManage: await canManagePartnerships(db, id, user),
      // The owner whose claim staff have not verified yet: told why they cannot edit.
      awaitingVerification: !!full && user?.role === "mayor" && !municipality.verified,
    },
    staff: isStaff
      ? {
          history: await listHistory(db, "municipality", id),
          notes: await listStaffNotes(db, "municipality", id),
          actions: allowedProfileActions(municipality.status, "staff"),
          staffComment: await latestStaffComment(db, "municipality", id),
          claims: (await listClaims(db, { municipalityId: id })).map((c) => ({
            id: c.id,
            status: c.status,
            createdAt: c.createdAt,
            name: c.user?.name ?? null,
          })),
        }
      : null,
  };
}

/**
 * What a foreign town can do here: write from its first published request (the
 * form lets it pick another), or learn what it needs first. A visitor is told to sign in.
 */
async function interestFor(user: PublicUser | null, municipalityId: number) {
  if (user && user.role !== "foreign") return null;
  if (!user) return { kind: "signIn" as const };
  const db = getDb();
  const offer = (await listOffersByAuthor(db, user.id)).find((o) => o.status === "published");
  if (!offer) return { kind: "noOffer" as const };
  const pair = await pairForContact(db, municipalityId, offer.id, "offer");
  if (!pair?.municipality.visible) return null;
  return {
    kind: "cta" as const,
    href: `/contacts/new?municipality=${municipalityId}&offer=${offer.id}`,
    live: pair.live,
    full: null,
  };
}

/** "Zastupujete tuto obec?": who may claim it, and how. */
async function claimFor(
  user: PublicUser | null,
  m: { id: number; code: string | null; claimed: boolean },
) {
  if (m.code === null) return null;
  if (!user) return { kind: "signUp" as const, claimed: m.claimed };
  if (user.role !== "mayor") return null;
  const db = getDb();
  const owned = await getOwnedMunicipalityId(db, user.id);
  if (owned === m.id) return { kind: "yours" as const, claimed: true };
  if (owned !== undefined) return null;
  const latest = await latestClaimOf(db, user.id);
  if (latest && OPEN_CLAIM_STATUSES.includes(latest.status)) {
    return latest.municipalityId === m.id ? { kind: "waiting" as const, claimed: m.claimed } : null;
  }
  return { kind: "claim" as const, claimed: m.claimed };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const user = await requirePermission(request, "moderate:municipality:any");
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const parsed = MunicipalityActionSchema.safeParse({
    intent: form.get("intent"),
    comment: form.get("comment") ?? undefined,
  });
  invariantResponse(parsed.success, "Unknown action", { status: 400 });
  const { intent, comment } = parsed.data;
  const db = getDb();
  invariantResponse(await getMunicipalityWithContact(db, id, user), "Not found", { status: 404 });
  if (intent === "note") {
    if (!comment) return data({ errors: { note: t("field.required") } }, { status: 400 });
    await addStaffNote(db, "municipality", id, user.id, comment);
    return redirectWithToast(`/municipalities/${id}`, {
      type: "success",
      message: t("notes.added"),
    });
  }
  if (intent === "verify" || intent === "unverify") {
    // Verification vouches for the owning account: a municipality nobody owns has none.
    if (!(await setOwnerVerified(db, id, intent === "verify", user))) {
      return data({ errors: { form: t("claim.error.noOwner") } }, { status: 409 });
    }
    return redirectWithToast(`/municipalities/${id}`, {
      type: "success",
      message: t(`profile.done.${intent}`),
    });
  }
  if ((intent === "request_changes" || intent === "reject") && !comment) {
    return data({ errors: { comment: t("field.comment") } }, { status: 400 });
  }
  try {
    await transitionMunicipality(
      db,
      id,
      intent,
      { id: user.id, as: "staff", seen: seenStatus(form, PROFILE_STATUSES) },
      comment ?? null,
    );
  } catch (error) {
    if (error instanceof ProfileTransitionError) {
      const message = error.conflict
        ? t("moderation.conflict", { status: t(`profileStatus.${error.conflict.now}`) })
        : t("offerPage.actionNotAllowed");
      return data({ errors: { form: message } }, { status: 409 });
    }
    throw error;
  }
  return redirectWithToast(`/municipalities/${id}`, {
    type: "success",
    message: t(`offerPage.done.${intent}`),
  });
}

export default function MunicipalityPage() {
  const {
    municipality: m,
    contact,
    staff,
    responses,
    interest,
    claim,
    registry,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const t = useT();
  const locale = useLocale();
  const [min, max] = m.partnerPopulation ?? [null, null];
  return (
    <article>
      <h1>
        {m.name}{" "}
        {m.verified ? <span className="badge verified">{t("profile.verified")}</span> : null}{" "}
        {m.hasProfile ? null : <span className="badge">{t("directory.noProfileShort")}</span>}{" "}
        {m.isDemo ? <span className="badge">{t("offer.demo")}</span> : null}
      </h1>
      <p className="lead">
        {m.okres ? `${t("place.okres", { okres: m.okres })} · ` : ""}
        {m.krajName} · {t("offer.population", { count: m.population })}
      </p>
      {m.status === "published" ? <ResponseLine stats={responses} /> : null}
      {interest?.kind === "cta" ? (
        <div className="actions">
          <InterestCta href={interest.href} live={interest.live} full={interest.full} />
        </div>
      ) : interest?.kind === "noOffer" ? (
        <p className="notice-inline">
          {t("municipality.interestNeedsOffer")} <Link to="/offers/new">{t("nav.newOffer")}</Link>
        </p>
      ) : interest?.kind === "signIn" ? (
        <VisitorInterest
          action={`/contacts/new?municipality=${m.id}`}
          signUpRole="foreign"
          lead={t("interest.visitorMunicipality", { name: m.name })}
        />
      ) : null}
      {!m.hasProfile && !m.claimed ? (
        <p className="muted">{t("municipality.noProfileLead", { name: m.name })}</p>
      ) : null}
      <ClaimBox claim={claim} id={m.id} name={m.name} />

      {staff ? (
        <section className="card manage" aria-labelledby="moderate-title">
          <h2 id="moderate-title">
            {t("offerPage.status")}:{" "}
            <span className={`status status-${m.status}`}>{t(`profileStatus.${m.status}`)}</span>
          </h2>
          {staff.staffComment ? (
            <p className="staff-comment">
              <strong>{t("offerPage.staffComment")}:</strong> {staff.staffComment}
            </p>
          ) : null}
          {errors.form ? (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          ) : null}
          <h3>{t("claim.staffTitle")}</h3>
          {staff.claims.length === 0 ? (
            <p>{t("claim.staffNone")}</p>
          ) : (
            <ul className="plain-list">
              {staff.claims.map((c) => (
                <li key={c.id}>
                  {c.name ?? t("claim.deletedAccount")} · {t(`claim.status.${c.status}`)} ·{" "}
                  {formatDate(c.createdAt, locale)}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/admin/claims">{t("claim.staffLink")}</Link>
          </p>
          <div className="actions">
            <Link to={`/municipalities/${m.id}/edit`} className="button secondary">
              {t("profile.editOnBehalf")}
            </Link>
            {staff.actions.includes("approve") ? (
              <Form method="post">
                <input type="hidden" name="seen" value={m.status} />
                <button type="submit" name="intent" value="approve" className="primary">
                  {t("offerPage.action.approve")}
                </button>
              </Form>
            ) : null}
            {m.claimed ? (
              <Form method="post">
                <button
                  type="submit"
                  name="intent"
                  value={m.verified ? "unverify" : "verify"}
                  className="secondary"
                >
                  {m.verified ? t("profile.unverify") : t("profile.verify")}
                </button>
              </Form>
            ) : null}
          </div>
          <ModerationForm actions={staff.actions} error={errors.comment} seen={m.status} />
        </section>
      ) : null}

      <div className="two-col">
        <section className="card" aria-labelledby="official-title">
          <h2 id="official-title">{t("register.title")}</h2>
          <OfficialFacts official={m.official} />
          {m.lat !== null && m.lon !== null ? (
            <SmallMap
              points={[{ lat: m.lat, lon: m.lon, label: m.name }]}
              height={260}
              zoom={7}
              ariaLabel={t("offerPage.map", { town: m.name })}
            />
          ) : null}
        </section>
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t("profile.about")}</h2>
          {m.showProfile ? (
            <>
              {m.description ? (
                <>
                  <p className="text-language">
                    {t("offer.textLanguage", {
                      language: sentenceStart(languageName(m.descriptionLang, locale), locale),
                      original: "yes",
                    })}
                  </p>
                  <p lang={m.descriptionLang} className="pre-line">
                    {m.description}
                  </p>
                </>
              ) : (
                <p className="muted">{t("profile.noDescription")}</p>
              )}
              <dl className="facts">
                <dt>{t("profile.interests")}</dt>
                <dd>
                  {m.interests
                    .filter(isInterestCode)
                    .map((c) => t(`interest.${c}`))
                    .join(", ") || "—"}
                </dd>
                <dt>{t("offer.languages")}</dt>
                <dd>{m.languages.map((c) => languageName(c, locale)).join(", ") || "—"}</dd>
                <dt>{t("profile.seeksCountries")}</dt>
                <dd>
                  {m.seeksAnyCountry || m.seeksCountryNames.length === 0
                    ? t("profile.anyCountry")
                    : m.seeksCountryNames.join(", ")}
                </dd>
                {m.partnerPopulation ? (
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
                {m.maxDistanceKm !== null ? (
                  <>
                    <dt>{t("form.maxDistance")}</dt>
                    <dd>{formatNumber(m.maxDistanceKm, locale)} km</dd>
                  </>
                ) : null}
              </dl>
            </>
          ) : (
            <p className="muted">{t("municipality.noProfile")}</p>
          )}
          <h3 id="partnerships">{t("profile.partnerships")}</h3>
          {m.partnerships.length === 0 ? (
            <p className="muted">{t("municipality.noPartnerships")}</p>
          ) : (
            <ul className="plain-list">
              {m.partnerships.map((p, i) => (
                <li key={i}>
                  {p.town} ({p.countryName}
                  {p.sinceYear ? `, ${p.sinceYear}` : ""}){" "}
                  <PartnershipBadge confirmedBy={p.confirmedBy} />{" "}
                  {p.confirmed ? null : (
                    <span className="small">
                      <PartnershipSource source="public_list" urls={p.sourceUrls} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {registry.canManage ? (
            <p>
              <Link to={`/municipalities/${m.id}/partnerships`} className="button secondary">
                {t("registry.manage")}
              </Link>
            </p>
          ) : registry.awaitingVerification ? (
            <p className="field-hint">{t("registry.afterVerification")}</p>
          ) : null}
          {m.partnerships.some((p) => !p.confirmed) ? (
            <p className="muted small">{t("registry.attribution")}</p>
          ) : null}
          {contact ? (
            <div className="private">
              <h3>{t("offerPage.contact")}</h3>
              <p className="field-hint">{t("profile.contactPrivate")}</p>
              <p>
                {contact.name ?? "—"}
                {contact.role ? `, ${contact.role}` : ""}
                <br />
                {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : "—"}
                <br />
                {contact.phone ?? ""}
              </p>
            </div>
          ) : null}
        </section>
      </div>
      {staff ? <History entries={staff.history} /> : null}
      {staff ? <StaffNotes notes={staff.notes} error={errors.note} /> : null}
    </article>
  );
}

/** "Zastupujete tuto obec?" for a visitor or a mayor without a municipality; the state for others. */
function ClaimBox({
  claim,
  id,
  name,
}: {
  claim: Awaited<ReturnType<typeof claimFor>>;
  id: number;
  name: string;
}) {
  const t = useT();
  if (!claim) return null;
  if (claim.kind === "yours") {
    return (
      <p className="notice-inline">
        {t("claim.yours")} <Link to="/me">{t("claim.editProfile")}</Link>
      </p>
    );
  }
  if (claim.kind === "waiting") return <p className="notice-inline">{t("claim.waiting")}</p>;
  const href =
    claim.kind === "signUp" ? `/signup?municipality=${id}` : `/municipalities/${id}/claim`;
  return (
    <aside className="card claim-box" aria-labelledby="claim-title">
      <h2 id="claim-title">{t("claim.question")}</h2>
      <p>{claim.claimed ? t("claim.leadClaimed", { name }) : t("claim.lead", { name })}</p>
      <Link to={href} className="button">
        {claim.kind === "signUp" ? t("claim.signUp") : t("claim.button")}
      </Link>
      {claim.kind === "signUp" ? (
        <p className="small">
          {t("signup.haveAccount")}{" "}
          <Link to={`/login?redirectTo=/municipalities/${id}/claim`}>{t("nav.login")}</Link>
        </p>
      ) : null}
    </aside>
  );
}
