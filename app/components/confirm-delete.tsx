import { Form } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** Delete in two steps, like the contact actions: open the disclosure, read what goes, confirm. */
export function ConfirmDelete({ question, label }: { question: string; label: string }) {
  const t = useT();
  return (
    <details className="confirm">
      <summary>{label}…</summary>
      <Form method="post">
        <p>
          <strong>{question}</strong> {t("fundingAdmin.cannotUndo")}
        </p>
        <button type="submit" name="intent" value="delete" className="danger">
          {label}
        </button>
      </Form>
    </details>
  );
}
