import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { mapLinks } from "~/components/map/small-map";
import { LatestNotifications } from "~/components/notifications";
import { ProfileForm } from "~/components/profile-form";
import { formatDate, LANGUAGES, LOCALES, translator, type MessageKey } from "~/i18n";
import { latestStaffComment } from "~/models/audit.server";
import { ClaimFields } from "~/components/claim-fields";
import { MunicipalityChooser, type Candidate } from "~/components/municipality-chooser";
import { pickOfficial } from "~/components/official-facts";
import { EmailPrefsSchema } from "~/domain/forms/account.server";
import { CLAIM_FIELDS } from "~/domain/forms/claim";
import { ClaimError, claimMunicipality, latestClaimOf } from "~/models/claim.server";
import {
  getMunicipalityWithContact,
  getOwnedMunicipalityId,
  ProfileSaveError,
  saveMunicipality,
} from "~/models/municipality.server";
import { countUnread, listNotifications, notificationText } from "~/models/notification.server";
import { listOffersByAuthor } from "~/models/offer.server";
import { deleteOtherSessions, listSessions } from "~/models/session.server";
import { setEmailPreferences } from "~/models/user.server";
import { queueVerificationEmail } from "~/features/accounts/account-email.server";
import { deliverSoon } from "~/utils/mail.server";
import { getDb } from "~/utils/db.server";
import { fieldErrors, formValues } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { offerCountryOptions } from "~/features/offers/form.server";
import { userHasPermission, userHasRole } from "~/utils/permissions";
import { parseProfileForm, profileToValues } from "~/features/municipalities/profile-form.server";
import { take } from "~/utils/throttle.server";
import { parseClaimForm } from "~/features/accounts/claim-form.server";
import { getSessionId, requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

export const links = () => mapLinks;

// EmailPrefsSchema (~/domain/forms/account.server.ts) accepts the same three.
const EMAIL_PREFS = ["immediate", "daily", "none"] as const;
/** The account page shows the newest few; the inbox has them all. */
const LATEST_NOTIFICATIONS = 5;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("me.title")} — Spolu` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const [locale, sessionId, sessions, notifications, unread] = await Promise.all([
    getLocale(request),
    getSessionId(request),
    listSessions(db, user.id),
    listNotifications(db, user.id, { limit: LATEST_NOTIFICATIONS }),
    countUnread(db, user.id),
  ]);
  let profile = null;
  let claim = null;
  if (user.role === "mayor") {
    const id = await getOwnedMunicipalityId(db, user.id);
    const municipality = id ? await getMunicipalityWithContact(db, id, user) : undefined;
    if (municipality) {
      const values = profileToValues(municipality);
      profile = {
        id: municipality.id,
        name: municipality.name,
        status: municipality.status,
        verified: municipality.verified,
        official: pickOfficial(municipality),
        staffComment: ["changes_requested", "rejected"].includes(municipality.status)
          ? await latestStaffComment(db, "municipality", municipality.id)
          : null,
        // A first profile starts from the account's own name and address.
        values:
          municipality.status === "none"
            ? { ...values, contactName: user.name, contactEmail: user.email }
            : values,
        countries: offerCountryOptions(locale),
      };
    } else {
      const latest = await latestClaimOf(db, user.id);
      claim = latest
        ? { status: latest.status, name: latest.name, municipalityId: latest.municipalityId }
        : null;
    }
  }
  const offers = user.role === "foreign" ? await listOffersByAuthor(db, user.id) : null;
  return {
    locale,
    user,
    profile,
    claim,
    offers:
      offers?.map((o) => ({ id: o.id, town: o.town, status: o.status, expiresOn: o.expiresOn })) ??
      null,
    notifications: notifications.map((n) => ({
      id: n.id,
      text: notificationText(locale, n.kind, n.params),
      link: n.link,
      read: n.read,
      createdAt: n.createdAt,
    })),
    unread,
    sessions: sessions.map((s) => ({
      current: s.id === sessionId,
      createdAt: s.created_at,
      userAgent: s.user_agent,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const intent = form.get("intent");
  const db = getDb();

  if (intent === "logout-others") {
    const sessionId = await getSessionId(request);
    const removed = sessionId ? await deleteOtherSessions(db, user.id, sessionId) : 0;
    return redirectWithToast("/me", {
      type: "success",
      message:
        removed > 0 ? t("me.logoutOthersDone", { count: removed }) : t("me.logoutOthersNone"),
    });
  }
  if (intent === "resend-verification") {
    if (user.email_verified_at) {
      return redirectWithToast("/me", { type: "info", message: t("verifyEmail.alreadyVerified") });
    }
    if (!(await take(db, "verify-resend-user", String(user.id))).allowed) {
      return redirectWithToast("/me", { type: "error", message: t("verifyEmail.resendTooMany") });
    }
    await db.transaction().execute((trx) => queueVerificationEmail(trx, user));
    deliverSoon();
    return redirectWithToast("/me", {
      type: "success",
      message: t("verifyEmail.resent", { email: user.email }),
    });
  }
  if (intent === "email-preferences") {
    const parsed = EmailPrefsSchema.safeParse({
      emailPref: form.get("emailPref") ?? undefined,
      locale: form.get("locale") ?? undefined,
      weeklyMatches: form.get("weeklyMatches") ?? undefined,
    });
    if (!parsed.success) {
      return data({ prefsErrors: fieldErrors(parsed.error, locale) }, { status: 400 });
    }
    await setEmailPreferences(db, user.id, {
      emailPref: parsed.data.emailPref,
      locale: parsed.data.locale,
      // The weekly matches e-mail is a mayor's; others' forms do not carry the box.
      weeklyMatches: userHasRole(user, "mayor") ? parsed.data.weeklyMatches === "1" : undefined,
    });
    return redirectWithToast("/me#email-preferences", {
      type: "success",
      message: t("prefs.saved"),
    });
  }
  if (intent === "claim") {
    invariantResponse(userHasPermission(user, "update:municipality:own"), "Forbidden", {
      status: 403,
    });
    const values = formValues(form, CLAIM_FIELDS);
    const parsed = await parseClaimForm(db, values, locale);
    if (!parsed.ok) {
      return data(
        { claimErrors: parsed.errors, claimValues: values, candidates: parsed.candidates },
        { status: 400 },
      );
    }
    try {
      const status = await claimMunicipality(db, {
        municipalityId: parsed.municipalityId,
        user,
        role: parsed.claim.claimantRole,
        phone: parsed.claim.claimantPhone,
      });
      return redirectWithToast("/me", {
        type: status === "pending" ? "success" : "info",
        message: t(status === "pending" ? "claim.done" : "claim.doneConflict"),
      });
    } catch (error) {
      if (!(error instanceof ClaimError)) throw error;
      return data(
        {
          claimErrors: { form: t(`claim.error.${error.code}` as MessageKey) },
          claimValues: values,
          candidates: [],
        },
        { status: error.code === "not_found" ? 404 : 409 },
      );
    }
  }
  invariantResponse(intent === "profile", "Unknown action", { status: 400 });
  invariantResponse(userHasPermission(user, "update:municipality:own"), "Forbidden", {
    status: 403,
  });
  const owned = await getOwnedMunicipalityId(db, user.id);
  // A profile is written on one's own claimed municipality: choose it first.
  invariantResponse(owned !== undefined, "No municipality", { status: 409 });
  const parsed = parseProfileForm(form, locale);
  if (!parsed.ok) {
    return data(
      { errors: parsed.errors, values: parsed.values, formError: t("form.fixErrors") },
      { status: 400 },
    );
  }
  try {
    await saveMunicipality(db, owned, parsed.input, user);
  } catch (error) {
    // Staff turned the claim down meanwhile: the municipality is no longer this account's.
    if (error instanceof ProfileSaveError) {
      return redirectWithToast("/me", { type: "error", message: t("claim.error.notOwner") });
    }
    throw error;
  }
  return redirectWithToast("/me", { type: "success", message: t("profile.saved") });
}

/** "Chrome · Linux"-like label without a user-agent library. */
function deviceLabel(userAgent: string | null): string {
  if (!userAgent) return "?";
  const browser = /Firefox\//.test(userAgent)
    ? "Firefox"
    : /Edg\//.test(userAgent)
      ? "Edge"
      : /Chrom/.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : (userAgent.split(" ")[0] ?? "?");
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /Android/.test(userAgent)
      ? "Android"
      : /iPhone|iPad/.test(userAgent)
        ? "iOS"
        : /Mac OS/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "";
  return os ? `${browser} · ${os}` : browser;
}

export default function Me() {
  const { user, profile, claim, offers, notifications, unread, sessions } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const result = actionData && "values" in actionData ? actionData : undefined;
  const claimResult = actionData && "claimErrors" in actionData ? actionData : undefined;
  const prefsErrors = actionData && "prefsErrors" in actionData ? actionData.prefsErrors : {};
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("me.title")}</h1>
      {user.email_verified_at ? null : (
        <section className="notice" aria-labelledby="verify-banner-title">
          <h2 id="verify-banner-title">{t("verifyEmail.bannerTitle")}</h2>
          <p>{t("verifyEmail.bannerText", { email: user.email })}</p>
          <Form method="post">
            <button type="submit" name="intent" value="resend-verification" className="secondary">
              {t("verifyEmail.bannerButton")}
            </button>
          </Form>
        </section>
      )}
      <LatestNotifications items={notifications} unread={unread} />

      {profile ? (
        <section aria-labelledby="profile-title" id="profile">
          <h2 id="profile-title">
            {t("me.municipality")}: {profile.name}
          </h2>
          <p>
            {t("offerPage.status")}:{" "}
            <span className={`status status-${profile.status}`}>
              {t(`profileStatus.${profile.status}`)}
            </span>{" "}
            {profile.verified ? (
              <span className="badge verified">{t("profile.verified")}</span>
            ) : (
              <span className="badge">{t("claim.notVerifiedYet")}</span>
            )}
            {profile.status !== "rejected" ? (
              <>
                {" · "}
                <Link to={`/municipalities/${profile.id}`}>{t("profile.publicPage")}</Link>
              </>
            ) : null}
          </p>
          {profile.verified ? null : <p className="field-hint">{t("claim.howVerified")}</p>}
          {profile.status === "none" ? (
            <p className="notice-inline">{t("me.profileFirst")}</p>
          ) : null}
          {profile.staffComment ? (
            <p className="staff-comment">
              <strong>{t("offerPage.staffComment")}:</strong> {profile.staffComment}
            </p>
          ) : null}
          <ProfileForm
            intent="profile"
            official={profile.official}
            values={result?.values ?? profile.values}
            errors={result?.errors ?? {}}
            formError={result?.formError}
            countries={profile.countries}
            submitLabel={profile.status === "none" ? t("profile.create") : t("profile.save")}
          />
        </section>
      ) : user.role === "mayor" ? (
        <section className="card" aria-labelledby="claim-title" id="profile">
          <h2 id="claim-title">{t("me.municipality")}</h2>
          {claim?.status === "conflict" || claim?.status === "pending" ? (
            <p className="notice-inline">
              {t("claim.waitingFor", { name: claim.name })}{" "}
              <Link to={`/municipalities/${claim.municipalityId}`}>{claim.name}</Link>
            </p>
          ) : (
            <>
              {claim?.status === "rejected" ? (
                <p className="staff-comment">{t("claim.rejectedFor", { name: claim.name })}</p>
              ) : null}
              <p>{t("me.chooseMunicipality")}</p>
              <Form method="post" className="form" noValidate>
                <input type="hidden" name="intent" value="claim" />
                {claimResult?.claimErrors.form ? (
                  <p className="form-error" role="alert">
                    {claimResult.claimErrors.form}
                  </p>
                ) : null}
                <MunicipalityChooser
                  candidates={(claimResult?.candidates ?? []) as Candidate[]}
                  error={claimResult?.claimErrors.municipality}
                  typed={claimResult?.claimValues.municipalityName}
                />
                <ClaimFields
                  values={claimResult?.claimValues}
                  errors={claimResult?.claimErrors ?? {}}
                />
                <div className="actions">
                  <button type="submit" className="primary">
                    {t("claim.submit")}
                  </button>
                </div>
              </Form>
            </>
          )}
        </section>
      ) : null}

      {offers ? (
        <section className="card" aria-labelledby="offers-title">
          <h2 id="offers-title">{t("me.offers")}</h2>
          <p>
            <Link to="/offers/new" className="button">
              {t("me.newOffer")}
            </Link>
          </p>
          {offers.length === 0 ? (
            <p>{t("me.offersNone")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("offerForm.townName")}</th>
                  <th scope="col">{t("offerPage.status")}</th>
                  <th scope="col">{t("offerForm.expiresOn")}</th>
                </tr>
              </thead>
              <tbody>
                {offers.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/offers/${o.id}`}>{o.town}</Link>
                    </td>
                    <td>{t(`status.${o.status}`)}</td>
                    <td>{formatDate(o.expiresOn, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title">{t("me.account")}</h2>
        <dl className="facts">
          <dt>{t("me.role")}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
          <dt>{t("me.organisation")}</dt>
          <dd>{user.organisation || "—"}</dd>
          <dt>{t("me.email")}</dt>
          <dd>{user.email}</dd>
        </dl>
      </section>

      <section className="card" id="email-preferences" aria-labelledby="prefs-title">
        <h2 id="prefs-title">{t("prefs.title")}</h2>
        <p>{t("prefs.lead")}</p>
        <Form method="post" className="form" noValidate>
          <fieldset aria-describedby={prefsErrors.emailPref ? "emailPref-error" : undefined}>
            <legend>{t("prefs.frequency")}</legend>
            {EMAIL_PREFS.map((pref) => (
              <label className="radio" key={pref}>
                <input
                  type="radio"
                  name="emailPref"
                  value={pref}
                  defaultChecked={user.email_pref === pref}
                />
                {t(`prefs.${pref}`)}
              </label>
            ))}
            <p className="field-error" id="emailPref-error">
              {prefsErrors.emailPref ?? ""}
            </p>
          </fieldset>
          <fieldset aria-describedby={prefsErrors.locale ? "locale-error" : undefined}>
            <legend>{t("prefs.language")}</legend>
            {LOCALES.map((code) => (
              <label className="radio" key={code} lang={code}>
                <input
                  type="radio"
                  name="locale"
                  value={code}
                  defaultChecked={user.locale === code}
                />
                {LANGUAGES[code].name}
              </label>
            ))}
            <p className="field-error" id="locale-error">
              {prefsErrors.locale ?? ""}
            </p>
          </fieldset>
          {userHasRole(user, "mayor") ? (
            <label className="check">
              <input
                type="checkbox"
                name="weeklyMatches"
                value="1"
                defaultChecked={user.weekly_matches === 1}
              />
              {t("prefs.weeklyMatches")}
            </label>
          ) : null}
          <div>
            <button type="submit" name="intent" value="email-preferences" className="primary">
              {t("prefs.submit")}
            </button>
          </div>
        </Form>
      </section>

      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("me.sessions")}</h2>
        <p>{t("me.sessionsLead")}</p>
        <ul>
          {sessions.map((s, i) => (
            <li key={i}>
              {deviceLabel(s.userAgent)} —{" "}
              {t("me.sessionSince", { date: formatDate(s.createdAt, locale) })}
              {s.current ? ` (${t("me.sessionCurrent")})` : ""}
            </li>
          ))}
        </ul>
        <Form method="post">
          <button type="submit" name="intent" value="logout-others" className="secondary">
            {t("me.logoutOthers")}
          </button>
        </Form>
      </section>

      <section className="card" id="my-data" aria-labelledby="my-data-title">
        <h2 id="my-data-title">{t("myData.title")}</h2>
        <p>{t("myData.lead")}</p>
        <div className="actions">
          {/* A download from a resource route: a document request, not client navigation. */}
          <a href="/me/data" download className="button">
            {t("myData.download")}
          </a>
          <Link to="/me/delete">{t("myData.deleteLink")}</Link>
        </div>
      </section>
    </>
  );
}
