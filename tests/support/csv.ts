// Reads CSV as RFC 4180 says (commas, double quotes, CRLF), to check what
// Spolu writes by reading it back as a spreadsheet would; with ";" as Excel reads it in
// Czech settings. Throws on a stray quote, so a broken file cannot pass for a good one.
export function parseCsv(text: string, separator: "," | ";" = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
        if (i < text.length && !`${separator}\r\n`.includes(text[i]!))
          throw new Error(`text after a quote at ${i}`);
      } else {
        cell += ch;
        i++;
      }
    } else if (ch === '"') {
      if (cell !== "") throw new Error(`a quote inside an unquoted cell at ${i}`);
      quoted = true;
      i++;
    } else if (ch === separator) {
      row.push(cell);
      cell = "";
      i++;
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 2;
    } else if (ch === "\n" || ch === "\r") {
      throw new Error(`a bare line break at ${i} (RFC 4180 wants CRLF)`);
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted) throw new Error("an unclosed quote");
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(text: string, separator: "," | ";" = ","): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) return [];
  return rows.map((cells) => {
    if (cells.length !== header.length)
      throw new Error(`a row of ${cells.length} cells under ${header.length} columns`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]!]));
  });
}
