// /privacy: the privacy notice (GDPR art. 13). What it says of retention and recipients
// follows the code: app/models/account-deletion.server.ts, app/utils/throttle.server.ts,
// the contact workflow (docs/decisions/008, 009); the controller comes from the settings.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EMAIL_MARK, LEGAL_TEXTS_DATE, MailtoText, OperatorDetailsList } from "~/components/legal";
import { EXPIRY_DAYS } from "~/domain/contact-lifecycle";
import { formatDate, translator } from "~/i18n";
import { translateTexts } from "~/i18n/texts.server";
import { SESSION_DAYS } from "~/models/session.server";
import { operatorDetails } from "~/models/settings.server";
import { getDb } from "~/utils/db.server";
import { getEnv, tileOrigin } from "~/utils/env.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("privacy.title"), t("meta.privacy"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, operator] = await Promise.all([getLocale(request), operatorDetails(getDb())]);
  // An online map layer (MAP_TILE_URL) is a recipient of the reader's IP address.
  const tileServer = tileOrigin(getEnv());
  // The notice's texts are translated here, not by the browser (app/i18n/texts.server.ts).
  const text = translateTexts(locale, ["privacy", "legal", "operator"], {
    "legal.updated": { date: formatDate(LEGAL_TEXTS_DATE, locale) },
    "privacy.contactUs": { email: EMAIL_MARK },
    "privacy.recipients.tiles": { origin: tileServer ?? "" },
    "privacy.retention.offers": { days: EXPIRY_DAYS },
    "privacy.retention.session": { days: SESSION_DAYS },
    "privacy.cookie.sessionDuration": { days: SESSION_DAYS },
  });
  return { operator, tileServer, text };
}

export default function Privacy() {
  const { operator, tileServer, text } = useLoaderData<typeof loader>();
  const t = useT();
  const contactUs = <MailtoText text={text["privacy.contactUs"]} email={operator.email} />;
  // The cookies app/utils/session.server.ts, locale.server.ts and toast.server.ts set.
  const cookies = [
    ["spolu_session", text["privacy.cookie.session"], text["privacy.cookie.sessionDuration"]],
    ["lang", text["privacy.cookie.lang"], text["privacy.cookie.langDuration"]],
    ["spolu_toast", text["privacy.cookie.toast"], text["privacy.cookie.toastDuration"]],
  ];
  return (
    <article className="legal">
      <h1>{t("privacy.title")}</h1>
      <p className="lead">{text["privacy.lead"]}</p>
      <p className="muted">{text["legal.updated"]}</p>

      <section aria-labelledby="controller-title">
        <h2 id="controller-title">{text["privacy.controllerTitle"]}</h2>
        <p>{text["privacy.controller"]}</p>
        <OperatorDetailsList operator={operator} text={text} />
        <p>{contactUs}</p>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{text["privacy.dataTitle"]}</h2>
        <ul>
          <li>{text["privacy.data.account"]}</li>
          <li>{text["privacy.data.contact"]}</li>
          <li>{text["privacy.data.claim"]}</li>
          <li>{text["privacy.data.messages"]}</li>
          <li>{text["privacy.data.history"]}</li>
          <li>{text["privacy.data.technical"]}</li>
        </ul>
      </section>

      <section aria-labelledby="purposes-title">
        <h2 id="purposes-title">{text["privacy.purposesTitle"]}</h2>
        <ul>
          <li>
            {text["privacy.purpose.service"]} <strong>{text["privacy.basis.contract"]}</strong>
          </li>
          <li>
            {text["privacy.purpose.moderation"]} <strong>{text["privacy.basis.interest"]}</strong>
          </li>
          <li>
            {text["privacy.purpose.security"]} <strong>{text["privacy.basis.interest"]}</strong>
          </li>
        </ul>
        <p>{text["privacy.noAutomatedDecisions"]}</p>
      </section>

      <section aria-labelledby="recipients-title">
        <h2 id="recipients-title">{text["privacy.recipientsTitle"]}</h2>
        <ul>
          <li>{text["privacy.recipients.public"]}</li>
          <li>{text["privacy.recipients.staff"]}</li>
          <li>{text["privacy.recipients.partner"]}</li>
          <li>{text["privacy.recipients.processors"]}</li>
          {tileServer ? <li>{text["privacy.recipients.tiles"]}</li> : null}
          <li>{text["privacy.recipients.authorities"]}</li>
        </ul>
      </section>

      <section aria-labelledby="transfers-title">
        <h2 id="transfers-title">{text["privacy.transfersTitle"]}</h2>
        <p>{text["privacy.transfers"]}</p>
      </section>

      <section aria-labelledby="retention-title">
        <h2 id="retention-title">{text["privacy.retentionTitle"]}</h2>
        <ul>
          <li>{text["privacy.retention.account"]}</li>
          <li>{text["privacy.retention.deletion"]}</li>
          <li>{text["privacy.retention.kept"]}</li>
          <li>{text["privacy.retention.offers"]}</li>
          <li>{text["privacy.retention.session"]}</li>
          <li>{text["privacy.retention.throttle"]}</li>
        </ul>
      </section>

      <section aria-labelledby="rights-title">
        <h2 id="rights-title">{text["privacy.rightsTitle"]}</h2>
        <ul>
          <li>
            {text["privacy.rights.access"]}{" "}
            <a href="/me/data" download>
              {text["privacy.rights.accessLink"]}
            </a>
          </li>
          <li>{text["privacy.rights.rectification"]}</li>
          <li>
            {text["privacy.rights.erasure"]}{" "}
            <Link to="/me/delete">{text["privacy.rights.erasureLink"]}</Link>
          </li>
          <li>{text["privacy.rights.restriction"]}</li>
        </ul>
        <p>
          {contactUs} {text["privacy.rights.answer"]}
        </p>
        <p>
          {text["privacy.rights.complaint"]}{" "}
          <a href="https://www.uoou.gov.cz/">{text["privacy.rights.complaintLink"]}</a>
        </p>
      </section>

      <section aria-labelledby="cookies-title">
        <h2 id="cookies-title">{text["privacy.cookiesTitle"]}</h2>
        <p>{text["privacy.cookies"]}</p>
        <table>
          <caption>{text["privacy.cookiesCaption"]}</caption>
          <thead>
            <tr>
              <th scope="col">{text["privacy.cookieName"]}</th>
              <th scope="col">{text["privacy.cookiePurpose"]}</th>
              <th scope="col">{text["privacy.cookieDuration"]}</th>
            </tr>
          </thead>
          <tbody>
            {cookies.map(([name, purpose, duration]) => (
              <tr key={name}>
                <td>
                  <code>{name}</code>
                </td>
                <td>{purpose}</td>
                <td>{duration}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{text["privacy.changesTitle"]}</h2>
        <p>{text["privacy.changes"]}</p>
      </section>
    </article>
  );
}
