// The registry's URL (/partnerships, /api/partnerships, /partnerships.csv): plain
// parameters, so a filtered view can be bookmarked and the form works without
// JavaScript. Values that mean nothing are reported by name.
import { isEuropeanCountry } from "../europe";
import { krajByCode } from "../kraje";

export interface PartnershipQuery {
  /** ISO code of the partner's country. */
  country?: string;
  /** ISO 3166-2 code of the Czech municipality's kraj. */
  kraj?: string;
  /** true: confirmed by the municipality or the union; false: as the public lists have it. */
  verified?: boolean;
}

export type PartnershipProblems = Partial<Record<"country" | "kraj" | "verified", string>>;

export function parsePartnershipQuery(params: URLSearchParams): {
  query: PartnershipQuery;
  problems: PartnershipProblems;
} {
  const query: PartnershipQuery = {};
  const problems: PartnershipProblems = {};
  const value = (name: string) => params.get(name)?.trim() || undefined;
  const country = value("country")?.toUpperCase();
  if (country) {
    if (isEuropeanCountry(country) && country !== "CZ") query.country = country;
    else problems.country = country.slice(0, 20);
  }
  const kraj = value("kraj")?.toUpperCase();
  if (kraj) {
    if (krajByCode(kraj)) query.kraj = kraj;
    else problems.kraj = kraj.slice(0, 20);
  }
  const verified = value("verified");
  if (verified === "1" || verified === "yes") query.verified = true;
  else if (verified === "0" || verified === "no") query.verified = false;
  else if (verified) problems.verified = verified.slice(0, 20);
  return { query, problems };
}
