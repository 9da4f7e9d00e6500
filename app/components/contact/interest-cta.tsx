import { Link } from "@remix-run/react";
import type { ResponseStats } from "~/domain/contact-lifecycle";
import type { ContactStatus } from "~/domain/statuses";
import { useT } from "~/utils/i18n";

/**
 * "Express interest", or why not now: an existing contact with this side, or an
 * offer that has reached its limit of open requests.
 */
export function InterestCta({
  href,
  live,
  full,
  label,
}: {
  href: string;
  live: { id: number; status: ContactStatus } | null;
  full: number | null;
  label?: string;
}) {
  const t = useT();
  if (live)
    return (
      <Link to={`/contacts/${live.id}`} className="button secondary">
        {t("cta.interestSent", { status: t(`status.${live.status}`) })}
      </Link>
    );
  if (full !== null) return <p className="staff-comment">{t("cta.full", { count: full })}</p>;
  return (
    <Link to={href} className="button">
      {label ?? t("cta.interest")}
    </Link>
  );
}

/**
 * "Mám zájem" for a visitor: signing in or up, then straight back to the action itself
 * (`action`, a path of this site), so that nobody has to find the page again.
 */
export function VisitorInterest({
  action,
  signUpRole,
  lead,
}: {
  action: string;
  signUpRole: "mayor" | "foreign";
  lead: string;
}) {
  const t = useT();
  const back = new URLSearchParams({ redirectTo: action });
  return (
    <section className="card visitor-interest" aria-labelledby="visitor-interest-title">
      <h2 id="visitor-interest-title">{t("interest.visitorTitle")}</h2>
      <p>{lead}</p>
      <div className="actions">
        <Link to={`/login?${back}`} className="button">
          {t("interest.visitorSignIn")}
        </Link>
        <Link
          to={`/signup?${new URLSearchParams({ role: signUpRole, redirectTo: action })}`}
          className="button secondary"
        >
          {signUpRole === "mayor"
            ? t("interest.visitorSignUpMayor")
            : t("interest.visitorSignUpForeign")}
        </Link>
      </div>
    </section>
  );
}

/** "Answers 80 % of expressions of interest, usually within 3 days (4 of 5)." */
export function ResponseLine({ stats }: { stats: ResponseStats }) {
  const t = useT();
  let text: string;
  if (stats.received === 0) text = t("response.none");
  else if (stats.rate === null) text = t("response.waiting", { received: stats.received });
  else {
    const median =
      stats.medianDays === null
        ? ""
        : stats.medianDays < 1
          ? `, ${t("response.medianSameDay")}`
          : `, ${t("response.median", { days: Math.round(stats.medianDays) })}`;
    text = `${t("response.rate", { rate: stats.rate })}${median} ${t("response.counts", {
      answered: stats.answered,
      received: stats.received,
    })}`;
  }
  return (
    <p className="offer-meta response-line" data-testid="response-stats">
      <strong>{t("response.title")}:</strong> {text}
    </p>
  );
}
