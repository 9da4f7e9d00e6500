import { describe, expect, it } from "vitest";
import { normalizeName } from "~/domain/normalize";

describe("normalizeName", () => {
  it.each([
    ["Wołomin", "wolomin"],
    ["WOLOMIN", "wolomin"],
    ["Plzeň", "plzen"],
    ["Ústí nad Labem", "usti nad labem"],
    ["Tromsø", "tromso"],
    ["Đakovo", "dakovo"],
    ["Straßburg", "strassburg"],
    ["Frýdek-Místek", "frydek mistek"],
    ["Luts’k", "lutsk"],
    ["  Hradec   Králové ", "hradec kralove"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it("returns an empty key for punctuation only", () => {
    expect(normalizeName(" - , ")).toBe("");
  });
});
