import { Form, Link, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { languageName } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";
import { CheckGrid, TopicGrid } from "./form-parts";
import { MatchCard, type ReasonView } from "./match";
import { PlaceSearch } from "./place-search";

/** The languages foreign towns most often work in with Czech partners. */
const FOREIGN_LANGUAGES = ["cs", "sk", "en", "de", "pl", "uk", "fr", "it", "hu", "es"];
export const FOREIGN_PREVIEW_LIMIT = 5;

export interface ForeignPreviewResult {
  id: number;
  name: string;
  okres: string | null;
  krajName: string;
  population: number;
  hasProfile: boolean;
  score: number;
  top: ReasonView[];
  all: ReasonView[];
}

/**
 * The other direction of the try-it preview: a foreign town says who it is and
 * sees which of all Czech municipalities would suit it. A GET form (side=foreign),
 * so it works without JavaScript and the question stays in the URL.
 */
export function ForeignPreview({
  errors,
  results,
  total,
  countries,
}: {
  errors: Record<string, string> | null;
  results: ForeignPreviewResult[] | null;
  total: number;
  countries: { code: string; name: string }[];
}) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const mine = params.get("side") === "foreign";
  const value = (name: string) => (mine ? (params.get(name) ?? "") : "");
  const list = (name: string) =>
    new Set(mine ? params.getAll(name).flatMap((v) => v.split(",")) : []);
  const [population, setPopulation] = useState(value("population"));
  const [country, setCountry] = useState(value("country"));
  const [place, setPlace] = useState({ lat: value("lat"), lon: value("lon") });
  const interests = list("interests");
  const languages = list("languages");
  const fieldError = (name: string) =>
    mine && errors?.[name] ? (
      <p className="field-error" id={`fp-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  return (
    <section className="card preview" aria-labelledby="foreign-preview-title" id="preview-foreign">
      <h2 id="foreign-preview-title">{t("foreignPreview.title")}</h2>
      <p>{t("foreignPreview.lead")}</p>
      <Form method="get" action="/#preview-foreign" preventScrollReset className="preview-form">
        <input type="hidden" name="side" value="foreign" />
        <input type="hidden" name="limit" value={FOREIGN_PREVIEW_LIMIT} />
        <input type="hidden" name="lat" value={place.lat} />
        <input type="hidden" name="lon" value={place.lon} />
        <div className="preview-row">
          <PlaceSearch
            id="fp-town"
            inputName="town"
            valueName="fpPlace"
            label={t("foreignPreview.town")}
            error={mine ? errors?.town : undefined}
            hint={t("foreignPreview.townHint")}
            defaultName={value("town")}
            onSelect={(p) => {
              setPopulation(String(p.population));
              setCountry(p.country);
              setPlace({ lat: String(p.lat), lon: String(p.lon) });
            }}
            onManual={() => setPlace({ lat: "", lon: "" })}
          />
          <div className="field">
            <label htmlFor="fp-country">{t("foreignPreview.country")}</label>
            <select
              id="fp-country"
              name="country"
              value={country}
              onChange={(e) => setCountry(e.target.value)}
              aria-invalid={mine && errors?.country ? true : undefined}
              aria-describedby={mine && errors?.country ? "fp-country-error" : undefined}
            >
              <option value="">{t("offerForm.choose")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {fieldError("country")}
          </div>
          <div className="field">
            <label htmlFor="fp-population">{t("preview.population")}</label>
            <input
              id="fp-population"
              name="population"
              inputMode="numeric"
              required
              value={population}
              onChange={(e) => setPopulation(e.target.value)}
              aria-invalid={mine && errors?.population ? true : undefined}
              aria-describedby={mine && errors?.population ? "fp-population-error" : undefined}
            />
            {fieldError("population")}
          </div>
        </div>
        <fieldset>
          <legend>{t("foreignPreview.topics")}</legend>
          <TopicGrid name="interests" selected={interests} />
          {fieldError("interests")}
        </fieldset>
        <fieldset>
          <legend>{t("foreignPreview.languages")}</legend>
          <CheckGrid
            name="languages"
            selected={languages}
            options={FOREIGN_LANGUAGES.map((code) => ({
              value: code,
              label: languageName(code, locale),
            }))}
          />
          {fieldError("languages")}
        </fieldset>
        {mine && errors && (errors.lat || errors.lon || errors.limit) ? (
          <p className="field-error" role="alert">
            {[errors.lat, errors.lon, errors.limit].filter(Boolean).join(" ")}
          </p>
        ) : null}
        <button type="submit" className="primary">
          {t("foreignPreview.submit")}
        </button>
      </Form>
      {mine && results ? (
        <div className="preview-results" aria-live="polite">
          <h3>{t("foreignPreview.results", { count: total })}</h3>
          <ol className="match-list">
            {results.map((r) => (
              <li key={r.id}>
                <MatchCard
                  headingLevel={4}
                  heading={
                    <>
                      <Link to={`/municipalities/${r.id}`}>{r.name}</Link>{" "}
                      {r.hasProfile ? (
                        <span className="badge profile">{t("directory.hasProfile")}</span>
                      ) : (
                        <span className="badge">{t("directory.noProfileShort")}</span>
                      )}
                    </>
                  }
                  meta={[
                    r.okres ? t("place.okres", { okres: r.okres }) : null,
                    r.krajName,
                    t("offer.population", { count: r.population }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                  score={r.score}
                  top={r.top}
                  all={r.all}
                />
              </li>
            ))}
          </ol>
          <p>
            <Link to="/signup?role=foreign">{t("foreignPreview.signup")}</Link>
            {" · "}
            <Link to="/municipalities">{t("foreignPreview.directory")}</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}
