import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseCsv, toCsv, unguardCell } from "@/lib/server/documents/csv";

describe("parseCsv", () => {
  it("reads Swedish Excel CSV and keeps each record's line, past blank lines and quoted line breaks", () => {
    const text = '\uFEFFa;b;c\r\n1;"två\r\nrader";3\r\n\r\n4;5;6\n7;8;9';
    expect(parseCsv(text).map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b", "c"]],
      [2, ["1", "två\nrader", "3"]],
      [5, ["4", "5", "6"]],
      [6, ["7", "8", "9"]],
    ]);
  });
  it("detects commas and tabs too", () => {
    expect(parseCsv("a,b\n1,2")[1]!.cells).toEqual(["1", "2"]);
    expect(parseCsv("a\tb\n1\t2")[1]!.cells).toEqual(["1", "2"]);
  });
  it("flags a record with an unclosed quote", () => {
    const records = parseCsv('a;b\n1;"oavslutad\n');
    expect(records[1]!.quoteError).toBe(true);
  });
});

describe("toCsv", () => {
  it("quotes what needs quoting and keeps formulas from running", () => {
    expect(toCsv([["a;b", 'säg "hej"', "=SUM(A1)", "-1", "vanlig"]])).toBe('\uFEFF"a;b";"säg ""hej""";\'=SUM(A1);\'-1;vanlig\r\n');
    expect(unguardCell("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unguardCell("'inte en formel")).toBe("'inte en formel");
  });
  it("round-trips any table through parseCsv", () => {
    const cell = fc.string({ maxLength: 12 }).filter((s) => !/^\s/.test(s) && !/^'[=+\-@]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? "x"));
        // Rows whose every cell is blank are skipped by the parser, as a spreadsheet's empty rows are.
        fc.pre(table.every((row) => row.some((c) => c.trim() !== "")));
        const parsed = parseCsv(toCsv(table)).map((r) => r.cells.map(unguardCell));
        expect(parsed).toEqual(table.map((row) => row.map((c) => c.replace(/\r\n?/g, "\n"))));
      }),
    );
  });
});

describe("decodeCsvBytes", () => {
  it("reads UTF-8, and falls back to Windows-1252 as older Swedish Excel saves it", () => {
    const text = "Föreningen Grannstöd;Åsa";
    expect(decodeCsvBytes(new TextEncoder().encode(text).buffer as ArrayBuffer)).toBe(text);
    const latin = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(decodeCsvBytes(latin.buffer)).toBe(text);
  });
});
