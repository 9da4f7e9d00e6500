// /help: a first partnership step by step, the council's approval (zákon o obcích),
// funding hints, questions mayors ask, and the model documents to download
// (app/routes/help_.templates.$file.ts).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { EMAIL_MARK, MailtoText } from "~/components/legal";
import { DORMANT_MONTHS, EXPIRY_DAYS, REMINDER_DAYS } from "~/domain/contact-lifecycle";
import {
  TEMPLATE_LANGUAGES,
  templateLanguage,
  templatePath,
  type TemplateName,
} from "~/domain/templates/catalog";
import { languageName, sentenceStart, translator, type Locale } from "~/i18n";
import { textTranslator, translateTexts } from "~/i18n/texts.server";
import { operatorDetails } from "~/models/settings.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("help.title"), t("meta.help"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, { email }] = await Promise.all([getLocale(request), operatorDetails(getDb())]);
  // The guide's texts are translated here, not by the browser (app/i18n/texts.server.ts).
  const text = translateTexts(locale, ["help"], {
    "help.step.keep": { months: DORMANT_MONTHS },
    "help.faq.wait.a": { reminder: REMINDER_DAYS, expiry: EXPIRY_DAYS },
    "help.faq.advice.a": { email: EMAIL_MARK },
  });
  const downloads = {
    "partnership-agreement": downloadsFor("partnership-agreement", locale),
    "council-resolution": downloadsFor("council-resolution", locale),
  };
  return { email, text, downloads };
}

const FAQ = [
  "cost",
  "contract",
  "several",
  "hidden",
  "wait",
  "language",
  "data",
  "advice",
] as const;

/**
 * The files a reader is offered, each with its link's text: the template in Czech (which the
 * Czech side signs) and in their language, and the agreement in Czech beside each other
 * language (a Czech reader) or beside theirs.
 */
function downloadsFor(name: TemplateName, reader: Locale): { href: string; label: string }[] {
  const t = textTranslator(reader);
  const named = (code: Locale) => languageName(code, reader);
  // The resolution in English too: what a Czech council adopts, for the partner to read.
  const wanted: Locale[] = ["cs", templateLanguage(name, reader)];
  if (name === "council-resolution") wanted.push("en");
  const singles = [...new Set(wanted)];
  const partners =
    name === "partnership-agreement"
      ? reader === "cs"
        ? TEMPLATE_LANGUAGES[name].filter((l) => l !== "cs")
        : [reader]
      : [];
  return [
    ...singles.map((language) => ({
      href: templatePath(name, language),
      label: t("templates.single", { language: sentenceStart(named(language), reader) }),
    })),
    ...partners.map((partner) => ({
      href: templatePath(name, "cs", partner),
      label: t("templates.bilingual", {
        first: sentenceStart(named("cs"), reader),
        second: named(partner),
      }),
    })),
  ];
}

function Downloads({
  name,
  title,
  hint,
  files,
}: {
  name: TemplateName;
  title: string;
  hint: string;
  files: { href: string; label: string }[];
}) {
  const id = `${name}-title`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>{hint}</p>
      <ul>
        {files.map(({ href, label }) => (
          <li key={href}>
            <a href={href} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Help() {
  const { email, text, downloads } = useLoaderData<typeof loader>();
  const t = useT();
  const answers: Record<(typeof FAQ)[number], ReactNode> = {
    cost: text["help.faq.cost.a"],
    contract: text["help.faq.contract.a"],
    several: text["help.faq.several.a"],
    hidden: text["help.faq.hidden.a"],
    wait: text["help.faq.wait.a"],
    language: text["help.faq.language.a"],
    data: (
      <>
        {text["help.faq.data.a"]} <Link to="/privacy">{t("privacy.title")}</Link>
      </>
    ),
    advice: <MailtoText text={text["help.faq.advice.a"]} email={email} />,
  };
  return (
    <article className="legal">
      <h1>{t("help.title")}</h1>
      <p className="lead">{text["help.lead"]}</p>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{text["help.stepsTitle"]}</h2>
        <ol className="steps">
          <li>{text["help.step.goals"]}</li>
          <li>
            {text["help.step.profile"]} <Link to="/signup">{t("nav.signup")}</Link>
          </li>
          <li>
            {text["help.step.find"]} <Link to="/offers">{t("nav.offers")}</Link> ·{" "}
            <Link to="/matches">{t("nav.matches")}</Link> · <Link to="/map">{t("nav.map")}</Link>
          </li>
          <li>{text["help.step.contact"]}</li>
          <li>{text["help.step.meet"]}</li>
          <li>
            {text["help.step.council"]} <a href="#council-title">{text["help.councilTitle"]}</a>
          </li>
          <li>{text["help.step.sign"]}</li>
          <li>{text["help.step.record"]}</li>
          <li>{text["help.step.keep"]}</li>
        </ol>
      </section>

      <section aria-labelledby="council-title">
        <h2 id="council-title">{text["help.councilTitle"]}</h2>
        <p>{text["help.council.law"]}</p>
        <p>{text["help.council.resolution"]}</p>
        <p className="notice">{text["help.council.note"]}</p>
      </section>

      <section aria-labelledby="templates-title">
        <h2 id="templates-title">{text["help.templatesTitle"]}</h2>
        <p>{text["help.templates.lead"]}</p>
        <Downloads
          name="partnership-agreement"
          title={text["help.templates.agreement"]}
          hint={text["help.templates.agreementHint"]}
          files={downloads["partnership-agreement"]}
        />
        <Downloads
          name="council-resolution"
          title={text["help.templates.resolution"]}
          hint={text["help.templates.resolutionHint"]}
          files={downloads["council-resolution"]}
        />
      </section>

      <section aria-labelledby="funding-title">
        <h2 id="funding-title">{text["help.fundingTitle"]}</h2>
        <p>{text["help.funding.lead"]}</p>
        <ul>
          <li>{text["help.funding.cerv"]}</li>
          <li>{text["help.funding.interreg"]}</li>
          <li>{text["help.funding.visegrad"]}</li>
          <li>{text["help.funding.bilateral"]}</li>
          <li>{text["help.funding.erasmus"]}</li>
        </ul>
        <p>
          {text["help.funding.page"]} <Link to="/funding">{t("nav.funding")}</Link>
        </p>
      </section>

      <section aria-labelledby="faq-title">
        <h2 id="faq-title">{text["help.faqTitle"]}</h2>
        {FAQ.map((key) => (
          <section key={key} aria-labelledby={`faq-${key}`}>
            <h3 id={`faq-${key}`}>{text[`help.faq.${key}.q`]}</h3>
            <p>{answers[key]}</p>
          </section>
        ))}
      </section>
    </article>
  );
}
