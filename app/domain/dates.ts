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
