import { AppError, InvalidInputError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { CSV_COLUMNS, csvRowSchema, importModeSchema, MAX_IMPORT_CHARACTERS, MAX_IMPORT_ROWS, MAX_REPORTED_ERRORS, type CsvColumn } from "@/lib/validation/relations";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { parseCsv, unguardCell, type CsvRecord } from "@/lib/server/documents/csv";

/**
 * Prisma spends about a millisecond per row on a bulk insert (scripts/bench-relations.ts): a full
 * file takes seconds, beyond the 5 s default of an interactive transaction. Chunks keep each
 * statement small; the file is still written in one transaction, all or nothing.
 */
const INSERT_CHUNK = 500;
const IMPORT_TRANSACTION_TIMEOUT_MS = 60_000;

/** One reason a row was not imported: its line in the file, the column, and a translation key. */
export type ImportRowError = { line: number; column: CsvColumn | null; key: string; params?: Record<string, string> };

export type ImportReport = {
  /** Whether anything was written: false when the file had errors and the user asked for all or nothing. */
  committed: boolean;
  imported: number;
  /** Valid rows that are new: what "import only the valid rows" would add. */
  importable: number;
  /** Valid rows already on record (identical relation), skipped so that importing twice adds nothing. */
  duplicates: number;
  totalRows: number;
  errorRows: number;
  errors: ImportRowError[];
  /** Whether `errors` was cut at MAX_REPORTED_ERRORS. */
  truncated: boolean;
};

type Candidate = { organisationId: string; relationType: string; relationKind: string; committeeId: string | null; since: Date | null; amount: number | null; note: string };

const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
const relationKey = (r: Candidate) => JSON.stringify([r.organisationId, r.relationType, r.relationKind, r.committeeId, r.since?.toISOString() ?? null, r.amount, r.note]);

/**
 * An official imports relations from a CSV file. Every row is checked (columns, allowed values,
 * known organisation and committee names) and every bad row is reported with its line and reason.
 * In "all_or_nothing" mode (the default) nothing is written unless the whole file is valid; in
 * "valid_only" mode the valid rows are imported and the bad ones skipped.
 */
export async function importRelationsCsv(actor: Actor | null, input: { text: string; mode?: unknown }): Promise<ImportReport> {
  assertCan(actor, "relations.manage", { municipalityId: actor?.municipalityId });
  const mode = importModeSchema.parse(input.mode);
  if (input.text.length > MAX_IMPORT_CHARACTERS) throw new InvalidInputError("relations.import.errors.tooLarge");
  const [header, ...records] = parseCsv(input.text);
  if (!header || records.length === 0) throw new InvalidInputError("relations.import.errors.empty");
  if (records.length > MAX_IMPORT_ROWS) throw new InvalidInputError("relations.import.errors.tooManyRows");
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new AppError("invalid", "relations.import.errors.missingColumns", {}, { columns: missing.join(", ") });

  const db = getDb();
  const municipalityId = actor.municipalityId;
  const [organisations, existing] = await Promise.all([
    db.organisation.findMany({ where: { municipalityId }, select: { id: true, name: true, sector: true } }),
    db.relation.findMany({ where: { organisation: { municipalityId } } }),
  ]);
  const civil = new Map(organisations.filter((o) => o.sector === "civil").map((o) => [nameKey(o.name), o.id]));
  const committees = new Map(organisations.filter((o) => o.sector === "public").map((o) => [nameKey(o.name), o.id]));
  const seen = new Set(existing.map(relationKey));

  const errors: ImportRowError[] = [];
  const candidates: Candidate[] = [];
  let duplicates = 0;
  let errorRows = 0;
  for (const record of records) {
    const checked = checkRow(record, columns, civil, committees);
    if ("errors" in checked) {
      errorRows++;
      errors.push(...checked.errors);
    } else if (seen.has(relationKey(checked.candidate))) {
      duplicates++;
    } else {
      seen.add(relationKey(checked.candidate));
      candidates.push(checked.candidate);
    }
  }
  const report = {
    importable: candidates.length,
    duplicates,
    totalRows: records.length,
    errorRows,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    truncated: errors.length > MAX_REPORTED_ERRORS,
  };
  if (errorRows > 0 && mode === "all_or_nothing") return { committed: false, imported: 0, ...report };

  await db.$transaction(
    async (tx) => {
      for (let start = 0; start < candidates.length; start += INSERT_CHUNK) {
        const chunk = candidates.slice(start, start + INSERT_CHUNK);
        await tx.relation.createMany({ data: chunk.map((c) => ({ ...c, source: "import", createdById: actor.userId })) });
      }
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "relations.imported",
        entityType: "municipality",
        entityId: municipalityId,
        municipalityId,
        after: { mode, imported: candidates.length, duplicates, skippedLines: [...new Set(errors.map((e) => e.line))] },
      });
    },
    { timeout: IMPORT_TRANSACTION_TIMEOUT_MS },
  );
  return { committed: true, imported: candidates.length, ...report };
}

/** Validates one record: the zod schema first, then the names against the municipality's organisations. */
function checkRow(
  record: CsvRecord,
  columns: string[],
  civil: Map<string, string>,
  committees: Map<string, string>,
): { candidate: Candidate } | { errors: ImportRowError[] } {
  const { line } = record;
  if (record.quoteError) return { errors: [{ line, column: null, key: "relations.import.errors.quotes" }] };
  const cell = (column: CsvColumn) => unguardCell(record.cells[columns.indexOf(column)] ?? "");
  const values = Object.fromEntries(CSV_COLUMNS.map((column) => [column, cell(column)]));
  const parsed = csvRowSchema.safeParse(values);
  if (!parsed.success) {
    const columnOf = (path: readonly PropertyKey[]) => (CSV_COLUMNS as readonly PropertyKey[]).includes(path[0]!) ? (path[0] as CsvColumn) : null;
    return { errors: parsed.error.issues.map((issue) => ({ line, column: columnOf(issue.path), key: issue.message, params: { value: values[String(issue.path[0])] ?? "" } })) };
  }
  const row = parsed.data;
  const errors: ImportRowError[] = [];
  const organisationId = civil.get(nameKey(row.organisation));
  if (!organisationId) errors.push({ line, column: "organisation", key: "relations.import.errors.unknownOrganisation", params: { value: row.organisation } });
  const committeeId = row.committee ? committees.get(nameKey(row.committee)) : null;
  if (committeeId === undefined) errors.push({ line, column: "committee", key: "relations.import.errors.unknownCommittee", params: { value: row.committee } });
  if (errors.length > 0 || !organisationId) return { errors };
  return {
    candidate: {
      organisationId,
      relationType: row.relation_type,
      relationKind: row.relation_kind,
      committeeId: committeeId ?? null,
      since: row.since,
      amount: row.amount,
      note: row.note,
    },
  };
}
