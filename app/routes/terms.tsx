// /terms: the terms of use. The operator comes from the settings, the limit on open
// requests from staff's setting, the licences from the data sources' own attributions.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EMAIL_MARK, LEGAL_TEXTS_DATE, MailtoText, OperatorDetailsList } from "~/components/legal";
import { EXPIRY_DAYS } from "~/domain/contact-lifecycle";
import { formatDate, translator } from "~/i18n";
import { translateTexts } from "~/i18n/texts.server";
import { openRequestLimit, operatorDetails } from "~/models/settings.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("terms.title"), t("meta.terms"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const [locale, operator, limit] = await Promise.all([
    getLocale(request),
    operatorDetails(db),
    openRequestLimit(db),
  ]);
  // The terms' texts are translated here, not by the browser (app/i18n/texts.server.ts).
  const text = translateTexts(locale, ["terms", "legal", "operator"], {
    "legal.updated": { date: formatDate(LEGAL_TEXTS_DATE, locale) },
    "terms.contacts.flow": { days: EXPIRY_DAYS },
    "terms.contacts.limit": { limit },
    "terms.openData": { operator: operator.name },
    "terms.abuse": { email: EMAIL_MARK },
  });
  return { operator, text };
}

export default function Terms() {
  const { operator, text } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="legal">
      <h1>{t("terms.title")}</h1>
      <p className="lead">{text["terms.lead"]}</p>
      <p className="muted">{text["legal.updated"]}</p>

      <section aria-labelledby="operator-title">
        <h2 id="operator-title">{text["terms.operatorTitle"]}</h2>
        <p>{text["terms.operator"]}</p>
        <OperatorDetailsList operator={operator} text={text} />
        <p>{text["terms.acceptance"]}</p>
      </section>

      <section aria-labelledby="who-title">
        <h2 id="who-title">{text["terms.whoTitle"]}</h2>
        <ul>
          <li>{text["terms.who.visitors"]}</li>
          <li>{text["terms.who.mayors"]}</li>
          <li>{text["terms.who.foreign"]}</li>
          <li>{text["terms.who.account"]}</li>
        </ul>
      </section>

      <section aria-labelledby="content-title">
        <h2 id="content-title">{text["terms.contentTitle"]}</h2>
        <ul>
          <li>{text["terms.content.true"]}</li>
          <li>{text["terms.content.purpose"]}</li>
          <li>{text["terms.content.lawful"]}</li>
          <li>{text["terms.content.contact"]}</li>
        </ul>
      </section>

      <section aria-labelledby="moderation-title">
        <h2 id="moderation-title">{text["terms.moderationTitle"]}</h2>
        <ul>
          <li>{text["terms.moderation.offers"]}</li>
          <li>{text["terms.moderation.profiles"]}</li>
          <li>{text["terms.moderation.contacts"]}</li>
          <li>{text["terms.moderation.decisions"]}</li>
        </ul>
      </section>

      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">{text["terms.contactsTitle"]}</h2>
        <ul>
          <li>{text["terms.contacts.flow"]}</li>
          <li>{text["terms.contacts.limit"]}</li>
          <li>{text["terms.contacts.use"]}</li>
        </ul>
      </section>

      <section aria-labelledby="open-data-title">
        <h2 id="open-data-title">{text["terms.openDataTitle"]}</h2>
        <p>
          {text["terms.openData"]} <Link to="/open-data">{t("openData.title")}</Link>
        </p>
        <p>{text["terms.openDataSources"]}</p>
        <ul>
          <li>{t("register.attribution")}</li>
          <li>{t("registry.attribution")}</li>
          <li>{t("footer.attribution")}</li>
        </ul>
        <p>{text["terms.openDataPrivate"]}</p>
      </section>

      <section aria-labelledby="warranty-title">
        <h2 id="warranty-title">{text["terms.warrantyTitle"]}</h2>
        <ul>
          <li>{text["terms.warranty.score"]}</li>
          <li>{text["terms.warranty.content"]}</li>
          <li>{text["terms.warranty.agreements"]}</li>
          <li>{text["terms.warranty.service"]}</li>
        </ul>
      </section>

      <section aria-labelledby="abuse-title">
        <h2 id="abuse-title">{text["terms.abuseTitle"]}</h2>
        <p>
          <MailtoText text={text["terms.abuse"]} email={operator.email} />
        </p>
      </section>

      <section aria-labelledby="end-title">
        <h2 id="end-title">{text["terms.endTitle"]}</h2>
        <p>
          {text["terms.end"]} <Link to="/privacy">{t("privacy.title")}</Link>
        </p>
      </section>

      <section aria-labelledby="law-title">
        <h2 id="law-title">{text["terms.lawTitle"]}</h2>
        <p>{text["terms.law"]}</p>
      </section>
    </article>
  );
}
