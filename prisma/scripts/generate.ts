import fs from "node:fs";
import path from "node:path";
import { PRISMA_LAYOUT, repoRoot } from "../database-url";
import { isMainModule, runMain, runPrisma } from "./run";
import { syncSchemas } from "./sync-schemas";

/**
 * `npm run db:generate` (also the postinstall step): derive the PostgreSQL schema from the SQLite
 * one, then generate both clients into lib/server/generated/{sqlite,postgres}. The app picks one
 * at run time from DATABASE_URL.
 *
 * `prisma generate` never runs the schema engine, but the CLI still insists on finding one (and
 * would try to download it); prisma.config.ts points it at the bridge, so this works offline.
 */
export async function generateClients(options: { quiet?: boolean } = {}): Promise<void> {
  if (syncSchemas()) console.log(`Updated ${PRISMA_LAYOUT.postgres.schema} from ${PRISMA_LAYOUT.sqlite.schema}`);
  for (const kind of ["sqlite", "postgres"] as const) {
    await runPrisma(["generate", "--schema", PRISMA_LAYOUT[kind].schema], { quiet: options.quiet });
  }
}

if (isMainModule(import.meta.url)) {
  // An install without devDependencies (npm ci --omit=dev) has no Prisma CLI: nothing to generate with.
  if (!fs.existsSync(path.join(repoRoot(), "node_modules/prisma/package.json"))) {
    console.warn("prisma/scripts/generate.ts: the Prisma CLI is not installed (devDependencies omitted?); skipping client generation.");
  } else {
    runMain(() => generateClients());
  }
}
