// CSV for spreadsheets (RFC 4180: comma, double quotes, CRLF). The UTF-8 byte
// order mark makes Excel read Czech letters correctly instead of guessing a
// Windows code page. Cells that start like a formula are prefixed with an
// apostrophe, so text a user typed ("=HYPERLINK(…)") stays text in Excel
// (OWASP "CSV injection").
//
// Excel splits a file it opens by double click at the system's list separator, which in
// Czech (and most continental) settings is a semicolon, and reads numbers with a decimal
// comma: a comma-separated file lands in one column there, and 50.08 becomes a date. The
// "excel" dialect (?format=excel on every export) writes it that way.
export type CsvCell = string | number | boolean | null | undefined;

export const UTF8_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 for programs; "excel" for a double click in Czech settings (see above). */
export type CsvDialect = "rfc4180" | "excel";

/** The dialect a download asked for: `?format=excel`, else RFC 4180. */
export function csvDialect(params: URLSearchParams): CsvDialect {
  return params.get("format") === "excel" ? "excel" : "rfc4180";
}

export function csvCell(value: CsvCell, dialect: CsvDialect = "rfc4180"): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  // Numbers are data, not formulas: -3 stays -3.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  if (dialect === "excel") {
    if (typeof value === "number") text = text.replace(".", ",");
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, header first, with the BOM. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect = "rfc4180",
): string {
  const separator = dialect === "excel" ? ";" : ",";
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => csvCell(cell, dialect)).join(separator),
  );
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

/** The download's file name: `spolu-offers-2026-12-07.csv`, `…-excel.csv` for Excel's. */
export function csvFilename(name: string, dialect: CsvDialect): string {
  return `${name}${dialect === "excel" ? "-excel" : ""}.csv`;
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

/** The same download for Czech Excel (see above): the link beside each CSV link. */
export function excelHref(href: string): string {
  return `${href}${href.includes("?") ? "&" : "?"}format=excel`;
}
