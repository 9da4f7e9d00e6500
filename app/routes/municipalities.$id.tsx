import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { History } from "~/components/history";
import { InterestCta, ResponseLine } from "~/components/contact/interest-cta";
import { ModerationForm } from "~/components/moderation-form";
import { SmallMap, mapLinks } from "~/components/map/small-map";
import { StaffNotes } from "~/components/staff-notes";
import { INTEREST_LABELS, isInterestCode } from "~/domain/interests";
import { krajByCode } from "~/domain/kraje";
import { allowedProfileActions } from "~/domain/lifecycle";
import { formatNumber, languageName, translator } from "~/i18n";
import { latestStaffComment, listHistory } from "~/models/audit.server";
import {
  getMunicipalityWithContact,
  getPublicMunicipality,
  ProfileTransitionError,
  setMunicipalityVerified,
  transitionMunicipality,
} from "~/models/municipality.server";
import { addStaffNote, listStaffNotes } from "~/models/staff-note.server";
import { pairForContact } from "~/models/contact.server";
import { responseStatsFor } from "~/models/contact-view.server";
import { listOffersByAuthor } from "~/models/offer.server";
import type { PublicUser } from "~/models/user.server";
import { countryName } from "~/utils/countries.server";
import { getDb } from "~/utils/db.server";
import { invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { idParam } from "~/utils/offer-access.server";
import { userHasPermission } from "~/utils/permissions";
import { requirePermission } from "~/utils/permissions.server";
import { getOptionalUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

export const links = () => mapLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.municipality.name} — Spolu` : "Spolu" },
];

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
  return {
    locale,
    municipality: {
      ...publicPart,
      krajName: krajByCode(municipality.kraj)?.[locale] ?? municipality.kraj,
      seeksCountryNames: municipality.seeksCountries.map((c) => countryName(c, locale)),
      partnerships: municipality.partnerships.map((p) => ({
        ...p,
        countryName: countryName(p.country, locale),
      })),
    },
    contact: full
      ? { name: contactName, role: contactRole, email: contactEmail, phone: contactPhone }
      : null,
    responses: await responseStatsFor(db, "municipality", id),
    interest: await interestFor(user, municipality.id),
    staff: isStaff
      ? {
          history: await listHistory(db, "municipality", id),
          notes: await listStaffNotes(db, "municipality", id),
          actions: allowedProfileActions(municipality.status, "staff"),
          staffComment: await latestStaffComment(db, "municipality", id),
        }
      : null,
  };
}

/** A foreign town writes from its first published request; the form lets it pick another. */
async function interestFor(user: PublicUser | null, municipalityId: number) {
  if (user?.role !== "foreign") return null;
  const db = getDb();
  const offer = (await listOffersByAuthor(db, user.id)).find((o) => o.status === "published");
  if (!offer) return null;
  const pair = await pairForContact(db, municipalityId, offer.id);
  if (!pair?.municipality.visible) return null;
  return {
    href: `/contacts/new?municipality=${municipalityId}&offer=${offer.id}`,
    live: pair.live,
    full: null,
  };
}

const ActionSchema = z.object({
  intent: z.enum(["approve", "request_changes", "reject", "verify", "unverify", "note"]),
  comment: z.string().trim().max(2000).optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const user = await requirePermission(request, "moderate:municipality:any");
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const parsed = ActionSchema.safeParse({
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
    await setMunicipalityVerified(db, id, intent === "verify", user.id);
    return redirectWithToast(`/municipalities/${id}`, {
      type: "success",
      message: t(`profile.done.${intent}`),
    });
  }
  if ((intent === "request_changes" || intent === "reject") && !comment) {
    return data({ errors: { comment: t("field.comment") } }, { status: 400 });
  }
  try {
    await transitionMunicipality(db, id, intent, { id: user.id, as: "staff" }, comment ?? null);
  } catch (error) {
    if (error instanceof ProfileTransitionError) {
      return data({ errors: { form: t("offerPage.actionNotAllowed") } }, { status: 409 });
    }
    throw error;
  }
  return redirectWithToast(`/municipalities/${id}`, {
    type: "success",
    message: t(`offerPage.done.${intent}`),
  });
}

export default function MunicipalityPage() {
  const { municipality: m, contact, staff, responses, interest } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const t = useT();
  const locale = useLocale();
  const [min, max] = m.partnerPopulation ?? [null, null];
  return (
    <article>
      <h1>
        {m.name}{" "}
        {m.verified ? (
          <span className="badge verified">{t("profile.verified")}</span>
        ) : (
          <span className="badge">{t("profile.unverified")}</span>
        )}{" "}
        {m.isDemo ? <span className="badge">{t("offer.demo")}</span> : null}
      </h1>
      <p className="lead">
        {m.krajName} · {t("offer.population", { count: formatNumber(m.population, locale) })}
      </p>
      {m.status === "published" ? <ResponseLine stats={responses} /> : null}
      {interest ? (
        <div className="actions">
          <InterestCta {...interest} />
        </div>
      ) : null}

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
          <div className="actions">
            <Link to={`/municipalities/${m.id}/edit`} className="button secondary">
              {t("profile.editOnBehalf")}
            </Link>
            {staff.actions.includes("approve") ? (
              <Form method="post">
                <button type="submit" name="intent" value="approve" className="primary">
                  {t("offerPage.action.approve")}
                </button>
              </Form>
            ) : null}
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
          </div>
          <ModerationForm actions={staff.actions} error={errors.comment} />
        </section>
      ) : null}

      <div className="two-col">
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t("profile.about")}</h2>
          {m.description ? (
            <p className="pre-line">{m.description}</p>
          ) : (
            <p className="muted">{t("profile.noDescription")}</p>
          )}
          {m.lat !== null && m.lon !== null ? (
            <SmallMap
              points={[{ lat: m.lat, lon: m.lon, label: m.name }]}
              height={260}
              zoom={6}
              ariaLabel={t("offerPage.map", { town: m.name })}
            />
          ) : null}
        </section>
        <section className="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{t("offerPage.facts")}</h2>
          <dl className="facts">
            <dt>{t("profile.interests")}</dt>
            <dd>
              {m.interests
                .filter(isInterestCode)
                .map((c) => INTEREST_LABELS[c][locale])
                .join(", ") || "—"}
            </dd>
            <dt>{t("offer.languages")}</dt>
            <dd>{m.languages.map((c) => languageName(c, locale)).join(", ")}</dd>
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
            <dt>{t("profile.partnerships")}</dt>
            <dd>
              {m.partnerships.length === 0
                ? "—"
                : m.partnerships
                    .map(
                      (p) => `${p.town} (${p.countryName}${p.sinceYear ? `, ${p.sinceYear}` : ""})`,
                    )
                    .join("; ")}
            </dd>
          </dl>
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
