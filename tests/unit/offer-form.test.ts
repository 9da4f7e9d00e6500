import { describe, expect, it } from "vitest";
import { newOfferValues, offerCountryOptions } from "~/features/offers/form.server";

describe("a new request's form", () => {
  it("expects the description in the author's language, a working language beside English", () => {
    expect(newOfferValues("pl")).toMatchObject({ descriptionLang: "pl", languages: ["pl", "en"] });
    expect(newOfferValues("uk")).toMatchObject({ descriptionLang: "uk", languages: ["uk", "en"] });
    expect(newOfferValues("en")).toMatchObject({ descriptionLang: "en", languages: ["en"] });
  });

  it("lists the countries by their names in the reader's language, in its order", () => {
    const german = offerCountryOptions("de").map((c) => c.name);
    expect(german).toContain("Polen");
    expect(german).toEqual([...german].sort((a, b) => a.localeCompare(b, "de")));
    expect(offerCountryOptions("de").some((c) => c.code === "CZ")).toBe(false);
  });
});
