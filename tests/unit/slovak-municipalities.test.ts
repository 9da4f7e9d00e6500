import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  pairWithGeonames,
  parseSlovakMunicipalities,
  slovakPlaceId,
  SLOVAK_ID_BASE,
  type GeonamesTown,
  type SlovakMunicipality,
} from "~/domain/slovak-municipalities";

const FILE = fs.readFileSync("db/data/slovak-municipalities.csv", "utf8");
const HEADER = "code,name,kind,okres,kraj,population,population_date,lat,lon,ico";

describe("parseSlovakMunicipalities", () => {
  const parsed = parseSlovakMunicipalities(FILE);

  it("reads the bundled list: 2,746 obce and 141 mestá, the 3 military districts left out", () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.skipped).toBe(3);
    expect(parsed.entries).toHaveLength(2_887);
    expect(parsed.entries.filter((e) => e.kind === "obec")).toHaveLength(2_746);
    expect(parsed.entries.filter((e) => e.kind === "mesto")).toHaveLength(141);
    // ŠÚ SR's 5,419,451 inhabitants on 31 December 2024, less the 152 of the military districts.
    expect(parsed.entries.reduce((sum, e) => sum + e.population, 0)).toBe(5_419_451 - 152);
    expect(new Set(parsed.entries.map((e) => e.kraj)).size).toBe(8);
    expect(parsed.entries.find((e) => e.code === "527734")).toEqual({
      code: "527734",
      name: "Príkra",
      kind: "obec",
      okres: "Svidník",
      kraj: "Prešovský kraj",
      population: 11,
      populationDate: "2024-12-31",
      lat: 49.36323,
      lon: 21.74439,
      ico: "00330892",
    });
  });

  it("gives ids above every GeoNames id that fit a PostgreSQL integer", () => {
    const ids = parsed.entries.map((e) => slovakPlaceId(e.code));
    expect(Math.min(...ids)).toBeGreaterThan(SLOVAK_ID_BASE + 500_000);
    expect(Math.max(...ids)).toBeLessThan(2 ** 31 - 1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads a BOM, CRLF, quoted cells and extra columns", () => {
    const result = parseSlovakMunicipalities(
      `\uFEFF${HEADER},lau_code\r\n` +
        '504556,"Malé Leváre",obec,Malacky,Bratislavský kraj,1819,2024-12-31,48.5049,16.95605,00309711,SK0106504556\r\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => [e.name, e.okres, e.population])).toEqual([
      ["Malé Leváre", "Malacky", 1_819],
    ]);
  });

  it("names every bad line and keeps none of them", () => {
    const result = parseSlovakMunicipalities(
      [
        HEADER,
        "504556,Malé Leváre,obec,Malacky,Bratislavský kraj,1819,2024-12-31,48.5049,16.95605,00309711",
        "404556,X,obec,Malacky,Bratislavský kraj,1,2024-12-31,48.5,17,00309711",
        "504557,,dedina,,Bratislavský kraj,-1,31.12.2024,50,12,123",
        "504556,Malé Leváre,obec,Malacky,Bratislavský kraj,1819,2024-12-31,48.5049,16.95605,00309711",
        "500267,Záhorie (vojenský obvod),vojenský obvod,Malacky,Bratislavský kraj,,2024-12-31,48.48,17.15,",
        "504558,Short",
      ].join("\n"),
    );
    expect(result.problems).toEqual([
      'line 3: code must be the 6-digit ŠÚ SR code 5xxxxx (got "404556")',
      "line 4: name must be 1–80 printable characters",
      'line 4: kind "dedina" is not obec, mesto or vojenský obvod',
      "line 4: okres must be 1–80 characters",
      'line 4: population must be a whole number ≥ 0 (got "-1")',
      'line 4: population_date must be YYYY-MM-DD (got "31.12.2024")',
      'line 4: lat must be a number between 47.6 and 49.7 (got "50")',
      'line 4: lon must be a number between 16.8 and 22.6 (got "12")',
      'line 4: ico must be 8 digits (got "123")',
      "line 5: code 504556 is also on line 2",
      "line 7: 2 cells under 10 columns",
    ]);
    expect(result.skipped).toBe(1);
    expect(result.entries.map((e) => e.code)).toEqual(["504556"]);
  });

  it("says which columns a file lacks", () => {
    expect(parseSlovakMunicipalities("code,name\n504556,Malé Leváre\n").problems).toEqual([
      "the header lacks kind, okres, kraj, population, population_date, lat, lon, ico",
    ]);
    expect(parseSlovakMunicipalities("").problems).toEqual(["the file is empty"]);
  });
});

