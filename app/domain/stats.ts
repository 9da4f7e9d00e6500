// Pure pieces of the staff statistics (app/models/stats.server.ts runs the SQL):
// the period, medians, the two response times of a contact, and partnerships
// rolled up by country and by year.
import type { ContactStatus, OfferStatus } from "~/domain/statuses";
import { CONTACT_STATES } from "./contact-lifecycle";

/** Every offer status, in the order of the lifecycle: the charts show zeros too. */
export const OFFER_STATUSES: readonly OfferStatus[] = [
  "draft",
  "pending",
  "changes_requested",
  "published",
  "rejected",
  "expired",
  "closed",
];
export const CONTACT_STATUSES: readonly ContactStatus[] = CONTACT_STATES;

/** All time, or one calendar year (UTC) of when things were created or signed. */
export type StatsPeriod = { kind: "all" } | { kind: "year"; year: number };

export const ALL_TIME: StatsPeriod = { kind: "all" };

/** `?year=2026` → that year; anything else (missing, "all", junk) → all time. */
export function parsePeriod(value: string | null | undefined): StatsPeriod {
  if (!value || !/^\d{4}$/.test(value)) return ALL_TIME;
  const year = Number(value);
  return year >= 1900 && year <= 2999 ? { kind: "year", year } : ALL_TIME;
}

export function periodParam(period: StatsPeriod): string {
  return period.kind === "all" ? "all" : String(period.year);
}

/** ISO timestamps of the period: [from, to) for text comparison; null for all time. */
export function periodBounds(period: StatsPeriod): { from: string; to: string } | null {
  if (period.kind === "all") return null;
  return { from: `${period.year}-01-01`, to: `${period.year + 1}-01-01` };
}

/** The middle value (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const HOUR_MS = 3_600_000;

export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / HOUR_MS;
}

/**
 * The audit actions that start and end each measured wait. A contact's clock starts at
 * `create` (a town wrote) or `introduce` (staff proposed, already forwarded). Review: from
 * `create` to staff's first decision (`forward` or `reject`). Answer: from the first
 * forwarding (`forward` or `introduce`) to the recipient's first answer (`accept`, one side's
 * `accept_side` of an introduction, `decline`, `request_info`), whether the town answered
 * itself or staff answered for a town without an account.
 */
export const RESPONSE_ACTIONS = {
  created: ["create"],
  reviewed: ["forward", "reject"],
  forwarded: ["forward", "introduce"],
  answered: ["accept", "accept_side", "decline", "request_info"],
} as const;

export const MEASURED_ACTIONS: readonly string[] = [
  ...new Set(Object.values(RESPONSE_ACTIONS).flat()),
];

/** The first time each audit action happened to one contact. */
export interface FirstEvent {
  contactId: number;
  action: string;
  at: string;
}

export interface ResponseTime {
  measure: "review" | "answer";
  /** Contacts whose wait ended (a decision, an answer). */
  count: number;
  /** Median hours of those waits; null when there are none. */
  medianHours: number | null;
  /** Contacts whose clock started but that still wait. */
  waiting: number;
}

function earliest(times: (string | undefined)[]): string | undefined {
  return times.filter((t): t is string => t !== undefined).sort()[0];
}

/** Review and answer times from the first events of each contact (see RESPONSE_ACTIONS). */
export function responseTimes(events: readonly FirstEvent[]): ResponseTime[] {
  const byContact = new Map<number, Map<string, string>>();
  for (const e of events) {
    const actions = byContact.get(e.contactId) ?? new Map<string, string>();
    const seen = actions.get(e.action);
    if (seen === undefined || e.at < seen) actions.set(e.action, e.at);
    byContact.set(e.contactId, actions);
  }
  const measure = (
    name: ResponseTime["measure"],
    start: readonly string[],
    end: readonly string[],
  ): ResponseTime => {
    const hours: number[] = [];
    let waiting = 0;
    for (const actions of byContact.values()) {
      const from = earliest(start.map((a) => actions.get(a)));
      const to = earliest(end.map((a) => actions.get(a)));
      if (from === undefined) continue;
      if (to === undefined) waiting += 1;
      else if (to >= from) hours.push(hoursBetween(from, to));
    }
    return { measure: name, count: hours.length, medianHours: median(hours), waiting };
  };
  const { created, reviewed, forwarded, answered } = RESPONSE_ACTIONS;
  return [measure("review", created, reviewed), measure("answer", forwarded, answered)];
}

export interface CountryYearCount {
  country: string;
  /** The year of signing, null when nobody recorded it. */
  year: number | null;
  count: number;
}

/** Partnerships per country (most first, then by code) and per year (oldest first, unknown last). */
export function rollUpPartnerships(rows: readonly CountryYearCount[]) {
  const countries = new Map<string, number>();
  const years = new Map<number | null, number>();
  for (const r of rows) {
    countries.set(r.country, (countries.get(r.country) ?? 0) + r.count);
    years.set(r.year, (years.get(r.year) ?? 0) + r.count);
  }
  const byCountry = [...countries]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
  const byYear = [...years]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  return { byCountry, byYear };
}
