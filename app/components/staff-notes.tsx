import { Form } from "@remix-run/react";
import { formatDate } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";

/** Internal notes: rendered only when the loader (staff only) sends them. */
export function StaffNotes({
  notes,
  error,
}: {
  notes: { id: number; body: string; createdAt: string; authorName: string | null }[];
  error?: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card staff-only" aria-labelledby="notes-title">
      <h2 id="notes-title">{t("notes.title")}</h2>
      <p className="field-hint">{t("notes.lead")}</p>
      {notes.length === 0 ? <p>{t("notes.empty")}</p> : null}
      <ul className="notes">
        {notes.map((n) => (
          <li key={n.id}>
            <p className="pre-line">{n.body}</p>
            <p className="offer-meta">
              {n.authorName || "—"} · {formatDate(n.createdAt, locale)}
            </p>
          </li>
        ))}
      </ul>
      <Form method="post" className="form">
        <div className="field">
          <label htmlFor="note">{t("notes.new")}</label>
          <textarea
            id="note"
            name="comment"
            rows={3}
            maxLength={2000}
            aria-invalid={error ? true : undefined}
            aria-describedby="note-error"
          />
          <p className="field-error" id="note-error">
            {error ?? ""}
          </p>
        </div>
        <div>
          <button type="submit" name="intent" value="note" className="secondary">
            {t("notes.add")}
          </button>
        </div>
      </Form>
    </section>
  );
}