describe("pairWithGeonames", () => {
  const municipality = (
    code: string,
    name: string,
    lat: number,
    lon: number,
  ): SlovakMunicipality => ({
    code,
    name,
    kind: "obec",
    okres: "Okres",
    kraj: "Kraj",
    population: 100,
    populationDate: "2024-12-31",
    lat,
    lon,
    ico: "00000000",
  });
  const town = (
    id: number,
    name: string,
    lat: number,
    lon: number,
    municipalityCode: string | null = null,
    alternates: string[] = [],
  ): GeonamesTown => ({ id, name, lat, lon, municipalityCode, alternates });

  const hrusovNorth = municipality("516040", "Hrušov", 48.13, 19.42);
  const hrusovEast = municipality("525758", "Hrušov", 48.56, 20.58);
  const bratislava = municipality("582000", "Bratislava", 48.149, 17.119);
  const vrbova = municipality("501409", "Vrbová nad Váhom", 47.854, 18.059);
  const tatry = municipality("560103", "Vysoké Tatry", 49.18, 20.25);
  const all = [hrusovNorth, hrusovEast, bratislava, vrbova, tatry];

  it("pairs by the municipality code GeoNames gives, else by name and distance", () => {
    const { paired, unpaired } = pairWithGeonames(all, [
      town(1, "Hrusov", 48.56, 20.57, "525758"),
      // Bratislava and Košice are whole cities here: GeoNames has no code for them.
      town(2, "Bratislava", 48.148, 17.107, null, ["Pressburg"]),
      town(3, "Vágfüzes", 47.85, 18.06, "501409", ["Vrbova nad Vahom", "Vrbová nad Váhom"]),
      // Same name, 300 km away and no code: another village.
      town(4, "Bratislava", 49.5, 21.5),
    ]);
    expect(paired.get("525758")?.id).toBe(1);
    expect(paired.has("516040")).toBe(false);
    expect(paired.get("582000")?.id).toBe(2);
    expect(paired.get("501409")?.id).toBe(3);
    expect(unpaired.map((t) => t.id)).toEqual([4]);
  });

  it("pairs one town with one municipality, the nearest", () => {
    const { paired, unpaired } = pairWithGeonames(all, [
      town(5, "Bratislava", 48.2, 17.2),
      town(6, "Bratislava", 48.15, 17.12),
    ]);
    expect(paired.get("582000")?.id).toBe(6);
    expect(unpaired.map((t) => t.id)).toEqual([5]);
  });

  it("keeps places inside a municipality as its parts", () => {
    const { paired, parts, unpaired } = pairWithGeonames(all, [
      town(7, "Vysoké Tatry", 49.136, 20.243, "560103"),
      town(8, "Tatranská Lomnica", 49.165, 20.28, "560103"),
      town(9, "Devínska Nová Ves", 48.21, 16.98, "529371"),
    ]);
    expect(paired.get("560103")?.id).toBe(7);
    expect(parts.get("560103")?.map((t) => t.name)).toEqual(["Tatranská Lomnica"]);
    expect(unpaired.map((t) => t.name)).toEqual(["Devínska Nová Ves"]);
  });
});
