import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CountryAndTopicFilters, NumberFilter, SelectFilter } from "~/components/filter-fields";
import { FilterForm } from "~/components/filter-form";
import { ScoreBadge } from "~/components/match";
import { EuropeMap } from "~/components/map/europe-map";
import { mapLinks } from "~/components/map/small-map";
import { Pagination } from "~/components/pagination";
import { krajByCode } from "~/domain/kraje";
import { LANGUAGES, LOCALES, translator, type Locale } from "~/i18n";
import { listForMap } from "~/models/map.server";
import { countryName } from "~/i18n/countries.server";
import { offerPlaceNames } from "~/features/offers/view.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { MAP_LAYERS, type MapLayer } from "~/domain/map-data";
import { parseMapParams } from "~/features/map/params.server";
import { PageSchema } from "~/domain/forms/common.server";
import { SIZE_KEYS } from "~/features/offers/sizes";
import { getOptionalUser } from "~/utils/session.server";
import { metaLocale, pageMeta } from "~/utils/meta";

const PAGE_SIZE = 20;
const COLLATOR = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.Collator(LANGUAGES[l].intl)]),
) as Record<Locale, Intl.Collator>;

export const links = () => mapLinks;

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("map.title"), t("map.lead"));
};

/** The parameters that narrow what the map shows (the layers choose what it shows). */
const FILTER_PARAMS = ["q", "country", "topic", "population", "size", "min", "profiles"];

/** Parameters the map's data depends on (not the list's pages). */
const DATA_PARAMS = [
  "q",
  "country",
  "topic",
  "population",
  "size",
  "min",
  "layer",
  "layers",
  "profiles",
];

// The map and, beside it, the same results as a list: keyboard and screen-reader
// users (and browsers without JavaScript) get everything the map shows, a page at
// a time (page, mpage, ppage), so the HTML stays small at national scale. Filters
// live in the URL; the map loads /map.json with the same ones.
export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getOptionalUser(request), getLocale(request)]);
  const isMayor = user?.role === "mayor";
  const url = new URL(request.url);
  const params = url.searchParams;
  const { filters, minScore, layers, profilesOnly, errors } = parseMapParams(
    params,
    locale,
    isMayor,
  );
  // Sorted and counted once per data version; shares its selection with the /map.json
  // the page's map asks for a moment later.
  const listing = await listForMap(getDb(), {
    filters,
    minScore,
    layers,
    profilesOnly,
    mayorId: isMayor && user ? user.id : null,
  });

  const dataParams = new URLSearchParams();
  for (const [key, value] of params) if (DATA_PARAMS.includes(key)) dataParams.append(key, value);
  const slice = <T,>(items: T[], name: string) => {
    const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    const page = Math.min(PageSchema.parse(params.get(name) ?? 1), pages);
    return {
      total: items.length,
      page,
      pages,
      items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    };
  };
  const offers = slice(listing.offers, "page");
  const municipalities = slice(listing.municipalities, "mpage");
  const partnerships = slice(listing.partnerships, "ppage");
  const hasErrors = Object.values(errors).some(Boolean);
  return data(
    {
      locale,
      isMayor,
      errors,
      layers: [...layers],
      profilesOnly,
      dataUrl: `/map.json${dataParams.size > 0 ? `?${dataParams}` : ""}`,
      countries: listing.countries
        .map((code) => ({ code, name: countryName(code, locale) }))
        .sort((a, b) => COLLATOR[locale].compare(a.name, b.name)),
      offers: {
        ...offers,
        items: offers.items.map((o) => ({
          id: o.id,
          town: offerPlaceNames(o, locale).town,
          countryName: countryName(o.country, locale),
          population: o.population,
          score: listing.scores?.get(o.id) ?? null,
        })),
      },
      municipalities: {
        ...municipalities,
        items: municipalities.items.map((m) => ({
          id: m.id,
          name: m.name,
          krajName: krajByCode(m.kraj)?.cs ?? m.kraj,
          population: m.population,
          verified: m.verified,
          hasProfile: m.hasProfile,
        })),
      },
      partnerships: {
        ...partnerships,
        items: partnerships.items.map((p) => ({
          id: p.id,
          municipalityId: p.municipalityId,
          municipality: p.municipality,
          partner: p.partnerTown,
          countryName: countryName(p.partnerCountry, locale),
        })),
      },
      me: listing.me ? { id: listing.me.id, name: listing.me.name } : null,
    },
    { status: hasErrors ? 400 : 200 },
  );
}

const LAYER_SYMBOL: Record<MapLayer, string> = {
  offers: "legend-offer",
  municipalities: "legend-municipality",
  partnerships: "legend-partnership",
  matches: "legend-match",
};

