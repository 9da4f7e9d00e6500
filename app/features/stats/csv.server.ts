// The CSV files of /admin/stats: four aggregates and three row-level exports.
// Column names are stable (reports and spreadsheets rely on them): codes for
// statuses and countries, a `label` column in the reader's language beside them,
// ISO dates as stored (UTC). Nothing private is selected (see stats.server.ts).
import type { Kysely } from "kysely";
import type { ContactStatus, Database, Locale, OfferStatus } from "../../../db/schema";
import { translator } from "~/i18n";
import {
  contactResponseTimes,
  contactRows,
  contactsByStatus,
  offerRows,
  offersByStatus,
  partnershipRows,
  partnershipsByCountryYear,
  type StatusCount,
} from "~/models/stats.server";
import type { StatsPeriod } from "~/domain/stats";
import { countryName } from "../../i18n/countries.server";
import type { CsvCell } from "../../utils/csv";

export interface CsvTable {
  header: readonly string[];
  rows: CsvCell[][];
}

type Export = (db: Kysely<Database>, period: StatsPeriod, locale: Locale) => Promise<CsvTable>;

/** Hours to one decimal place: the precision a report needs, and stable across dialects. */
function roundHours(hours: number | null): number | null {
  return hours === null ? null : Math.round(hours * 10) / 10;
}

async function statusCsv(
  counts: Promise<StatusCount<OfferStatus | ContactStatus>[]>,
  locale: Locale,
): Promise<CsvTable> {
  const t = translator(locale);
  return {
    header: ["status", "label", "count"],
    rows: (await counts).map((r) => [r.status, t(`status.${r.status}`), r.count]),
  };
}

export const STATS_EXPORTS = {
  "offers-by-status": (db, period, locale) => statusCsv(offersByStatus(db, period), locale),
  "contacts-by-status": (db, period, locale) => statusCsv(contactsByStatus(db, period), locale),
  "response-times": async (db, period, locale) => {
    const t = translator(locale);
    const rows = await contactResponseTimes(db, period);
    return {
      header: ["measure", "label", "count", "median_hours", "waiting"],
      rows: rows.map((r) => [
        r.measure,
        t(`stats.response.${r.measure}`),
        r.count,
        roundHours(r.medianHours),
        r.waiting,
      ]),
    };
  },
  "partnerships-by-country-year": async (db, period, locale) => {
    const rows = await partnershipsByCountryYear(db, period);
    return {
      header: ["country", "country_name", "year", "count"],
      rows: rows.map((r) => [r.country, countryName(r.country, locale), r.year, r.count]),
    };
  },
  offers: async (db, period) => {
    const rows = await offerRows(db, period);
    return {
      header: [
        "id",
        "town",
        "region",
        "country",
        "population",
        "status",
        "source",
        "author_role",
        "created_at",
        "published_at",
        "updated_at",
        "expires_on",
        "source_date",
      ],
      rows: rows.map((r) => [
        r.id,
        r.town,
        r.region,
        r.country,
        r.population,
        r.status,
        r.source,
        // Staff entered it for a town without an account.
        r.authorRole ?? "none",
        r.createdAt,
        r.publishedAt,
        r.updatedAt,
        r.expiresOn,
        r.sourceDate,
      ]),
    };
  },
  contacts: async (db, period) => {
    const rows = await contactRows(db, period);
    return {
      header: [
        "id",
        "initiator",
        "municipality_id",
        "municipality",
        "offer_id",
        "offer_town",
        "offer_country",
        "status",
        "created_at",
        "first_forwarded_at",
        "first_response_at",
        "updated_at",
      ],
      rows: rows.map((r) => [
        r.id,
        r.initiator,
        r.municipalityId,
        r.municipality,
        r.offerId,
        r.offerTown,
        r.offerCountry,
        r.status,
        r.createdAt,
        r.firstForwardedAt,
        r.firstResponseAt,
        r.updatedAt,
      ]),
    };
  },
  partnerships: async (db, period) => {
    const rows = await partnershipRows(db, period);
    return {
      header: [
        "id",
        "municipality_id",
        "municipality",
        "municipality_country",
        "partner_town",
        "partner_country",
        "since_year",
        "source",
        "status",
        "contact_id",
        "created_at",
      ],
      rows: rows.map((r) => [
        r.id,
        r.municipalityId,
        r.municipality,
        "CZ",
        r.partnerTown,
        r.partnerCountry,
        r.sinceYear,
        r.source,
        r.status,
        r.contactId,
        r.createdAt,
      ]),
    };
  },
} satisfies Record<string, Export>;

export type StatsExportName = keyof typeof STATS_EXPORTS;

export const STATS_EXPORT_NAMES = Object.keys(STATS_EXPORTS) as StatsExportName[];

export function isStatsExport(name: string): name is StatsExportName {
  return Object.hasOwn(STATS_EXPORTS, name);
}
