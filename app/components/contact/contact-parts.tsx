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

/** First contact → council decision → agreement signed, each with its date. */
export function Stages({
  stages,
  children,
}: {
  stages: ContactView["stages"];
  /** The form for the next stage, when the reader may record it. */
  children?: ReactNode;
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
          return (
            <li key={stage} className={done ? "done" : undefined}>
              <strong>{t(`contact.stage.${stage}`)}</strong>:{" "}
              {done ? (
                <>
                  <time dateTime={done.happenedOn}>{formatDate(done.happenedOn, locale)}</time>
                  {done.note ? ` — ${done.note}` : ""}
                </>
              ) : (
                t("contact.stage.pending")
              )}
            </li>
          );
        })}
      </ol>
      {children}
    </section>
  );
}
