import { Form, Link, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { formatNumber, languageName } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";
import { CheckGrid, TopicGrid } from "./form-parts";
import { MatchCard, type ReasonView } from "./match";
import { PlaceSearch } from "./place-search";

/** The languages a Czech town most often works in with partners abroad. */
const PREVIEW_LANGUAGES = ["en", "de", "sk", "pl", "fr", "it", "es", "uk", "hu", "ru"];
export const PREVIEW_LIMIT = 5;

export interface PreviewResult {
  id: number;
  town: string;
  countryName: string;
  population: number;
  score: number;
  top: ReasonView[];
  all: ReasonView[];
}

/**
 * The home page's try-it form: a GET form, so it works without JavaScript and
 * the question stays in the URL; picking a town fills in its size and place.
 */
export function MatchPreview({
  errors,
  results,
  countries,
}: {
  errors: Record<string, string> | null;
  results: PreviewResult[] | null;
  countries: { code: string; name: string }[];
}) {
  const t = useT();
  const locale = useLocale();
  const [search] = useSearchParams();
  // The home page has a second preview (a foreign town's, side=foreign): not ours to show.
  const params = search.get("side") === "foreign" ? new URLSearchParams() : search;
  const [population, setPopulation] = useState(params.get("population") ?? "");
  const [place, setPlace] = useState({
    lat: params.get("lat") ?? "",
    lon: params.get("lon") ?? "",
    kraj: params.get("kraj") ?? "",
  });
  const interests = new Set(params.getAll("interests").flatMap((v) => v.split(",")));
  const languages = new Set(params.getAll("languages").flatMap((v) => v.split(",")));
  const asked = params.has("population");
  return (
    <section className="card preview" aria-labelledby="preview-title" id="preview">
      <h2 id="preview-title">{t("preview.title")}</h2>
      <p>{t("preview.lead")}</p>
      <Form method="get" action="/#preview" preventScrollReset className="preview-form">
        <input type="hidden" name="limit" value={PREVIEW_LIMIT} />
        <input type="hidden" name="lat" value={place.lat} />
        <input type="hidden" name="lon" value={place.lon} />
        <input type="hidden" name="kraj" value={place.kraj} />
        <div className="preview-row">
          <PlaceSearch
            id="town"
            label={t("preview.place")}
            hint={t("preview.placeHint")}
            country="CZ"
            defaultName={params.get("town") ?? ""}
            onSelect={(p) => {
              setPopulation(String(p.population));
              setPlace({ lat: String(p.lat), lon: String(p.lon), kraj: p.kraj ?? "" });
            }}
            onManual={() => setPlace({ lat: "", lon: "", kraj: "" })}
          />
          <div className="field">
            <label htmlFor="preview-population">{t("preview.population")}</label>
            <input
              id="preview-population"
              name="population"
              inputMode="numeric"
              required
              value={population}
              onChange={(e) => setPopulation(e.target.value)}
              aria-invalid={errors?.population ? true : undefined}
              aria-describedby={errors?.population ? "preview-population-error" : undefined}
            />
            {errors?.population ? (
              <p className="field-error" id="preview-population-error">
                {errors.population}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="preview-country">{t("preview.country")}</label>
            <select id="preview-country" name="country" defaultValue={params.get("country") ?? ""}>
              <option value="">{t("preview.countryAny")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{t("preview.interests")}</legend>
          <TopicGrid name="interests" selected={interests} />
          {errors?.interests ? <p className="field-error">{errors.interests}</p> : null}
        </fieldset>
        <fieldset>
          <legend>{t("preview.languages")}</legend>
          <CheckGrid
            name="languages"
            selected={languages}
            options={PREVIEW_LANGUAGES.map((code) => ({
              value: code,
              label: languageName(code, locale),
            }))}
          />
          {errors?.languages ? <p className="field-error">{errors.languages}</p> : null}
        </fieldset>
        {errors &&
        Object.keys(errors).some((k) => !["population", "interests", "languages"].includes(k)) ? (
          <p className="field-error" role="alert">
            {Object.entries(errors)
              .filter(([k]) => !["population", "interests", "languages"].includes(k))
              .map(([, message]) => message)
              .join(" ")}
          </p>
        ) : null}
        <button type="submit" className="primary">
          {t("preview.submit")}
        </button>
      </Form>
      {asked && results ? (
        <div className="preview-results" aria-live="polite">
          <h3>
            {t("preview.results", {
              population: formatNumber(
                Number(params.get("population")?.replace(/\s/g, "")),
                locale,
              ),
            })}
          </h3>
          {results.length === 0 ? (
            <p>{t("preview.none")}</p>
          ) : (
            <ol className="match-list">
              {results.map((r) => (
                <li key={r.id}>
                  <MatchCard
                    headingLevel={4}
                    heading={<Link to={`/offers/${r.id}`}>{r.town}</Link>}
                    meta={`${r.countryName} · ${t("offer.population", {
                      count: r.population,
                    })}`}
                    score={r.score}
                    top={r.top}
                    all={r.all}
                  />
                </li>
              ))}
            </ol>
          )}
          <p>
            <Link to="/signup">{t("preview.signup")}</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}
