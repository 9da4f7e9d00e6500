import { describe, expect, it } from "vitest";
import { formToObject } from "~/domain/forms/common.server";
import { offerFormSchema } from "~/domain/forms/offer.server";
import { AddPartnershipSchema, CorrectPartnershipSchema } from "~/domain/forms/partnership.server";
import { ProfileFormSchema } from "~/domain/forms/profile.server";

const TODAY = "2026-11-25";

function offerInput(overrides: Record<string, unknown> = {}) {
  return {
    placeId: "754800",
    town: "Wołomin",
    country: "pl",
    region: "Masovia",
    population: "53 000",
    lat: "52.34",
    lon: "21.24",
    topics: ["environment", "culture"],
    openToAnyTopic: "",
    partnerMin: "",
    partnerMax: "",
    preferredKraje: [],
    languages: ["pl", "en"],
    description: "Miasto szuka partnera.",
    descriptionLang: "pl",
    descriptionCs: "",
    descriptionEn: "",
    contactName: "Anna Kowalska",
    contactEmail: "anna@wolomin.example",
    contactPhone: "+48 22 000 00 00",
    expiresOn: "2027-11-25",
    ...overrides,
  };
}

/** The first message per field, as the routes show it. */
function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe("offer form, every error in one round", () => {
  it("checks the range, the coordinates and the topics while other fields are wrong", () => {
    const result = offerFormSchema(TODAY).safeParse(
      offerInput({
        partnerMin: "5000",
        partnerMax: "1000",
        lon: "",
        topics: [],
        contactEmail: "nope",
        expiresOn: "2020-01-01",
      }),
    );
    expect(messages(result)).toMatchObject({
      partnerMax: "field.rangeOrder",
      lon: "field.coordsPair",
      topics: "field.topicsOrAny",
      contactEmail: expect.any(String),
      expiresOn: "field.expiryPast",
    });
  });
});

describe("offer form", () => {
  const schema = offerFormSchema(TODAY);

  it("accepts a complete request and normalizes it", () => {
    const result = schema.safeParse(offerInput());
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      country: "PL",
      population: 53_000,
      placeId: 754_800,
      lat: 52.34,
      openToAnyTopic: false,
    });
  });

  it.each([
    [{ town: "" }, "town", "field.required"],
    [{ town: "x".repeat(121) }, "town", "field.tooLong:120"],
    [{ population: "0" }, "population", "field.population"],
    [{ population: "-5" }, "population", "field.population"],
    [{ population: "99999999999" }, "population", "field.population"],
    [{ population: "lots" }, "population", "field.population"],
    [{ partnerMin: "5000", partnerMax: "1000" }, "partnerMax", "field.rangeOrder"],
    [{ expiresOn: "2026-11-25" }, "expiresOn", "field.expiryPast"],
    [{ expiresOn: "2029-01-01" }, "expiresOn", "field.expiryTooFar"],
    [{ expiresOn: "next year" }, "expiresOn", "field.date"],
    [{ topics: ["gardening"] }, "topics", "field.interest"],
    [{ topics: [] }, "topics", "field.topicsOrAny"],
    [{ lat: "91" }, "lat", "field.lat"],
    [{ lon: "-181" }, "lon", "field.lon"],
    [{ lon: "" }, "lon", "field.coordsPair"],
    [{ country: "CZ" }, "country", "field.country"],
    [{ country: "US" }, "country", "field.country"],
    [{ contactEmail: "not-an-email" }, "contactEmail", "field.email"],
    [{ contactPhone: "call me maybe" }, "contactPhone", "field.phone"],
    [{ description: "y".repeat(4001) }, "description", "field.tooLong:4000"],
    [{ preferredKraje: ["CZ-99"] }, "preferredKraje", "field.kraj"],
  ])("refuses %o on %s", (overrides, field, message) => {
    const result = schema.safeParse(offerInput(overrides));
    expect(result.success).toBe(false);
    expect(messages(result)[field]).toBe(message);
  });

  it("accepts no topics when open to any topic", () => {
    expect(schema.safeParse(offerInput({ topics: [], openToAnyTopic: "on" })).success).toBe(true);
  });

  it("keeps HTML as plain text (rendering escapes it)", () => {
    const result = schema.safeParse(offerInput({ description: "<script>alert(1)</script>" }));
    expect(result.data?.description).toBe("<script>alert(1)</script>");
  });
});

