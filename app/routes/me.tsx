import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { krajByCode } from "~/domain/kraje";
import { formatDate, formatNumber, translator } from "~/i18n";
import { getOwnedMunicipalitySummary } from "~/models/municipality.server";
import { deleteOtherSessions, listSessions } from "~/models/session.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { getSessionId, requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("me.title")} — Spolu` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const [locale, sessionId, sessions, municipality] = await Promise.all([
    getLocale(request),
    getSessionId(request),
    listSessions(db, user.id),
    user.role === "mayor" ? getOwnedMunicipalitySummary(db, user.id) : undefined,
  ]);
  return {
    locale,
    user,
    municipality: municipality ?? null,
    sessions: sessions.map((s) => ({
      current: s.id === sessionId,
      createdAt: s.created_at,
      userAgent: s.user_agent,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const t = translator(await getLocale(request));
  const sessionId = await getSessionId(request);
  const removed = sessionId ? await deleteOtherSessions(getDb(), user.id, sessionId) : 0;
  return redirectWithToast("/me", {
    type: "success",
    message: removed > 0 ? t("me.logoutOthersDone", { count: removed }) : t("me.logoutOthersNone"),
  });
}

/** "Chrome on Linux"-like label without a user-agent library. */
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
          : userAgent.split(" ")[0];
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
  return os ? `${browser} · ${os}` : (browser ?? "?");
}

export default function Me() {
  const { user, municipality, sessions } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("me.title")}</h1>
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
      {user.role === "mayor" ? (
        <section className="card" aria-labelledby="municipality-title">
          <h2 id="municipality-title">{t("me.municipality")}</h2>
          {municipality ? (
            <p>
              <strong>{municipality.name}</strong> ·{" "}
              {krajByCode(municipality.kraj)?.[locale] ?? municipality.kraj} ·{" "}
              {t("offer.population", { count: formatNumber(municipality.population, locale) })}
            </p>
          ) : (
            <p>{t("me.municipalityNone")}</p>
          )}
        </section>
      ) : null}
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
          <button type="submit" className="secondary">
            {t("me.logoutOthers")}
          </button>
        </Form>
      </section>
    </>
  );
}
