import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "~/utils/csv";

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