export default function MapPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const on = new Set(d.layers);
  const available = MAP_LAYERS.filter((l) => l !== "matches" || d.isMayor);
  return (
    <>
      <h1>{t("map.title")}</h1>
      <p className="lead">{d.isMayor ? t("map.leadMayor") : t("map.lead")}</p>
      <div className="with-sidebar">
        <FilterForm titleId="map-filters" filterNames={FILTER_PARAMS}>
          <input type="hidden" name="layers" value="1" />
          <fieldset>
            <legend>{t("map.layers")}</legend>
            {available.map((layer) => (
              <label key={layer} className="check">
                <input type="checkbox" name="layer" value={layer} defaultChecked={on.has(layer)} />
                <span className={`legend-symbol ${LAYER_SYMBOL[layer]}`} aria-hidden="true" />
                {t(`map.layer.${layer}`)}
              </label>
            ))}
            <label className="check nested">
              <input type="checkbox" name="profiles" value="1" defaultChecked={d.profilesOnly} />
              {t("map.profilesOnly")}
            </label>
          </fieldset>
          <CountryAndTopicFilters countries={d.countries} />
          <NumberFilter
            name="population"
            label={t("offers.population")}
            hint={t("offers.populationHint")}
            error={d.errors.population}
          />
          <SelectFilter
            name="size"
            label={t("offers.size")}
            anyLabel={t("offers.sizeAny")}
            options={SIZE_KEYS.map((key) => ({ value: key, label: t(`offers.size.${key}`) }))}
          />
          {d.isMayor ? (
            <NumberFilter
              name="min"
              label={t("matches.minScore")}
              hint={t("matches.minScoreHint")}
              error={d.errors.min}
            />
          ) : null}
          <div className="actions">
            <button type="submit" className="primary">
              {t("offers.apply")}
            </button>
            <Link to="/map">{t("offers.reset")}</Link>
          </div>
        </FilterForm>
        <div>
          <EuropeMap dataUrl={d.dataUrl} layers={d.layers} />
          <section className="card legend" aria-labelledby="legend-title">
            <h2 id="legend-title">{t("map.legend")}</h2>
            <ul>
              {on.has("offers") || on.has("matches") ? (
                <li>
                  <span className="legend-symbol legend-offer" aria-hidden="true" />
                  {t(on.has("matches") ? "map.legend.offerScored" : "map.legend.offer")}
                </li>
              ) : null}
              {on.has("municipalities") ? (
                <>
                  <li>
                    <span className="legend-symbol legend-municipality" aria-hidden="true" />
                    {t("map.legend.municipality")}
                  </li>
                  {d.profilesOnly ? null : (
                    <li>
                      <span
                        className="legend-symbol legend-municipality-register"
                        aria-hidden="true"
                      />
                      {t("map.legend.municipalityRegister")}
                    </li>
                  )}
                </>
              ) : null}
              {on.has("offers") || on.has("matches") || on.has("municipalities") ? (
                <li>
                  <span className="legend-symbol legend-cluster" aria-hidden="true" />
                  <span className="legend-symbol legend-cluster-municipality" aria-hidden="true" />
                  {t("map.legend.cluster")}
                </li>
              ) : null}
              {on.has("partnerships") ? (
                <li>
                  <span className="legend-symbol legend-partnership" aria-hidden="true" />
                  {t("map.legend.partnership")}
                </li>
              ) : null}
              {d.me ? (
                <li>
                  <span className="legend-symbol legend-me" aria-hidden="true">
                    ★
                  </span>
                  {t("map.legend.me")}
                </li>
              ) : null}
              {on.has("matches") ? (
                <>
                  <li>
                    <span className="legend-symbol legend-score-high" aria-hidden="true" />
                    <span className="legend-symbol legend-score-mid" aria-hidden="true" />
                    <span className="legend-symbol legend-score-low" aria-hidden="true" />
                    {t("map.legend.scores")}
                  </li>
                  <li>
                    <span className="legend-symbol legend-match" aria-hidden="true" />
                    {t("map.legend.matchLine")}
                  </li>
                </>
              ) : null}
            </ul>
          </section>
          <MapList />
        </div>
      </div>
    </>
  );
}

/** The list view: the same offers, municipalities and partnerships the map shows. */
function MapList() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const on = new Set(d.layers);
  const showOffers = on.has("offers") || on.has("matches");
  return (
    <section aria-labelledby="map-list-title" className="map-list">
      <h2 id="map-list-title">{t("map.list")}</h2>
      {showOffers ? (
        <section aria-labelledby="list-offers">
          <h3 id="list-offers">{t("map.listOffers", { count: d.offers.total })}</h3>
          {d.offers.items.length === 0 ? (
            <p>{t("offers.noResults")}</p>
          ) : (
            <ul className="plain-list">
              {d.offers.items.map((o) => (
                <li key={o.id}>
                  {o.score !== null ? <ScoreBadge score={o.score} /> : null}{" "}
                  <Link to={`/offers/${o.id}`}>{o.town}</Link> · {o.countryName} ·{" "}
                  {t("offer.population", { count: o.population })}
                </li>
              ))}
            </ul>
          )}
          <Pagination page={d.offers.page} pages={d.offers.pages} of="list-offers" />
        </section>
      ) : null}
      {on.has("municipalities") ? (
        <section aria-labelledby="list-municipalities">
          <h3 id="list-municipalities">
            {t("map.listMunicipalities", { count: d.municipalities.total })}
          </h3>
          {d.municipalities.items.length === 0 ? (
            <p>{t("matches.noMunicipalities")}</p>
          ) : (
            <ul className="plain-list">
              {d.municipalities.items.map((m) => (
                <li key={m.id}>
                  <Link to={`/municipalities/${m.id}`}>{m.name}</Link> · {m.krajName} ·{" "}
                  {t("offer.population", { count: m.population })}
                  {m.hasProfile ? ` · ${t("directory.hasProfile")}` : ""}
                  {m.verified ? ` · ${t("map.verified")}` : ""}
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={d.municipalities.page}
            pages={d.municipalities.pages}
            param="mpage"
            of="list-municipalities"
          />
        </section>
      ) : null}
      {on.has("partnerships") ? (
        <section aria-labelledby="list-partnerships">
          <h3 id="list-partnerships">
            {t("map.listPartnerships", { count: d.partnerships.total })}
          </h3>
          <ul className="plain-list">
            {d.partnerships.items.map((p) => (
              <li key={p.id}>
                <Link to={`/municipalities/${p.municipalityId}`}>{p.municipality}</Link> ↔{" "}
                {p.partner} ({p.countryName})
              </li>
            ))}
          </ul>
          <Pagination
            page={d.partnerships.page}
            pages={d.partnerships.pages}
            param="ppage"
            of="list-partnerships"
          />
        </section>
      ) : null}
    </section>
  );
}
