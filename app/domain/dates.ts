// Calendar days as the users live them: in Prague, not in UTC (at 00:30 Prague
// time the UTC date is still yesterday).

/** YYYY-MM-DD in Europe/Prague. */
export function pragueDay(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Prague" }).format(now);
}

/** The hour 0–23 in Europe/Prague. */
export function pragueHour(now: Date = new Date()): number {
  return Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Prague",
      hour: "numeric",
      hourCycle: "h23",
    }).format(now),
  );
}

/** A real YYYY-MM-DD day: Date.parse takes "2026-02-30" and rolls it over to March. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
