import Papa from "papaparse";

export type CsvRecord = { line: number; cells: string[]; quoteError: boolean };

/**
 * Parses CSV text as spreadsheets save it: a byte-order mark, any line ending, a semicolon (Swedish
 * Excel), comma or tab as delimiter. Each record keeps the line it starts on, counted the way an
 * editor counts, so an error report can point at it even after quoted line breaks or blank lines.
 */
export function parseCsv(text: string): CsvRecord[] {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records: CsvRecord[] = [];
  let previousEnd = 0;
  let counted = 0;
  let line = 1;
  Papa.parse<string[]>(normalised, {
    delimitersToGuess: [";", ",", "\t"],
    skipEmptyLines: "greedy",
    step: (result) => {
      let start = previousEnd;
      while (start < normalised.length && /\s/.test(normalised[start]!)) start++;
      for (; counted < start; counted++) if (normalised[counted] === "\n") line++;
      previousEnd = result.meta.cursor;
      records.push({ line, cells: result.data, quoteError: result.errors.some((e) => e.type === "Quotes") });
    },
  });
  return records;
}

/** A cell that a spreadsheet would run as a formula (=, +, -, @) is kept as text with a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes the formula guard of `csvCell`, so an exported file imports back unchanged. */
export function unguardCell(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

/**
 * CSV for Swedish spreadsheets: semicolons, CRLF, and a byte-order mark so that Excel reads å, ä
 * and ö as UTF-8.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

/**
 * The text of an uploaded file. "CSV UTF-8" from a spreadsheet is UTF-8; plain "CSV" from Swedish
 * Excel is Windows-1252, which would otherwise turn å, ä and ö into replacement characters.
 */
export function decodeCsvBytes(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
