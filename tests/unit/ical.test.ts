import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, toCalendar } from "~/features/funding/ical";

describe("escapeText", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b; c, d\ne")).toBe("a\\\\b\\; c\\, d\\ne");
  });
});

describe("foldLine", () => {
  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:Krátké")).toBe("SUMMARY:Krátké");
  });
  it("folds at 75 octets without splitting a Czech letter", () => {
    const line = `SUMMARY:${"ž".repeat(100)}`;
    const parts = foldLine(line).split("\r\n");
    const encoder = new TextEncoder();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });
});

describe("toCalendar", () => {
  const text = toCalendar("Výzvy a akce", [
    {
      uid: "event-forum@spolu",
      stamp: "2026-12-01T10:00:00.000Z",
      start: "2027-02-27",
      end: "2027-03-01",
      summary: "Fórum; měst, obcí",
      description: "Řádek 1\nŘádek 2",
      location: "Kraków, Polsko",
      url: "https://example.org/forum",
    },
  ]);

  it("uses CRLF line ends", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("parses back to the same entry, the last day included", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Výzvy a akce");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe("event-forum@spolu");
    expect(event.summary).toBe("Fórum; měst, obcí");
    expect(event.description).toBe("Řádek 1\nŘádek 2");
    expect(event.startDate.toString()).toBe("2027-02-27");
    // Across the month end: the exclusive end is 2 March.
    expect(event.endDate.toString()).toBe("2027-03-02");
  });
});
