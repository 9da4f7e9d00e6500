import type { ReactNode } from "react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CountryAndTopicFilters, NumberFilter } from "~/components/filter-fields";
import { FilterForm } from "~/components/filter-form";
import { MatchCard, type ReasonView } from "~/components/match";
import { Pagination } from "~/components/pagination";
import { isEuropeanCountry } from "~/domain/europe";
import { isInterestCode } from "~/domain/interests";
import { krajByCode } from "~/domain/kraje";
import { topReasons, type MatchResult } from "~/domain/scoring";
import { formatDateTime, translator } from "~/i18n";
import { explanationText } from "~/i18n/phrases.server";
import { BEST_PAIRS_LIMIT, bestPairs } from "~/models/best-pairs.server";
import { matchableOffers, rankMunicipalitiesFor, rankOffersFor } from "~/models/match.server";
import { listFundingCalls, type FundingCallView } from "~/models/funding.server";
import { getOwnedMunicipality } from "~/models/municipality.server";
import { listContacts } from "~/models/contact-view.server";
import { normalizeName } from "~/domain/normalize";
import { isOpen, isRevealed } from "~/domain/contact-lifecycle";
import type { ContactStatus } from "../../db/schema";
import { listOffersByAuthor } from "~/models/offer.server";
import type { Locale } from "../../db/schema";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { fitsForPair } from "~/features/funding/view.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { invariantResponse } from "~/utils/http";
import { PageSchema } from "~/domain/forms/common.server";
import { parseMinScore } from "~/features/offers/filters.server";
import { offerPlaceNames } from "~/features/offers/view.server";
import { userHasPermission } from "~/utils/permissions";
import { requireUser } from "~/utils/session.server";

