// Pieces of the pages about the service (/privacy, /terms, /about, /help): the operator's
// identity from the settings (app/models/settings.server.ts) and its e-mail inside a sentence.
import type { TextKey } from "~/i18n/bundled.server";
import type { OperatorDetails } from "~/models/settings.server";

/** The labels of the operator's details, translated by the page's loader (translateTexts). */
type OperatorLabels = Record<Extract<TextKey, `operator.${string}`>, string>;

/** When the privacy notice and the terms last changed in substance (shown on both). */
export const LEGAL_TEXTS_DATE = "2026-12-07";

/** Stands for {email} in a translated message until MailtoText puts the link there. */
export const EMAIL_MARK = "\u2063";

/** A message made with { email: EMAIL_MARK }, with the address as a mailto link. */
export function MailtoText({ text, email }: { text: string; email: string }) {
  const [before, ...after] = text.split(EMAIL_MARK);
  return (
    <>
      {before}
      <a href={`mailto:${email}`}>{email}</a>
      {after.join(email)}
    </>
  );
}

/** Name, address, IČO and contacts as a description list (read as pairs by screen readers). */
export function OperatorDetailsList({
  operator,
  text,
}: {
  operator: OperatorDetails;
  text: OperatorLabels;
}) {
  return (
    <dl className="facts operator">
      <dt>{text["operator.name"]}</dt>
      <dd>{operator.name}</dd>
      <dt>{text["operator.address"]}</dt>
      <dd>{operator.address}</dd>
      <dt>{text["operator.ico"]}</dt>
      <dd>{operator.ico}</dd>
      <dt>{text["operator.email"]}</dt>
      <dd>
        <a href={`mailto:${operator.email}`}>{operator.email}</a>
      </dd>
      {operator.website ? (
        <>
          <dt>{text["operator.website"]}</dt>
          <dd>
            <a href={operator.website}>{operator.website.replace(/^https?:\/\/|\/$/g, "")}</a>
          </dd>
        </>
      ) : null}
      {operator.dpo ? (
        <>
          <dt>{text["operator.dpo"]}</dt>
          <dd>{operator.dpo}</dd>
        </>
      ) : null}
    </dl>
  );
}
