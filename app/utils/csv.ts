// CSV for spreadsheets (RFC 4180: comma, double quotes, CRLF). The UTF-8 byte
// order mark makes Excel read Czech letters correctly instead of guessing a
// Windows code page. Cells that start like a formula are prefixed with an
// apostrophe, so text a user typed ("=HYPERLINK(…)") stays text in Excel
// (OWASP "CSV injection").
export type CsvCell = string | number | boolean | null | undefined;

export const UTF8_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  // Numbers are data, not formulas: -3 stays -3.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, header first, with the BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

/** A download response; `filename` should be ASCII (it goes into a header). */
export function csvResponse(filename: string, body: string, headers?: HeadersInit): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      ...headers,
    },
  });
}
