import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isCalendarDay, pragueDay, today } from "~/domain/dates";

describe("today", () => {
  it("is the Prague day: at 23:30 UTC in winter and at 22:30 UTC in summer it is already tomorrow", () => {
    expect(today(new Date("2031-01-15T22:59:00Z"))).toBe("2031-01-15");
    expect(today(new Date("2031-01-15T23:30:00Z"))).toBe("2031-01-16");
    expect(today(new Date("2031-07-15T21:59:00Z"))).toBe("2031-07-15");
    expect(today(new Date("2031-07-15T22:30:00Z"))).toBe("2031-07-16");
    expect(today(new Date("2031-07-15T22:30:00Z"))).toBe(
      pragueDay(new Date("2031-07-15T22:30:00Z")),
    );
  });
});

describe("daysBetween", () => {
  it("counts calendar days, forwards and backwards, across a month and a leap day", () => {
    expect(daysBetween("2028-02-27", "2028-03-01")).toBe(3);
    expect(daysBetween("2028-03-01", "2028-02-27")).toBe(-3);
    expect(daysBetween("2026-12-07", "2026-12-07")).toBe(0);
  });

  it("counts from an instant to a day to the nearest whole day", () => {
    expect(daysBetween("2026-10-04T22:15:43.126Z", "2026-10-10")).toBe(5);
    expect(daysBetween("2026-10-04T08:00:00Z", "2026-10-10")).toBe(6);
  });
});

describe("isCalendarDay", () => {
  it("takes real days only", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-2-1")).toBe(false);
  });
});

describe("addDays", () => {
  it("crosses months, leap days and years, both ways", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-06-15", 365)).toBe("2027-06-15");
  });

  it("is the inverse of daysBetween", () => {
    for (const n of [-400, -1, 0, 1, 29, 366])
      expect(daysBetween("2026-03-29", addDays("2026-03-29", n))).toBe(n);
  });
});
