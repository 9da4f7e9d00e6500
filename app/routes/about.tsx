// /about: what Spolu is, who runs it (from the settings), where its data comes from
// and how the match score works (docs/decisions/006-matching.md, in one paragraph).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EMAIL_MARK, MailtoText, OperatorDetailsList } from "~/components/legal";
import { translator } from "~/i18n";
import { translateTexts } from "~/i18n/texts.server";
import { operatorDetails } from "~/models/settings.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("about.title"), t("meta.about"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, operator] = await Promise.all([getLocale(request), operatorDetails(getDb())]);
  // The page's texts are translated here, not by the browser (app/i18n/texts.server.ts).
  const text = translateTexts(locale, ["about", "operator"], {
    "about.who": { operator: operator.name },
    "about.contact": { email: EMAIL_MARK },
  });
  return { operator, text };
}

export default function About() {
  const { operator, text } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="legal">
      <h1>{t("about.title")}</h1>
      <p className="lead">{text["about.lead"]}</p>

      <section aria-labelledby="what-title">
        <h2 id="what-title">{text["about.whatTitle"]}</h2>
        <ul>
          <li>
            {text["about.what.offers"]} <Link to="/offers">{t("nav.offers")}</Link>
          </li>
          <li>
            {text["about.what.municipalities"]}{" "}
            <Link to="/municipalities">{t("nav.municipalities")}</Link>
          </li>
          <li>{text["about.what.contacts"]}</li>
          <li>
            {text["about.what.registry"]} <Link to="/partnerships">{t("nav.partnerships")}</Link> ·{" "}
            <Link to="/map">{t("nav.map")}</Link> · <Link to="/funding">{t("nav.funding")}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="who-title">
        <h2 id="who-title">{text["about.whoTitle"]}</h2>
        <p>{text["about.who"]}</p>
        <OperatorDetailsList operator={operator} text={text} />
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{text["about.dataTitle"]}</h2>
        <p>{text["about.data.own"]}</p>
        <ul>
          <li>{t("register.attribution")}</li>
          <li>{t("footer.attribution")}</li>
          <li>{t("registry.attribution")}</li>
        </ul>
        <p>
          {text["about.data.reuse"]} <Link to="/open-data">{t("openData.title")}</Link>
        </p>
      </section>

      <section aria-labelledby="scoring-title">
        <h2 id="scoring-title">{text["about.scoringTitle"]}</h2>
        <p>{text["about.scoring"]}</p>
      </section>

      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{text["about.contactTitle"]}</h2>
        <p>
          <MailtoText text={text["about.contact"]} email={operator.email} />
        </p>
        <ul>
          <li>
            <Link to="/help">{t("help.title")}</Link>
          </li>
          <li>
            <Link to="/privacy">{t("privacy.title")}</Link>
          </li>
          <li>
            <Link to="/terms">{t("terms.title")}</Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
