import { describe, expect, it } from "vitest";
import { KRAJE, krajByCode, krajFromGeonamesAdmin1 } from "~/domain/kraje";

describe("kraje", () => {
  it("are the 14 Czech regions with unique codes", () => {
    expect(KRAJE).toHaveLength(14);
    expect(new Set(KRAJE.map((k) => k.code)).size).toBe(14);
    expect(new Set(KRAJE.map((k) => k.geonamesAdmin1)).size).toBe(14);
  });
  it.each([
    ["52", "Hlavní město Praha"],
    ["78", "Jihomoravský kraj"],
    ["80", "Kraj Vysočina"],
    ["85", "Moravskoslezský kraj"],
    ["90", "Zlínský kraj"],
  ])("GeoNames admin1 %s is %s", (admin1, name) => {
    expect(krajFromGeonamesAdmin1(admin1)?.cs).toBe(name);
  });
  it("knows no admin1 outside the list", () => {
    expect(krajFromGeonamesAdmin1("00")).toBeUndefined();
    expect(krajByCode("CZ-99")).toBeUndefined();
  });
});
