import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryQuery } from "~/domain/forms/directory";
import { krajFromNuts } from "~/domain/kraje";
import { czechSortKey } from "~/domain/normalize";
import { isComplete, parseDelimited, parseRegister, sizeBand } from "~/domain/register";

const REGISTER = fs.readFileSync("db/data/czech-municipalities.csv", "utf8");

describe("parseRegister", () => {
  it("reads the bundled register: 6,254 complete entries, the military districts left out", () => {
    const parsed = parseRegister(REGISTER);
    expect(parsed.problems).toEqual([]);
    expect(parsed.skipped).toBe(4);
    expect(parsed.entries).toHaveLength(6_254);
    expect(parsed.entries.every(isComplete)).toBe(true);
    expect(parsed.entries.find((e) => e.code === "540200")).toEqual({
      code: "540200",
      name: "Kozlovice",
      kind: "obec",
      okresCode: "3406",
      okres: "Plzeň-jih",
      orp: "Nepomuk",
      kraj: "CZ-32",
      population: 101,
      populationDate: "2025-01-01",
      lat: 49.465088,
      lon: 13.582865,
      ico: "00574295",
    });
  });

  it("reads a partial file with semicolons, a BOM, CRLF and quoted cells", () => {
    const parsed = parseRegister('\uFEFFcode;population;"name"\r\n540200;"1 234";"Kozlovice"\r\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.columns).toEqual(["code", "name", "population"]);
    expect(parsed.entries).toEqual([{ code: "540200", name: "Kozlovice", population: 1_234 }]);
    expect(isComplete(parsed.entries[0]!)).toBe(false);
  });

  it("names every bad line and keeps none of a file with problems", () => {
    const parsed = parseRegister(
      [
        "code,name,kind,kraj_code,population,population_date,lat,lon,ico",
        "540200,Kozlovice,obec,CZ032,101,2025-01-01,49.46,13.58,00574295",
        "54020,X,obec,CZ032,1,2025-01-01,49.46,13.58,00574295",
        "540201,,vesnice,CZ099,-1,1.1.2025,12,99,123",
        "540200,Kozlovice,obec,CZ032,101,2025-01-01,49.46,13.58,00574295",
        "540202,Short",
      ].join("\n"),
    );
    expect(parsed.problems).toEqual([
      'line 3: code must be the 6-digit RÚIAN code (got "54020")',
      "line 4: name must be 1–80 printable characters",
      'line 4: kind "vesnice" is not one of obec, městys, město, statutární město, hlavní město',
      'line 4: kraj_code "CZ099" is not a Czech NUTS 3 code (CZ010 … CZ080)',
      'line 4: population must be a whole number ≥ 0 (got "-1")',
      'line 4: population_date must be YYYY-MM-DD (got "1.1.2025")',
      'line 4: lat must be a number between 48.4 and 51.2 (got "12")',
      'line 4: lon must be a number between 11.9 and 19 (got "99")',
      'line 4: ico must be 8 digits (got "123")',
      "line 5: code 540200 is also on line 2",
      "line 6: 2 cells under 9 columns",
    ]);
  });

  it("refuses a file without a code column", () => {
    expect(parseRegister("name,population\nPraha,1\n").problems).toEqual([
      'the header has no "code" column (the RÚIAN municipality code)',
    ]);
    expect(parseRegister("").problems).toEqual(["the file is empty"]);
  });

  it("splits cells as RFC 4180 says, with doubled quotes inside quotes", () => {
    expect(parseDelimited('a,"b ""c"", d"\n1,2\n\n')).toEqual([
      ["a", 'b "c", d'],
      ["1", "2"],
    ]);
  });
});

describe("the register's codes and bands", () => {
  it("maps NUTS 3 codes to the kraje", () => {
    expect(krajFromNuts("CZ010")?.code).toBe("CZ-10");
    expect(krajFromNuts("cz080")?.cs).toBe("Moravskoslezský kraj");
    expect(krajFromNuts("CZ099")).toBeUndefined();
    expect(krajFromNuts("SK010")).toBeUndefined();
  });

  it.each([
    [0, "lt500"],
    [499, "lt500"],
    [500, "500-999"],
    [4_999, "1000-4999"],
    [5_000, "5000-19999"],
    [99_999, "20000-99999"],
    [1_300_000, "100000+"],
  ])("puts %d inhabitants in %s", (population, band) => {
    expect(sizeBand(population)).toBe(band);
  });
});

describe("czechSortKey", () => {
  it("orders every municipality of the register as Czech collation does", () => {
    const names = parseRegister(REGISTER).entries.map((e) => e.name as string);
    const collator = new Intl.Collator("cs", { sensitivity: "variant" });
    const byKey = [...names].sort((a, b) => {
      const [ka, kb] = [czechSortKey(a), czechSortKey(b)];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const byCollator = [...names].sort(collator.compare);
    // Equal keys may sit in either order; compare where the collator tells them apart.
    const mismatches = byKey.filter((name, i) => collator.compare(name, byCollator[i]!) !== 0);
    expect(mismatches).toEqual([]);
  });

  it("puts ch after h and č after c, and a shorter name before its longer forms", () => {
    const order = [
      "Cvikov",
      "Čáslav",
      "Hodonín",
      "Cheb",
      "Lhota",
      "Lhota pod Libčany",
      "Zlín",
      "Žatec",
    ];
    expect(
      [...order].reverse().sort((a, b) => (czechSortKey(a) < czechSortKey(b) ? -1 : 1)),
    ).toEqual(order);
  });
});

describe("the directory's URL", () => {
  it("keeps only values it knows and says which it did not", () => {
    const { query, problems } = parseDirectoryQuery(
      new URLSearchParams("q=%20&kraj=cz-64&partners=on&sort=population-asc&kind=obec"),
    );
    expect(query).toEqual({ kraj: "CZ-64", partners: true, sort: "population-asc", kind: "obec" });
    expect(problems).toEqual({});
  });
});
