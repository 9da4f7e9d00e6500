import { Form } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** Staff send an item back for changes or reject it; both need a comment the author reads. */
export function ModerationForm({
  actions,
  error,
  seen,
}: {
  actions: readonly string[];
  error?: string;
  /** The state this page shows: deciding on a state someone has since changed is a conflict. */
  seen: string;
}) {
  const t = useT();
  const canRequest = actions.includes("request_changes");
  const canReject = actions.includes("reject");
  if (!canRequest && !canReject) return null;
  return (
    <Form method="post" className="form moderation">
      <input type="hidden" name="seen" value={seen} />
      <div className="field">
        <label htmlFor="comment">{t("offerPage.comment")}</label>
        <textarea
          id="comment"
          name="comment"
          rows={3}
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby="comment-error"
        />
        <p className="field-error" id="comment-error">
          {error ?? ""}
        </p>
      </div>
      <div className="actions">
        {canRequest ? (
          <button type="submit" name="intent" value="request_changes" className="secondary">
            {t("offerPage.action.request_changes")}
          </button>
        ) : null}
        {canReject ? (
          <button type="submit" name="intent" value="reject" className="danger">
            {t("offerPage.action.reject")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}