describe("profile form", () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    interests: ["culture"],
    languages: ["de"],
    description: "",
    seeksCountries: ["at"],
    seeksAnyCountry: "",
    partnerMin: "",
    partnerMax: "",
    contactName: "Jan Novák",
    contactRole: "starosta",
    contactEmail: "starosta@horni-dolni.example",
    contactPhone: "",
    ...overrides,
  });

  it("accepts a profile, always with Czech; partnerships are the registry's, not the profile's", () => {
    const result = ProfileFormSchema.safeParse(input());
    expect(result.success).toBe(true);
    expect(result.data?.languages).toEqual(["cs", "de"]);
    expect(result.data?.seeksCountries).toEqual(["AT"]);
    expect(result.data).not.toHaveProperty("partnerships");
  });

  it("does not read the register's fields, even when a forged form sends them", () => {
    const result = ProfileFormSchema.safeParse(
      input({ name: "Praha", kraj: "CZ-10", population: "1", lat: "0", lon: "0" }),
    );
    expect(result.success).toBe(true);
    for (const field of ["name", "kraj", "population", "lat", "lon", "placeId"])
      expect(result.data).not.toHaveProperty(field);
  });

  it.each([
    [{ partnerMin: "5000", partnerMax: "100" }, "partnerMax", "field.rangeOrder"],
    [{ interests: [] }, "interests", "field.interestsMin"],
    [{ seeksCountries: ["XX"] }, "seeksCountries", "field.country"],
  ])("refuses %o on %s", (overrides, field, message) => {
    const result = ProfileFormSchema.safeParse(input(overrides));
    expect(result.success).toBe(false);
    expect(messages(result)[field]).toBe(message);
  });

  // A cross-field rule used to wait until every other field was right: two rounds of errors.
  it("reports every error in one round, the size range's order among them", () => {
    const result = ProfileFormSchema.safeParse(
      input({
        partnerMin: "5000",
        partnerMax: "100",
        contactEmail: "not an address",
        interests: [],
      }),
    );
    expect(messages(result)).toMatchObject({
      partnerMax: "field.rangeOrder",
      contactEmail: expect.any(String),
      interests: "field.interestsMin",
    });
  });

  it("does not compare a range whose own fields are wrong", () => {
    const result = ProfileFormSchema.safeParse(input({ partnerMin: "many", partnerMax: "100" }));
    expect(messages(result)).toEqual({ partnerMin: "field.population" });
  });
});

describe("partnership forms", () => {
  it("adds a town abroad with an optional year", () => {
    expect(AddPartnershipSchema.parse({ town: " Kłodzko ", country: "pl", sinceYear: "" })).toEqual(
      { town: "Kłodzko", country: "PL", sinceYear: null },
    );
    expect(
      AddPartnershipSchema.parse({ town: "Bogen", country: "DE", sinceYear: "1996" }).sinceYear,
    ).toBe(1996);
  });

  it.each([
    [{ town: "", country: "AT", sinceYear: "" }, "town", "field.required"],
    [{ town: "Weitra", country: "CZ", sinceYear: "" }, "country", "field.country"],
    [{ town: "Weitra", country: "XX", sinceYear: "" }, "country", "field.country"],
    [{ town: "Weitra", country: "AT", sinceYear: "1800" }, "sinceYear", "field.partnershipYear"],
    [{ town: "Weitra", country: "AT", sinceYear: "2999" }, "sinceYear", "field.partnershipYear"],
    [{ town: "Weitra", country: "AT", sinceYear: "19a8" }, "sinceYear", "field.partnershipYear"],
  ])("refuses %o on %s", (input, field, message) => {
    const result = AddPartnershipSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(messages(result)[field]).toBe(message);
  });

  it("corrects the year and the state, and nothing else", () => {
    expect(
      CorrectPartnershipSchema.parse({ id: "4", sinceYear: "1991", state: "dormant" }),
    ).toEqual({
      id: 4,
      sinceYear: 1991,
      state: "dormant",
    });
    const wrong = CorrectPartnershipSchema.safeParse({ id: "4", sinceYear: "", state: "gone" });
    expect(messages(wrong).state).toBe("field.required");
  });
});

describe("formToObject", () => {
  it("keeps repeated fields as lists and the rest as strings", () => {
    const form = new FormData();
    form.append("topics", "culture");
    form.append("topics", "youth");
    form.append("town", "Zittau");
    expect(formToObject(form, ["topics", "languages"])).toEqual({
      topics: ["culture", "youth"],
      town: "Zittau",
      languages: [],
    });
  });
});

describe("names keep what they show", () => {
  it.each([
    ["a right-to-left override", "Kłodzko\u202Eokzdołk"],
    ["a left-to-right isolate", "\u2066Kłodzko\u2069"],
    ["a zero-width space", "Kło\u200Bdzko"],
    ["a byte-order mark inside", "Kło\uFEFFdzko"],
  ])("refuses %s in a town's name", (_, town) => {
    const parsed = offerFormSchema(TODAY).safeParse(offerInput({ town }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === "town")?.message).toBe(
      "field.hiddenCharacters",
    );
  });

  it("takes names in any script and with their marks", () => {
    for (const town of [
      "Kłodzko",
      "Львів",
      "Nové Město nad Metují",
      "Sankt Georgen an der Stiefing",
    ]) {
      expect(offerFormSchema(TODAY).safeParse(offerInput({ town })).success).toBe(true);
    }
  });
});
