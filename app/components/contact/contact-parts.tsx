import type { ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import { formatDate } from "~/i18n";
import type { ContactView } from "~/models/contact-view.server";
import { useLocale, useT } from "~/utils/i18n";
import { TextAreaField } from "./text-area-field";

/** Both sides' contact people, or the sentence saying when they will appear. */
export function ContactDetailsCard({
  details,
  municipality,
  town,
  privacyNote,
}: {
  details: ContactView["details"];
  municipality: string;
  town: string;
  /** Said instead of the details: when (and whether) they will appear, for this reader. */
  privacyNote: string;
}) {
  const t = useT();
  if (!details)
    return (
      <p className="privacy-note" data-testid="contact-privacy">
        {privacyNote}
      </p>
    );
  const sides = [
    { title: municipality, d: details.municipality },
    { title: town, d: details.offer },
  ];
  return (
    <section className="card" aria-labelledby="details-title" data-testid="contact-details">
      <h2 id="details-title">{t("contact.details")}</h2>
      <div className="two-col">
        {sides.map(({ title, d }) => (
          <div key={title}>
            <h3>{title}</h3>
            <p>
              {t("contact.details.person")}: {d.name || t("contact.details.none")}
              {d.role ? `, ${d.role}` : ""}
              <br />
              {t("contact.details.email")}:{" "}
              {d.email ? <a href={`mailto:${d.email}`}>{d.email}</a> : t("contact.details.none")}
              <br />
              {t("contact.details.phone")}: {d.phone || t("contact.details.none")}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}

/** Questions, answers and, after acceptance, free messages. */
export function Thread({
  thread,
  canWrite,
  error,
}: {
  thread: ContactView["thread"];
  canWrite: boolean;
  error?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  return (
    <section className="card" aria-labelledby="thread-title">
      <h2 id="thread-title">{t("contact.thread")}</h2>
      {thread.length === 0 ? <p>{t("contact.thread.empty")}</p> : null}
      <ol className="thread">
        {thread.map((m) => (
          <li key={m.id} className={`thread-${m.kind}`}>
            <p className="offer-meta">
              <strong>{t(`contact.thread.kind.${m.kind}`)}</strong> · {m.authorName || "—"}
              {m.authorRole ? ` (${t(`role.${m.authorRole}`)})` : ""} ·{" "}
              <time dateTime={m.createdAt}>{formatDate(m.createdAt, locale)}</time>
            </p>
            <p className="pre-line">{m.body}</p>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <Form method="post">
          <TextAreaField
            id="body"
            name="body"
            label={t("contact.thread.new")}
            required
            error={error}
          />
          <button type="submit" className="primary" name="intent" value="message" disabled={busy}>
            {t("contact.thread.send")}
          </button>
        </Form>
      ) : (
        <p className="field-hint">{t("contact.thread.closedNote")}</p>
      )}
    </section>
  );
}

const STAGES = ["in_contact", "council_approved", "agreement_signed"] as const;

/** A resolution's number as text; a link only when it is an http(s) address. */
function Reference({ value }: { value: string }) {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  return url && (url.protocol === "https:" || url.protocol === "http:") ? (
    <a href={url.href} rel="noopener noreferrer nofollow">
      {value}
    </a>
  ) : (
    <>{value}</>
  );
}

/** First contact → council decision → agreement signed, each with its date. */
export function Stages({
  stages,
  proposal,
  sideNames,
  children,
  proposalActions,
}: {
  stages: ContactView["stages"];
  proposal: ContactView["proposal"];
  /** The towns' names, to say who proposed a step. */
  sideNames: { municipality: string; offer: string };
  /** The form for the next stage, when the reader may record it. */
  children?: ReactNode;
  /** Confirm, refuse or withdraw the waiting proposal, as the reader may. */
  proposalActions?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="stages-title">
      <h2 id="stages-title">{t("contact.stages")}</h2>
      <p className="field-hint">{t("contact.stages.hint")}</p>
      <ol className="stages">
        {STAGES.map((stage) => {
          const done = stages.find((s) => s.stage === stage);
          const proposed = !done && proposal?.stage === stage ? proposal : null;
          return (
            <li key={stage} className={done ? "done" : proposed ? "proposed" : undefined}>
              <strong>{t(`contact.stage.${stage}`)}</strong>:{" "}
              {done ? (
                <>
                  <time dateTime={done.happenedOn}>{formatDate(done.happenedOn, locale)}</time>
                  {done.reference ? (
                    <>
                      {" "}
                      (<Reference value={done.reference} />)
                    </>
                  ) : null}
                  {done.note ? ` — ${done.note}` : ""}
                  {done.confirmed && stage !== "in_contact"
                    ? ` · ${t("contact.stage.confirmed")}`
                    : ""}
                </>
              ) : proposed ? (
                t("contact.stage.proposed", { date: formatDate(proposed.happenedOn, locale) })
              ) : (
                t("contact.stage.pending")
              )}
            </li>
          );
        })}
      </ol>
      {proposal ? (
        <div className="proposal" role="group" aria-labelledby="proposal-title">
          <h3 id="proposal-title">{t("contact.proposal.title")}</h3>
          <p data-testid="stage-proposal">
            {t("contact.proposal.by", {
              side: sideNames[proposal.side],
              stage: t(`contact.stage.${proposal.stage}`),
              date: formatDate(proposal.happenedOn, locale),
            })}
            {proposal.reference ? (
              <>
                {" "}
                {t("contact.proposal.reference")}: <Reference value={proposal.reference} />.
              </>
            ) : null}
            {proposal.note ? <span className="pre-line"> {proposal.note}</span> : null}
          </p>
          {proposal.stage === "agreement_signed" ? (
            <p className="field-hint">{t("contact.proposal.signedNote")}</p>
          ) : null}
          {proposalActions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
