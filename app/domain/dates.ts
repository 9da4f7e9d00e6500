// Calendar days as the users live them: in Prague, not in UTC (at 00:30 Prague
// time the UTC date is still yesterday).

// Built once: a new Intl formatter costs 30–120 µs, using one about 2 µs, and the
// funding line of a ranking asks for the day once per pair shown.
const PRAGUE_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Prague" });
const PRAGUE_HOUR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Prague",
  hour: "numeric",
  hourCycle: "h23",
});

/** YYYY-MM-DD in Europe/Prague. */
export function pragueDay(now: Date = new Date()): string {
  return PRAGUE_DAY.format(now);
}

/**
 * The product's "today": the calendar day in Prague. Offers expire at its end, matching
 * counts freshness by it, contacts, digests and the pages date themselves by it, so an
 * offer that expires "today" is gone from every list at the same Prague midnight.
 */
export function today(now: Date = new Date()): string {
  return pragueDay(now);
}

/** The hour 0–23 in Europe/Prague. */
export function pragueHour(now: Date = new Date()): number {
  return Number(PRAGUE_HOUR.format(now));
}

/**
 * Whole days from `from` to `to`: calendar days (YYYY-MM-DD, read as UTC midnight) or
 * instants (ISO timestamps), rounded to the nearest whole day.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The calendar day `days` after `day` (YYYY-MM-DD; negative: before). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A real YYYY-MM-DD day: Date.parse takes "2026-02-30" and rolls it over to March. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
