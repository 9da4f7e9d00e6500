import { describe, expect, it } from "vitest";
import { csvCell, csvDialect, csvFilename, toCsv, UTF8_BOM } from "~/utils/csv";
import { parseCsv } from "../support/csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Wołomin")).toBe("Wołomin");
    expect(csvCell(53000)).toBe("53000");
    expect(csvCell(-3)).toBe("-3");
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("one\ntwo")).toBe('"one\ntwo"');
  });
  it("writes empty cells for missing values and 1/0 for flags", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("1");
  });
  it.each(["=HYPERLINK(1)", "+1", "-x", "@SUM(A1)"])("defuses the formula %s", (text) => {
    expect(csvCell(text)).toBe(`'${text}`);
  });
});

describe("toCsv", () => {
  it("starts with the BOM and ends every row with CRLF", () => {
    const csv = toCsv(["město", "obyvatel"], [["Žďár nad Sázavou", 20000]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe("město,obyvatel\r\nŽďár nad Sázavou,20000\r\n");
  });
});

describe("the Excel dialect (?format=excel)", () => {
  it("separates with semicolons and writes decimal commas, as Czech Excel reads them", () => {
    const csv = toCsv(
      ["město", "lat", "obyvatel", "poznámka"],
      [["Wołomin", 52.345, 53000, "kultura; sport, mládež"]],
      "excel",
    );
    expect(csv.slice(1)).toBe(
      'město;lat;obyvatel;poznámka\r\nWołomin;52,345;53000;"kultura; sport, mládež"\r\n',
    );
    expect(parseCsv(csv.slice(1), ";")[1]).toEqual([
      "Wołomin",
      "52,345",
      "53000",
      "kultura; sport, mládež",
    ]);
  });
  it("still defuses formulas and leaves text that looks like a number alone", () => {
    expect(csvCell("=1+1", "excel")).toBe("'=1+1");
    expect(csvCell("1.5", "excel")).toBe("1.5");
    expect(csvCell(-1.5, "excel")).toBe("-1,5");
  });
  it("is chosen by ?format=excel only, and named so", () => {
    expect(csvDialect(new URLSearchParams("format=excel"))).toBe("excel");
    expect(csvDialect(new URLSearchParams("format=xlsx"))).toBe("rfc4180");
    expect(csvDialect(new URLSearchParams(""))).toBe("rfc4180");
    expect(csvFilename("spolu-offers-2026-12-07", "excel")).toBe(
      "spolu-offers-2026-12-07-excel.csv",
    );
    expect(csvFilename("spolu-offers-2026-12-07", "rfc4180")).toBe("spolu-offers-2026-12-07.csv");
  });
});