const PAGE_SIZE = 20;
/** What narrows the ranking; which own offer a town ranks for is a choice, not a filter. */
const FILTER_PARAMS = ["country", "topic", "profiles", "min"];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("matches.title")} — Spolu` },
];

function reasonsIn(result: MatchResult, locale: Locale) {
  const view = (r: MatchResult["reasons"][number]): ReasonView => ({
    factor: r.factor,
    points: r.points,
    max: r.max,
    text: explanationText(r.text, locale),
  });
  const all = result.reasons.map(view);
  return {
    score: result.score,
    top: topReasons(result).map((r) => all[result.reasons.indexOf(r)] ?? view(r)),
    all,
  };
}

// One URL for every role: a mayor sees offers ranked for their municipality, a
// foreign user the Czech municipalities ranked for one of their offers, staff
// the best pairs overall. Filters live in the URL; a bad minimum score is a 400
// with the error beside its field.
/** The open funding calls this pair may apply to (the offer page gives the reasons). */
function fundingTitles(
  calls: FundingCallView[],
  municipality: string,
  offer: { town: string; country: string },
  locale: Locale,
): string[] {
  return fitsForPair(
    calls,
    [
      { name: municipality, country: "CZ" },
      { name: offer.town, country: offer.country },
    ],
    locale,
  ).map((fit) => fit.title);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const anyMatch = userHasPermission(user, "read:match:any");
  invariantResponse(anyMatch || userHasPermission(user, "read:match:own"), "Forbidden", {
    status: 403,
  });
  const db = getDb();
  const locale = await getLocale(request);
  const params = new URL(request.url).searchParams;
  const { minScore, minScoreError } = parseMinScore(params, locale);
  const page = { page: PageSchema.parse(params.get("page") ?? 1), pageSize: PAGE_SIZE };
  const status = minScoreError ? 400 : 200;

  if (user.role === "mayor") {
    const municipality = await getOwnedMunicipality(db, user.id);
    if (!municipality) {
      return data({ locale, view: "noProfile" as const, minScoreError }, { status });
    }
    const countries = [...new Set(params.getAll("country").map((c) => c.toUpperCase()))].filter(
      isEuropeanCountry,
    );
    const topics = [...new Set(params.getAll("topic"))].filter(isInterestCode);
    const [ranked, offers, calls, contacts] = await Promise.all([
      rankOffersFor(db, municipality, { countries, topics, minScore }, page),
      matchableOffers(db),
      listFundingCalls(db),
      // The mayor's own contacts, as /contacts lists them: where each pair stands.
      listContacts(db, user, { filter: "all", limit: 1000, offset: 0 }),
    ]);
    const contactOf = new Map<number, { id: number; status: ContactStatus }>();
    for (const c of contacts)
      if (!contactOf.has(c.offer.id)) contactOf.set(c.offer.id, { id: c.id, status: c.status });
    const countryOptions = [...new Set(offers.map((o) => o.country))]
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    return data(
      {
        locale,
        view: "mayor" as const,
        minScoreError,
        municipality: {
          id: municipality.id,
          name: municipality.name,
          hasInterests: municipality.interests.length > 0,
        },
        countryOptions,
        total: ranked.total,
        page: ranked.page,
        pages: ranked.pages,
        items: ranked.items.map(({ offer, result }) => ({
          id: offer.id,
          ...offerPlaceNames(offer, locale),
          countryName: countryName(offer.country, locale),
          population: offer.population,
          funding: fundingTitles(calls, municipality.name, offer, locale),
          contact: contactOf.get(offer.id) ?? null,
          partners: isPartnerOf(offer, municipality.partnerships),
          ...reasonsIn(result, locale),
        })),
      },
      { status },
    );
  }

  if (user.role === "foreign") {
    const own = await listOffersByAuthor(db, user.id);
    if (own.length === 0) return data({ locale, view: "noOffers" as const, minScoreError });
    const chosenId = Number(params.get("offer"));
    // Default to a published request: that is the one Czech municipalities can see.
    const offer =
      own.find((o) => o.id === chosenId) ?? own.find((o) => o.status === "published") ?? own[0];
    if (!offer) throw new Response("Not found", { status: 404 });
    const profilesOnly = params.get("profiles") === "1";
    const ranked = await rankMunicipalitiesFor(db, offer, { minScore, profilesOnly }, page);
    return data(
      {
        locale,
        view: "foreign" as const,
        minScoreError,
        offers: own.map((o) => ({ id: o.id, town: o.town, status: o.status })),
        offer: { id: offer.id, town: offer.town, published: offer.status === "published" },
        profilesOnly,
        total: ranked.total,
        page: ranked.page,
        pages: ranked.pages,
        items: ranked.items.map(({ municipality, result }) => ({
          id: municipality.id,
          name: municipality.name,
          krajName: krajByCode(municipality.kraj)?.cs ?? municipality.kraj,
          okres: municipality.okres,
          population: municipality.population,
          verified: municipality.verified,
          hasProfile: municipality.hasProfile,
          ...reasonsIn(result, locale),
        })),
      },
      { status },
    );
  }

  invariantResponse(anyMatch, "Forbidden", { status: 403 });
  const [ranked, calls] = await Promise.all([
    bestPairs(db, { minScore }, page),
    listFundingCalls(db),
  ]);
  return data(
    {
      locale,
      view: "staff" as const,
      limit: BEST_PAIRS_LIMIT,
      minScoreError,
      computedAt: formatDateTime(ranked.computedAt, locale),
      updating: ranked.updating,
      total: ranked.total,
      page: ranked.page,
      pages: ranked.pages,
      items: ranked.items.map(({ municipality, offer, result }) => ({
        key: `${municipality.id}-${offer.id}`,
        municipality: { id: municipality.id, name: municipality.name },
        offer: {
          id: offer.id,
          town: offerPlaceNames(offer, locale).town,
          countryName: countryName(offer.country, locale),
        },
        funding: fundingTitles(calls, municipality.name, offer, locale),
        ...reasonsIn(result, locale),
      })),
    },
    { status },
  );
}

export default function Matches() {
  const loaderData = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("matches.title")}</h1>
      {loaderData.view === "noProfile" ? (
        <div className="card empty-state">
          <p>{t("matches.noProfile")}</p>
          <Link to="/me#profile" className="button">
            {t("matches.fillProfile")}
          </Link>
        </div>
      ) : loaderData.view === "noOffers" ? (
        <div className="card empty-state">
          <p>{t("matches.noOwnOffers")}</p>
          <Link to="/offers/new" className="button">
            {t("matches.newOffer")}
          </Link>
        </div>
      ) : loaderData.view === "mayor" ? (
        <MayorMatches data={loaderData} />
      ) : loaderData.view === "foreign" ? (
        <ForeignMatches data={loaderData} />
      ) : (
        <StaffMatches data={loaderData} />
      )}
      <details className="how">
        <summary>{t("match.how")}</summary>
        <p>{t("match.howText")}</p>
      </details>
    </>
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type ViewData<V> = Extract<LoaderData, { view: V }>;

interface CardItem {
  key: string | number;
  heading: React.ReactNode;
  meta: string;
  score: number;
  top: ReasonView[];
  all: ReasonView[];
  action?: React.ReactNode;
}

/** The layout every role's view shares: filters beside the ranked, explained list. */
function RankedList({
  lead,
  filters,
  notice,
  total,
  page,
  pages,
  minScoreError,
  empty,
  items,
  countText,
}: {
  countText?: string;
  lead: ReactNode;
  filters?: React.ReactNode;
  notice?: React.ReactNode;
  total: number;
  page: number;
  pages: number;
  minScoreError: string | null;
  empty: string;
  items: CardItem[];
}) {
  const t = useT();
  return (
    <>
      <p className="lead">{lead}</p>
      {notice}
      <div className="with-sidebar">
        <FilterForm titleId="match-filters" filterNames={FILTER_PARAMS}>
          {filters}
          <NumberFilter
            name="min"
            label={t("matches.minScore")}
            hint={t("matches.minScoreHint")}
            error={minScoreError}
          />
          <div className="actions">
            <button type="submit" className="primary">
              {t("offers.apply")}
            </button>
            <Link to="/matches">{t("offers.reset")}</Link>
          </div>
        </FilterForm>
        <section aria-labelledby="match-results">
          <h2 id="match-results" className="results-count">
            {countText ?? t("matches.results", { count: total })}
          </h2>
          {items.length === 0 ? (
            <p>{empty}</p>
          ) : (
            <ol className="match-list">
              {items.map(({ key, ...item }) => (
                <li key={key}>
                  <MatchCard {...item} />
                </li>
              ))}
            </ol>
          )}
          <Pagination page={page} pages={pages} />
        </section>
      </div>
    </>
  );
}

function MayorMatches({ data }: { data: ViewData<"mayor"> }) {
  const t = useT();
  return (
    <RankedList
      lead={t("matches.lead", { name: data.municipality.name })}
      notice={
        data.municipality.hasInterests ? null : (
          <p className="notice">
            {t("matches.noInterests")} <Link to="/me#profile">{t("matches.fillProfile")}</Link>
          </p>
        )
      }
      filters={
        <>
          <CountryAndTopicFilters countries={data.countryOptions} />
        </>
      }
      total={data.total}
      page={data.page}
      pages={data.pages}
      minScoreError={data.minScoreError}
      empty={t("matches.noOffers")}
      items={data.items.map((item) => ({
        key: item.id,
        heading: (
          <Link to={`/offers/${item.id}`} aria-label={t("matches.openOffer", { town: item.town })}>
            {item.town}
          </Link>
        ),
        meta: [item.countryName, item.region, t("offer.population", { count: item.population })]
          .filter(Boolean)
          .join(" · "),
        score: item.score,
        top: item.top,
        all: item.all,
        funding: item.funding,
        action: <PairAction item={item} />,
      }))}
    />
  );
}

/**
 * What the mayor can do with this request, by where the pair stands: partners already, a
 * contact under way (open it), or none yet, or only a closed one (write).
 */
function PairAction({ item }: { item: ViewData<"mayor">["items"][number] }) {
  const t = useT();
  if (item.partners) return <span className="badge badge-partners">{t("matches.partners")}</span>;
  const contact = item.contact;
  if (contact && (isOpen(contact.status) || isRevealed(contact.status)))
    return (
      <Link to={`/contacts/${contact.id}`} className="button secondary">
        {t("cta.interestSent", { status: t(`status.${contact.status}`) })}
      </Link>
    );
  return (
    <>
      {contact ? (
        <Link to={`/contacts/${contact.id}`} className="muted">
          {t("matches.previousContact", { status: t(`status.${contact.status}`) })}
        </Link>
      ) : null}{" "}
      <Link
        to={`/contacts/new?offer=${item.id}`}
        className="button secondary"
        aria-label={`${t("cta.interest")}: ${item.town}`}
      >
        {t("cta.interest")}
      </Link>
    </>
  );
}

/** Whether the municipality already lists this town as a partner (by place, else by name). */
function isPartnerOf(
  offer: { placeId: number | null; town: string; country: string },
  partnerships: readonly { placeId: number | null; town: string; country: string }[],
): boolean {
  const name = normalizeName(offer.town);
  return partnerships.some((p) =>
    p.placeId !== null && offer.placeId !== null
      ? p.placeId === offer.placeId
      : p.country === offer.country && normalizeName(p.town) === name,
  );
}

function ForeignMatches({ data }: { data: ViewData<"foreign"> }) {
  const t = useT();
  return (
    <RankedList
      lead={t("matches.leadForeign")}
      notice={
        data.offer.published ? null : <p className="notice">{t("matches.offerNotPublished")}</p>
      }
      filters={
        <>
          <div className="field">
            <label htmlFor="offer">{t("matches.offer")}</label>
            <select id="offer" name="offer" defaultValue={String(data.offer.id)}>
              {data.offers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.town}
                </option>
              ))}
            </select>
          </div>
          <label className="check">
            <input type="checkbox" name="profiles" value="1" defaultChecked={data.profilesOnly} />
            {t("matches.profilesOnly")}
          </label>
        </>
      }
      total={data.total}
      page={data.page}
      pages={data.pages}
      minScoreError={data.minScoreError}
      empty={t("matches.noMunicipalities")}
      items={data.items.map((item) => ({
        key: item.id,
        heading: (
          <>
            <Link
              to={`/municipalities/${item.id}`}
              aria-label={t("matches.openProfile", { name: item.name })}
            >
              {item.name}
            </Link>{" "}
            {item.hasProfile ? (
              <span className="badge profile">{t("directory.hasProfile")}</span>
            ) : (
              <span className="badge">{t("directory.noProfileShort")}</span>
            )}{" "}
            {item.verified ? <span className="badge verified">{t("profile.verified")}</span> : null}
          </>
        ),
        meta: [
          item.okres ? t("place.okres", { okres: item.okres }) : null,
          item.krajName,
          t("offer.population", { count: item.population }),
        ]
          .filter(Boolean)
          .join(" · "),
        score: item.score,
        top: item.top,
        all: item.all,
        action: data.offer.published ? (
          <Link
            to={`/contacts/new?municipality=${item.id}&offer=${data.offer.id}`}
            className="button secondary"
            aria-label={`${t("cta.interest")}: ${item.name}`}
          >
            {t("cta.interest")}
          </Link>
        ) : null,
      }))}
    />
  );
}

function StaffMatches({ data }: { data: ViewData<"staff"> }) {
  const t = useT();
  return (
    <RankedList
      lead={
        <>
          {t("matches.leadStaff")}{" "}
          {t(data.updating ? "matches.bestPairsUpdating" : "matches.bestPairsComputed", {
            time: data.computedAt,
          })}
        </>
      }
      countText={t("matches.bestPairsCount", {
        count: data.total,
        limit: data.limit,
      })}
      total={data.total}
      page={data.page}
      pages={data.pages}
      minScoreError={data.minScoreError}
      empty={t("matches.noOffers")}
      items={data.items.map((item) => ({
        key: item.key,
        heading: (
          <>
            <Link to={`/municipalities/${item.municipality.id}`}>{item.municipality.name}</Link> ↔{" "}
            <Link to={`/offers/${item.offer.id}`}>{item.offer.town}</Link>
          </>
        ),
        meta: item.offer.countryName,
        score: item.score,
        top: item.top,
        all: item.all,
        funding: item.funding,
        action: (
          <Link
            to={`/contacts/new?municipality=${item.municipality.id}&offer=${item.offer.id}`}
            className="button secondary"
            aria-label={`${t("cta.introduce")}: ${item.municipality.name} ↔ ${item.offer.town}`}
          >
            {t("cta.introduce")}
          </Link>
        ),
      }))}
    />
  );
}
