/**
 * `npm run seed:scale [-- --force] [--size 290x5x200]`: fills the database of DATABASE_URL (SQLite by
 * default, PostgreSQL for postgres://) with a national-scale installation: 290 municipalities × 5
 * compacts × 200 comments, with their organisations, users, stage histories, versions, decisions,
 * publications (consultation drafts among them) and joinings. Applies the migrations first and refuses
 * a database that already has municipalities unless --force is given.
 */
import { parseArgs } from "node:util";
import { databaseUrlFromEnv, redactUrl } from "../prisma/database-url";
import { migrateDatabase } from "../prisma/scripts/migrate";
import { createDb, databaseKind } from "../lib/server/db";
import { NATIONAL_SCALE, type ScaleSize } from "@/lib/server/seed/scale-data";
import { NotEmptyError, seedScale } from "@/lib/server/seed/seed-scale";

function parseSize(text: string | undefined): ScaleSize {
  if (!text) return NATIONAL_SCALE;
  const match = /^(\d+)x(\d+)x(\d+)$/.exec(text);
  if (!match) throw new Error(`--size must look like 290x5x200 (municipalities x compacts x comments), not "${text}"`);
  return { municipalities: Number(match[1]), compactsPerMunicipality: Number(match[2]), commentsPerCompact: Number(match[3]) };
}

async function main() {
  const { values } = parseArgs({ options: { force: { type: "boolean", default: false }, size: { type: "string" } } });
  const size = parseSize(values.size);
  const url = databaseUrlFromEnv();
  console.log(`Database: ${redactUrl(url)}`);
  console.log("Applying migrations…");
  await migrateDatabase(url);
  const db = createDb(url);
  try {
    console.log(`Seeding ${size.municipalities} municipalities × ${size.compactsPerMunicipality} compacts × ${size.commentsPerCompact} comments…`);
    const result = await seedScale(db, {
      kind: databaseKind(url),
      size,
      force: values.force,
      onProgress: (p) => console.log(`  ${p.municipalities}/${p.of} municipalities, ${p.rows.toLocaleString("en")} rows, ${(p.elapsedMs / 1000).toFixed(1)} s`),
    });
    const listed = await db.publishedCompact.count();
    for (const [table, count] of Object.entries(result.rows)) console.log(`  ${table.padEnd(20)} ${count.toLocaleString("en").padStart(9)}`);
    console.log(`  ${"published compacts".padEnd(20)} ${listed.toLocaleString("en").padStart(9)}`);
    console.log(`Done in ${(result.elapsedMs / 1000).toFixed(1)} s.`);
  } catch (error) {
    if (error instanceof NotEmptyError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
