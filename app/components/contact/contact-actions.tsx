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
  // Stages and their proposals have their own card (Stages).
  const own = contact.actions.filter(
    (a) => !STAGE_ACTIONS.includes(a) && a !== "confirm_stage" && a !== "refuse_stage",
  );
  if (own.length === 0) return null;

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

/**
 * The next partnership stage with its date, note and (for a milestone) the resolution's
 * number or a link, inside the stages card. A side proposes a milestone; staff record it.
 */
export function StageForm({
  contact,
  result,
  today,
}: {
  contact: Pick<ContactView, "actions" | "actor">;
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
  const milestone = stage !== "in_contact";
  const label =
    milestone && contact.actor !== "staff"
      ? t(`contact.action.propose.${stage}`)
      : t(`contact.action.${stage}`);
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
      {milestone ? (
        <div className="field">
          <label htmlFor="reference">{t("contact.field.reference")}</label>
          <input
            id="reference"
            name="reference"
            maxLength={300}
            aria-invalid={errorsFor(stage).reference ? true : undefined}
            aria-describedby="reference-hint reference-error"
          />
          <p className="field-hint" id="reference-hint">
            {t("contact.field.referenceHint")}
          </p>
          <p className="field-error" id="reference-error">
            {errorsFor(stage).reference ?? ""}
          </p>
        </div>
      ) : null}
      <TextAreaField
        id="stage-note"
        name="text"
        label={t("contact.field.stageNote")}
        rows={2}
        error={errorsFor(stage).text}
      />
      {errorsFor(stage).form ? (
        <p className="form-error" role="alert">
          {errorsFor(stage).form}
        </p>
      ) : null}
      <button type="submit" className="primary" name="intent" value={stage} disabled={busy}>
        {label}
      </button>
    </Form>
  );
}

/** A milestone one side proposed: the other side or staff confirm it or not; its proposer may withdraw it. */
export function ProposalActions({
  contact,
  result,
}: {
  contact: Pick<ContactView, "actions" | "proposal">;
  result: ActionErrors;
}) {
  const t = useT();
  const busy = useNavigation().state !== "idle";
  const { proposal } = contact;
  if (!proposal) return null;
  const canConfirm = contact.actions.includes("confirm_stage");
  const canRefuse = contact.actions.includes("refuse_stage");
  const refuseLabel = t(
    proposal.mine ? "contact.action.withdrawProposal" : "contact.action.refuse_stage",
  );
  const error =
    result?.intent === "confirm_stage" || result?.intent === "refuse_stage"
      ? result.errors
      : undefined;
  return (
    <div className="proposal-actions">
      {error?.form ? (
        <p className="form-error" role="alert">
          {error.form}
        </p>
      ) : null}
      {canConfirm ? (
        <Form method="post" className="inline-action">
          <button
            type="submit"
            className="primary"
            name="intent"
            value="confirm_stage"
            disabled={busy}
          >
            {t("contact.action.confirm_stage")}
          </button>
        </Form>
      ) : null}
      {canRefuse ? (
        // Its proposer withdraws it; the other side or staff do not confirm it, saying why.
        <details className="confirm" open={result?.intent === "refuse_stage" || undefined}>
          <summary>{refuseLabel}…</summary>
          <Form method="post">
            {proposal.mine ? null : (
              <TextAreaField
                id="refuse-reason"
                name="text"
                label={t("contact.field.refuseReason")}
                rows={2}
                error={error?.text}
              />
            )}
            <p>
              {t(
                proposal.mine ? "contact.confirm.withdrawProposal" : "contact.confirm.refuseStage",
              )}
            </p>
            <button
              type="submit"
              name="intent"
              value="refuse_stage"
              className="danger"
              disabled={busy}
            >
              {refuseLabel}
            </button>
          </Form>
        </details>
      ) : null}
    </div>
  );
}
