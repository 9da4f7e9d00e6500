import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { MessageKey } from "~/i18n";
import { translator } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("openData.title"), t("openData.lead"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  return { locale: await getLocale(request) };
}

/** The addresses, each with what it gives; docs/api.md describes every field. */
const ENDPOINTS: { path: string; example: string; text: MessageKey }[] = [
  { path: "/api/offers", example: "/api/offers?country=PL&per_page=5", text: "openData.apiOffers" },
  { path: "/api/offers/:id", example: "", text: "openData.apiOffer" },
  {
    path: "/api/municipalities",
    example: "/api/municipalities?kraj=CZ-63",
    text: "openData.apiMunicipalities",
  },
  {
    path: "/municipalities.csv",
    example: "/municipalities.csv?kraj=CZ-31",
    text: "openData.municipalitiesCsv",
  },
  {
    path: "/api/partnerships",
    example: "/api/partnerships?country=PL&verified=0",
    text: "openData.apiPartnerships",
  },
  {
    path: "/partnerships.csv",
    example: "/partnerships.csv?country=SK",
    text: "openData.partnershipsCsv",
  },
  { path: "/api/funding", example: "/api/funding?state=open", text: "openData.apiFunding" },
  { path: "/api/events", example: "/api/events?when=upcoming", text: "openData.apiEvents" },
  { path: "/funding.ics", example: "/funding.ics", text: "openData.ics" },
  { path: "/offers.csv", example: "/offers.csv?topic=culture", text: "openData.csv" },
  { path: "/feed.xml", example: "/feed.xml", text: "openData.feed" },
];

export default function OpenData() {
  const t = useT();
  const locale = useLocale();
  return (
    <article>
      <h1>{t("openData.title")}</h1>
      <p className="lead">{t("openData.lead")}</p>
      <section aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">{t("openData.endpoints")}</h2>
        <table>
          <caption>{t("openData.endpointsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("openData.colAddress")}</th>
              <th scope="col">{t("openData.colContent")}</th>
            </tr>
          </thead>
          <tbody>
            {ENDPOINTS.map((e) => (
              <tr key={e.path}>
                <td>
                  {e.example ? (
                    <a
                      href={
                        e.path === "/feed.xml" && locale === "en" ? "/feed.xml?lang=en" : e.example
                      }
                    >
                      <code>{e.path}</code>
                    </a>
                  ) : (
                    <code>{e.path}</code>
                  )}
                </td>
                <td>{t(e.text)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t("openData.openApi")} <a href="/api/openapi.json">OpenAPI</a>
        </p>
      </section>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t("openData.sourcesTitle")}</h2>
        <p>{t("openData.sourcesLead")}</p>
        <ul>
          <li>{t("register.attribution")}</li>
          <li>{t("registry.attribution")}</li>
          <li>{t("footer.attribution")}</li>
        </ul>
      </section>
      <section aria-labelledby="excel-title">
        <h2 id="excel-title">{t("openData.excelTitle")}</h2>
        <p>{t("openData.excelVariant")}</p>
        <ol>
          <li>{t("openData.excelStep1")}</li>
          <li>{t("openData.excelStep2")}</li>
          <li>{t("openData.excelStep3")}</li>
        </ol>
      </section>
      <section aria-labelledby="stability-title">
        <h2 id="stability-title">{t("openData.stabilityTitle")}</h2>
        <p>{t("openData.stability")}</p>
      </section>
    </article>
  );
}
