// Funding calls and events as cards, and the calls that fit a pair of towns.
import { Link } from "@remix-run/react";
import { formatDate } from "~/i18n";
import type { CallState } from "~/domain/eligibility";
import type { InterestCode } from "~/domain/interests";
import { useLocale, useT } from "~/utils/i18n";

/** A funding call as pages show it (app/features/funding/view.server.ts makes it). */
export interface CallCard {
  id: number;
  programme: string;
  title: string;
  summary: string;
  url: string | null;
  opensOn: string | null;
  deadline: string | null;
  /** Days to the deadline while open (0 on the last day); null otherwise. */
  daysLeft: number | null;
  state: CallState;
  stateText: string;
  themes: InterestCode[];
  conditions: string[];
}

/** A funding call a pair of towns may apply to, with each check in words. */
export interface PairFit {
  id: number;
  programme: string;
  title: string;
  url: string | null;
  deadline: string | null;
  stateText: string;
  checks: { met: boolean; text: string }[];
}

/** A partner-search event as pages show it. */
export interface EventCard {
  id: number;
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string;
  place: string;
  url: string | null;
}

/** "Open until 18 February 2020: 34 days left", marked when two weeks or less remain. */
function Deadline({ call }: { call: CallCard }) {
  const soon = call.daysLeft !== null && call.daysLeft <= 14;
  return (
    <p className={soon ? "call-state call-soon" : "call-state"}>
      {call.deadline ? <time dateTime={call.deadline}>{call.stateText}</time> : call.stateText}
    </p>
  );
}

export function CallCardView({ call }: { call: CallCard }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className={`card call call-${call.state}`} aria-labelledby={`call-${call.id}`}>
      <p className="offer-meta">{call.programme}</p>
      <h3 id={`call-${call.id}`} className="match-title">
        {call.url ? (
          <a href={call.url} rel="noopener noreferrer">
            {call.title}
          </a>
        ) : (
          call.title
        )}
      </h3>
      <Deadline call={call} />
      {call.summary ? <p>{call.summary}</p> : null}
      <p>
        <strong>{t("funding.themes")}:</strong>{" "}
        {call.themes.length === 0
          ? t("funding.anyTheme")
          : call.themes.map((code) => t(`interest.${code}`)).join(", ")}
      </p>
      <p>
        <strong>{t("funding.conditions")}:</strong> {call.conditions.join(" ")}
      </p>
      {call.opensOn && call.state !== "upcoming" ? (
        <p className="offer-meta">
          {t("funding.opened", { date: formatDate(call.opensOn, locale) })}
        </p>
      ) : null}
    </article>
  );
}

export function EventCardView({ event }: { event: EventCard }) {
  const locale = useLocale();
  const dates =
    event.startsOn === event.endsOn
      ? formatDate(event.startsOn, locale)
      : `${formatDate(event.startsOn, locale)} – ${formatDate(event.endsOn, locale)}`;
  return (
    <article className="card" aria-labelledby={`event-${event.id}`}>
      <h3 id={`event-${event.id}`} className="match-title">
        {event.url ? (
          <a href={event.url} rel="noopener noreferrer">
            {event.title}
          </a>
        ) : (
          event.title
        )}
      </h3>
      <p className="offer-meta">
        <time dateTime={event.startsOn}>{dates}</time> · {event.place}
      </p>
      {event.summary ? <p>{event.summary}</p> : null}
    </article>
  );
}

/** On an offer page and a contact thread: which open calls this pair may apply to, and why. */
export function PairFits({ fits, pairLabel }: { fits: PairFit[]; pairLabel: string }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="fits-title">
      <h2 id="fits-title">{t("funding.fitsTitle")}</h2>
      <p className="offer-meta">{pairLabel}</p>
      {fits.length === 0 ? (
        <p className="empty">{t("funding.fitsNone")}</p>
      ) : (
        <ul className="card-list fits-list">
          {fits.map((fit) => (
            <li key={fit.id}>
              <strong>
                {fit.url ? (
                  <a href={fit.url} rel="noopener noreferrer">
                    {fit.title}
                  </a>
                ) : (
                  fit.title
                )}
              </strong>{" "}
              <span className="offer-meta">({fit.programme})</span>
              <p className="call-state">{fit.stateText}</p>
              <ul className="reasons" aria-label={t("funding.reasons")}>
                {fit.checks.map((check) => (
                  <li key={check.text} className="reason">
                    <span className="reason-points" aria-hidden="true">
                      ✓
                    </span>
                    <span className="reason-body">{check.text}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/funding">{t("funding.allCalls")}</Link>
      </p>
    </section>
  );
}
