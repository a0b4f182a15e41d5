import { randomBytes } from "node:crypto";
import type { DatabaseKind, Db, Tx } from "@/lib/server/db";
import { generateScaleData, SCALE_TABLES, type ScaleBatch, type ScaleSize } from "@/lib/server/seed/scale-data";

/** Rows per multi-row INSERT: ≤ 25 columns × 500 stays below SQLite's (32,766) and PostgreSQL's (65,535) bind limits. */
const ROWS_PER_INSERT = 500;
/** Municipalities written per transaction (about 5,000 comments at national scale). */
const MUNICIPALITIES_PER_TRANSACTION = 5;

export type ScaleProgress = { municipalities: number; of: number; rows: number; elapsedMs: number };
export type ScaleResult = { rows: Record<string, number>; elapsedMs: number };

export class NotEmptyError extends Error {
  constructor(public readonly municipalities: number) {
    super(`The database already holds ${municipalities} municipalities. Use --force to add the scale data anyway.`);
  }
}

/** The table of each batch list (replies are comments too). */
function tableOf(list: (typeof SCALE_TABLES)[number]): string {
  const model = list === "commentReply" ? "comment" : list;
  return model[0]!.toUpperCase() + model.slice(1);
}

/**
 * A value as the database stores it, so that a raw INSERT writes what Prisma would: SQLite keeps
 * DateTime as ISO text with "+00:00" (rows written here and by the app compare as text), Boolean as
 * 0/1 and Json as text; PostgreSQL gets UTC timestamps without a zone (timestamp(3)) and JSON text.
 */
function storedValue(kind: DatabaseKind, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return kind === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString().replace("T", " ").replace("Z", "");
  if (typeof value === "boolean") return kind === "sqlite" ? (value ? 1 : 0) : value ? "true" : "false";
  if (typeof value === "object") return JSON.stringify(value);
  return value as string | number;
}

/**
 * One multi-row INSERT of rows that share their columns. Prisma's createMany spent ~1.5 ms a row here
 * (its query interpreter), which made 290,000 comments take many minutes; a plain INSERT … VALUES (…),
 * (…) with bound parameters takes a fraction of that on both databases. Triggers fire as for any insert.
 */
async function insertRows(tx: Tx, kind: DatabaseKind, table: string, rows: Record<string, unknown>[]): Promise<number> {
  if (!rows.length) return 0;
  const columns = Object.keys(rows[0]!);
  const params: (string | number | null)[] = [];
  const tuples = rows.map((row) => {
    const marks = columns.map((column) => {
      params.push(storedValue(kind, row[column]));
      if (kind === "sqlite") return "?";
      // PostgreSQL infers the parameter's type from the column; JSON and timestamps need no more.
      return `$${params.length}`;
    });
    return `(${marks.join(", ")})`;
  });
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
  return tx.$executeRawUnsafe(sql, ...params);
}

/**
 * Fills the database with `size` municipalities of compacts and comments (see scale-data.ts), in
 * transactions of a few municipalities each, every table with multi-row INSERTs. Refuses a database
 * that already has municipalities unless `force` is set (then slugs that are taken get a suffix).
 */
export async function seedScale(db: Db, options: { kind: DatabaseKind; size: ScaleSize; now?: Date; force?: boolean; onProgress?: (p: ScaleProgress) => void }): Promise<ScaleResult> {
  const started = performance.now();
  const kind = options.kind;
  const existing = await db.municipality.findMany({ select: { slug: true } });
  if (existing.length && !options.force) throw new NotEmptyError(existing.length);
  const rows: Record<string, number> = Object.fromEntries(SCALE_TABLES.map((t) => [t, 0]));
  let total = 0;
  let done = 0;
  let pending: ScaleBatch[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const batches = pending;
    pending = [];
    await db.$transaction(
      async (tx) => {
        for (const table of SCALE_TABLES) {
          const data = batches.flatMap((b) => b[table]);
          for (let i = 0; i < data.length; i += ROWS_PER_INSERT) {
            const count = await insertRows(tx, kind, tableOf(table), data.slice(i, i + ROWS_PER_INSERT));
            rows[table]! += count;
            total += count;
          }
        }
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    done += batches.length;
    options.onProgress?.({ municipalities: done, of: options.size.municipalities, rows: total, elapsedMs: performance.now() - started });
  };
  const generator = generateScaleData({
    size: options.size,
    now: options.now ?? new Date(),
    runTag: randomBytes(3).toString("hex"),
    takenSlugs: new Set(existing.map((m) => m.slug)),
  });
  for (const batch of generator) {
    pending.push(batch);
    if (pending.length >= MUNICIPALITIES_PER_TRANSACTION) await flush();
  }
  await flush();
  return { rows, elapsedMs: performance.now() - started };
}
