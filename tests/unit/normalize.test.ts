import { describe, expect, it } from "vitest";
import { normalizeName, searchKeys } from "~/domain/normalize";

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
    // Other scripts meet the towns' Latin names (issue 17).
    ["Львів", "lviv"],
    ["Київ", "kyiv"],
    ["Харків", "kharkiv"],
    ["Луцьк", "lutsk"],
    ["Чернігів", "chernihiv"],
    ["Одеса", "odesa"],
    ["Москва", "moskva"],
    ["Београд", "beograd"],
    ["Нови Сад", "novi sad"],
    ["Пловдив", "plovdiv"],
    ["Αθήνα", "athina"],
    ["Θεσσαλονίκη", "thessaloniki"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it("returns an empty key for punctuation only", () => {
    expect(normalizeName(" - , ")).toBe("");
  });

  it("searches Cyrillic that may or may not be Ukrainian in both readings", () => {
    expect(searchKeys("Житомир")).toEqual(["zhitomir", "zhytomyr"]);
    expect(searchKeys("Београд")).toEqual(["beograd", "beohrad"]);
    expect(searchKeys("Чернігів")).toEqual(["chernihiv"]);
    expect(searchKeys("Plzeň")).toEqual(["plzen"]);
    expect(searchKeys(" - ")).toEqual([]);
  });
});
