import { describe, expect, it } from "vitest";
import {
  median,
  parsePeriod,
  periodBounds,
  responseTimes,
  rollUpPartnerships,
  type FirstEvent,
} from "~/domain/stats";

const at = (hours: number) => new Date(Date.UTC(2025, 2, 10, 8) + hours * 3_600_000).toISOString();

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 6])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe("parsePeriod", () => {
  it("reads a four-digit year and falls back to all time", () => {
    expect(parsePeriod("2025")).toEqual({ kind: "year", year: 2025 });
    expect(periodBounds(parsePeriod("2025"))).toEqual({ from: "2025-01-01", to: "2026-01-01" });
    for (const junk of [null, "", "all", "25", "2025x", "0999"])
      expect(parsePeriod(junk)).toEqual({ kind: "all" });
    expect(periodBounds({ kind: "all" })).toBeNull();
  });
});

describe("responseTimes", () => {
  const ev = (contactId: number, action: string, hours: number): FirstEvent => ({
    contactId,
    action,
    at: at(hours),
  });

  it("measures review from creation and answers from the first forwarding", () => {
    const [review, answer] = responseTimes([
      ev(1, "create", 0),
      ev(1, "forward", 3),
      ev(1, "request_info", 27),
      ev(1, "accept", 50),
      ev(2, "create", 0),
      ev(2, "reject", 5),
      ev(3, "introduce", 0),
      ev(3, "accept_side", 10),
      ev(4, "create", 0),
    ]);
    expect(review).toEqual({ measure: "review", count: 2, medianHours: 4, waiting: 1 });
    // Contact 1: the question after 24 h is the first answer; the introduction: 10 h.
    expect(answer).toEqual({ measure: "answer", count: 2, medianHours: 17, waiting: 0 });
  });

  it("counts forwarded contacts without an answer as waiting, and an introduction needs no review", () => {
    const [review, answer] = responseTimes([
      ev(5, "introduce", 0),
      ev(6, "create", 0),
      ev(6, "forward", 1),
    ]);
    expect(review).toMatchObject({ count: 1, waiting: 0 });
    expect(answer).toEqual({ measure: "answer", count: 0, medianHours: null, waiting: 2 });
  });

  it("uses the earliest of repeated events", () => {
    const [review] = responseTimes([ev(7, "create", 0), ev(7, "forward", 8), ev(7, "forward", 2)]);
    expect(review?.medianHours).toBe(2);
  });
});

describe("rollUpPartnerships", () => {
  it("sums per country (most first) and per year (oldest first, unknown last)", () => {
    const { byCountry, byYear } = rollUpPartnerships([
      { country: "AT", year: null, count: 1 },
      { country: "AT", year: 2005, count: 1 },
      { country: "PL", year: 1998, count: 2 },
      { country: "PL", year: 2005, count: 1 },
      { country: "DE", year: 2005, count: 3 },
    ]);
    expect(byCountry).toEqual([
      { country: "DE", count: 3 },
      { country: "PL", count: 3 },
      { country: "AT", count: 2 },
    ]);
    expect(byYear).toEqual([
      { year: 1998, count: 2 },
      { year: 2005, count: 5 },
      { year: null, count: 1 },
    ]);
  });
});
