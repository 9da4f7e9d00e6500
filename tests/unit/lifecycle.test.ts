import { describe, expect, it } from "vitest";
import {
  addMonths,
  allowedOfferActions,
  allowedProfileActions,
  expiryReminder,
  OFFER_RULES,
} from "~/domain/lifecycle";

describe("offer lifecycle", () => {
  it("lets authors submit drafts and fixed requests, never publish", () => {
    expect(allowedOfferActions("draft", "author")).toEqual(["submit", "close"]);
    expect(allowedOfferActions("changes_requested", "author")).toEqual(["submit", "close"]);
    expect(allowedOfferActions("pending", "author")).toEqual(["close"]);
    for (const status of Object.keys(OFFER_RULES)) {
      expect(allowedOfferActions(status as never, "author")).not.toContain("approve");
    }
  });
  it("lets staff approve, request changes and reject pending requests", () => {
    expect(allowedOfferActions("pending", "staff")).toEqual([
      "approve",
      "request_changes",
      "reject",
      "close",
    ]);
  });
  it("renews published and expired requests, and only the system expires them", () => {
    expect(allowedOfferActions("expired", "author")).toContain("renew");
    expect(allowedOfferActions("published", "author")).toContain("renew");
    expect(allowedOfferActions("published", "system")).toEqual(["expire"]);
    expect(allowedOfferActions("published", "staff")).not.toContain("expire");
  });
  it("keeps rejected and closed requests closed", () => {
    expect(allowedOfferActions("rejected", "author")).toEqual([]);
    expect(allowedOfferActions("closed", "staff")).toEqual([]);
  });
});

describe("profile lifecycle", () => {
  it("is moderated by staff only", () => {
    expect(allowedProfileActions("pending", "author")).toEqual(["submit"]);
    expect(allowedProfileActions("pending", "staff")).toEqual([
      "approve",
      "request_changes",
      "reject",
    ]);
  });
});

describe("dates", () => {
  it("adds months, clamping to the end of shorter months", () => {
    expect(addMonths("2026-11-25", 12)).toBe("2027-11-25");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-12-31", 2)).toBe("2028-02-29");
  });
  it("tells which expiry reminder is due", () => {
    expect(expiryReminder("2026-12-31", "2026-11-25")).toBeNull();
    expect(expiryReminder("2026-12-25", "2026-11-25")).toBe(30);
    expect(expiryReminder("2026-12-02", "2026-11-25")).toBe(7);
    expect(expiryReminder("2026-11-25", "2026-11-25")).toBe(7);
    expect(expiryReminder("2026-11-24", "2026-11-25")).toBeNull();
  });
});
