import type { ReactNode } from "react";
import type { Factor } from "~/domain/scoring";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/i18n";

/** A reason as pages receive it: the sentence already in the reader's language. */
export interface ReasonView {
  factor: Factor;
  points: number;
  max: number;
  text: string;
}

export function scoreBand(score: number): "high" | "mid" | "low" {
  return score >= 60 ? "high" : score >= 35 ? "mid" : "low";
}

/** The score as a number out of 100 with a word, so it never relies on colour alone. */
export function ScoreBadge({ score }: { score: number }) {
  const t = useT();
  const band = scoreBand(score);
  return (
    <span className={`score score-${band}`}>
      <span className="score-value">{score}</span>
      <span className="score-label">
        {t("match.outOf")} · {t(`match.band.${band}`)}
      </span>
    </span>
  );
}

/** Reasons with their points: "+33 / 33  Montefranco hledá obec …". */
export function ReasonList({ reasons, label }: { reasons: ReasonView[]; label?: string }) {
  const t = useT();
  return (
    <ul className="reasons" aria-label={label ?? t("match.reasons")}>
      {reasons.map((r) => (
        <li key={r.factor} className={r.points < 0 ? "reason reason-minus" : "reason"}>
          <span className="reason-points">
            {r.points > 0 ? `+${r.points}` : r.points === 0 ? "0" : `−${-r.points}`}
            {r.max > 0 ? <span className="reason-max"> / {r.max}</span> : null}
          </span>
          <span className="reason-body">
            <strong>{t(`match.factor.${r.factor}` as MessageKey)}:</strong> {r.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One ranked result: score, heading, the top reasons and all of them behind a disclosure. */
export function MatchCard({
  heading,
  meta,
  score,
  top,
  all,
  action,
  funding,
  headingLevel = 2,
}: {
  heading: ReactNode;
  meta?: string;
  score: number;
  top: ReasonView[];
  all: ReasonView[];
  /** Titles of the open funding calls the pair may apply to. */
  funding?: string[];
  /** A next step under the reasons, e.g. "Express interest". */
  action?: ReactNode;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useT();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card match-card">
      <div className="match-head">
        <ScoreBadge score={score} />
        <div>
          <Heading className="match-title">{heading}</Heading>
          {meta ? <p className="offer-meta">{meta}</p> : null}
        </div>
      </div>
      <ReasonList reasons={top} label={t("match.topReasons")} />
      <details>
        <summary>{t("match.allReasons", { count: all.length })}</summary>
        <ReasonList reasons={all} />
      </details>
      {funding && funding.length > 0 ? (
        <p className="match-funding">
          <strong>{t("funding.matchLine", { count: funding.length })}</strong> {funding.join("; ")}
        </p>
      ) : null}
      {action ? <div className="actions">{action}</div> : null}
    </article>
  );
}
