import { randomBytes } from "node:crypto";
import type { Db } from "../../db";
import { generateScaleData, SCALE_TABLES, type ScaleBatch, type ScaleSize } from "./scale-data";

/** Rows per multi-row INSERT: ≤ 25 columns × 500 stays far below SQLite's and PostgreSQL's bind limits. */
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

/** The delegate of each batch table (replies are comments too). */
function delegateOf(db: Pick<Db, "municipality">, table: (typeof SCALE_TABLES)[number]) {
  const name = table === "commentReply" ? "comment" : table;
  return (db as unknown as Record<string, { createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }> }>)[name]!;
}

/**
 * Fills the database with `size` municipalities of compacts and comments (see scale-data.ts), in
 * transactions of a few municipalities each, every table with multi-row INSERTs. Refuses a database
 * that already has municipalities unless `force` is set (then slugs that are taken get a suffix).
 */
export async function seedScale(db: Db, options: { size: ScaleSize; now?: Date; force?: boolean; onProgress?: (p: ScaleProgress) => void }): Promise<ScaleResult> {
  const started = performance.now();
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
            const { count } = await delegateOf(tx as unknown as Db, table).createMany({ data: data.slice(i, i + ROWS_PER_INSERT) });
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
