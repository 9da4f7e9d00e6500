import type { ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import type { ContactAction } from "~/domain/contact-lifecycle";
import type { ContactView } from "~/models/contact-view.server";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/i18n";
import { TextAreaField } from "./text-area-field";

export type ActionErrors = { intent?: string; errors?: Record<string, string> } | undefined;

type ActionsView = Pick<
  ContactView,
  | "actions"
  | "actor"
  | "initiator"
  | "message"
  | "status"
  | "staffSides"
  | "thread"
  | "municipality"
  | "offer"
>;

const STAGE_ACTIONS: readonly ContactAction[] = [
  "in_contact",
  "council_approved",
  "agreement_signed",
];

/** The steps open to this viewer now, each its own small form (stages: StageForm). */
export function ContactActions({
  contact,
  result,
}: {
  contact: ActionsView;
  result: ActionErrors;
}) {
  const t = useT();
  const busy = useNavigation().state !== "idle";
  const errorsFor = (intent: ContactAction) =>
    result?.intent === intent ? (result.errors ?? {}) : {};
  const has = (a: ContactAction) => contact.actions.includes(a);
  const introduction = contact.initiator === "staff";
  // Staff answering an introduction say for which side (only sides without an account).
  const sidePicker = contact.actor === "staff" && introduction;
  const sides = contact.staffSides.map((side) => ({
    side,
    name: side === "municipality" ? contact.municipality.name : contact.offer.town,
  }));
  // The question being answered, shown above the answer.
  const question = [...contact.thread].reverse().find((m) => m.kind === "info_request");
  if (contact.actions.filter((a) => !STAGE_ACTIONS.includes(a)).length === 0) return null;

  return (
    <section className="card contact-actions" aria-labelledby="contact-actions-title">
      <h2 id="contact-actions-title">{t("contact.actions")}</h2>
      {result?.errors?.form ? (
        <p className="form-error" role="alert">
          {result.errors.form}
        </p>
      ) : null}

      {has("forward") ? (
        <Form method="post" className="inline-action">
          <button type="submit" className="primary" name="intent" value="forward" disabled={busy}>
            {t("contact.action.forward")}
          </button>
        </Form>
      ) : null}

      {has("accept") ? (
        <Form method="post" className="inline-action">
          {sidePicker ? (
            <SidePicker id="accept-side" sides={sides} error={errorsFor("accept").side} />
          ) : null}
          <button type="submit" className="primary" name="intent" value="accept" disabled={busy}>
            {t("contact.action.accept")}
          </button>
        </Form>
      ) : null}

      {has("edit") ? (
        <TextStep
          intent="edit"
          id="edit-text"
          label={t("contact.field.editMessage")}
          defaultValue={contact.message}
          rows={6}
          className="secondary"
          error={errorsFor("edit").text}
        />
      ) : null}

      {has("request_info") ? (
        <TextStep
          intent="request_info"
          id="question"
          label={t("contact.field.question")}
          className="secondary"
          error={errorsFor("request_info").text}
        />
      ) : null}

      {has("answer") ? (
        <TextStep
          intent="answer"
          id="answer"
          label={t("contact.field.answer")}
          className="primary"
          error={errorsFor("answer").text}
        >
          {question ? (
            <blockquote className="question" data-testid="open-question">
              <strong>{t("contact.question")}:</strong>{" "}
              <span className="pre-line">{question.body}</span>
            </blockquote>
          ) : null}
        </TextStep>
      ) : null}

      {has("reject") ? (
        // Final and seen by the sender: a deliberate second step, open again after an error.
        <details className="confirm" open={result?.intent === "reject" || undefined}>
          <summary>{t("contact.action.reject")}…</summary>
          <TextStep
            intent="reject"
            id="reject-reason"
            label={t("contact.field.reason")}
            className="danger"
            error={errorsFor("reject").text}
          />
        </details>
      ) : null}

      {has("decline") ? (
        <details className="confirm" open={result?.intent === "decline" || undefined}>
          <summary>{t("contact.action.decline")}…</summary>
          <Form method="post">
            {sidePicker ? (
              <SidePicker id="decline-side" sides={sides} error={errorsFor("decline").side} />
            ) : null}
            <TextAreaField
              id="decline-reason"
              name="text"
              label={t("contact.field.declineReason")}
              error={errorsFor("decline").text}
            />
            <p>{t("contact.confirm.decline")}</p>
            <button type="submit" name="intent" value="decline" className="danger" disabled={busy}>
              {t("contact.action.decline")}
            </button>
          </Form>
        </details>
      ) : null}

      {has("withdraw") ? (
        <details className="confirm">
          <summary>
            {t(introduction ? "contact.action.withdrawIntroduction" : "contact.action.withdraw")}…
          </summary>
          <Form method="post">
            <p>
              {t(
                introduction
                  ? "contact.confirm.withdrawIntroduction"
                  : contact.status === "pending_review"
                    ? "contact.confirm.withdrawUnseen"
                    : "contact.confirm.withdraw",
              )}
            </p>
            <button type="submit" name="intent" value="withdraw" className="danger" disabled={busy}>
              {t(introduction ? "contact.action.withdrawIntroduction" : "contact.action.withdraw")}
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}

/** A step that needs a text (a question, an answer, a reason, the edited message). */
function TextStep({
  intent,
  id,
  label,
  className,
  error,
  defaultValue,
  rows,
  children,
}: {
  intent: ContactAction;
  id: string;
  label: string;
  className: "primary" | "secondary" | "danger";
  error?: string;
  defaultValue?: string;
  rows?: number;
  /** Shown above the field (the question being answered). */
  children?: ReactNode;
}) {
  const t = useT();
  const busy = useNavigation().state !== "idle";
  return (
    <Form method="post">
      {children}
      <TextAreaField
        id={id}
        name="text"
        label={label}
        defaultValue={defaultValue}
        rows={rows}
        required
        error={error}
      />
      <button type="submit" name="intent" value={intent} className={className} disabled={busy}>
        {t(`contact.action.${intent}` as MessageKey)}
      </button>
    </Form>
  );
}

/** The side staff answer for: named by its town; a choice only when both still can be. */
function SidePicker({
  id,
  sides,
  error,
}: {
  id: string;
  sides: { side: "municipality" | "offer"; name: string }[];
  error?: string;
}) {
  const t = useT();
  const only = sides.length === 1 ? sides[0] : undefined;
  return (
    <div className="field">
      {only ? (
        <p id={id}>
          <input type="hidden" name="side" value={only.side} />
          {t("contact.field.sideFixed", { side: only.name })}
        </p>
      ) : (
        <>
          <label htmlFor={id}>{t("contact.field.side")}</label>
          <select
            id={id}
            name="side"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
          >
            {sides.map((s) => (
              <option key={s.side} value={s.side}>
                {s.name}
              </option>
            ))}
          </select>
        </>
      )}
      <p className="field-error" id={`${id}-error`}>
        {error ?? ""}
      </p>
    </div>
  );
}

/** The next partnership stage with its date and note, inside the stages card. */
export function StageForm({
  contact,
  result,
  today,
}: {
  contact: Pick<ContactView, "actions">;
  result: ActionErrors;
  today: string;
}) {
  const t = useT();
  const busy = useNavigation().state !== "idle";
  const stage = contact.actions.find(
    (a): a is "in_contact" | "council_approved" | "agreement_signed" => STAGE_ACTIONS.includes(a),
  );
  if (!stage) return null;
  const errorsFor = (intent: ContactAction) =>
    result?.intent === intent ? (result.errors ?? {}) : {};
  return (
    <Form method="post" className="stage-form">
      <div className="field">
        <label htmlFor="happenedOn">{t("contact.field.date")}</label>
        <input
          id="happenedOn"
          name="happenedOn"
          type="date"
          defaultValue={today}
          max={today}
          required
          aria-invalid={errorsFor(stage).happenedOn ? true : undefined}
          aria-describedby="happenedOn-error"
        />
        <p className="field-error" id="happenedOn-error">
          {errorsFor(stage).happenedOn ?? ""}
        </p>
      </div>
      <TextAreaField
        id="stage-note"
        name="text"
        label={t("contact.field.stageNote")}
        rows={2}
        error={errorsFor(stage).text}
      />
      <button type="submit" className="primary" name="intent" value={stage} disabled={busy}>
        {t(`contact.action.${stage}`)}
      </button>
    </Form>
  );
}
