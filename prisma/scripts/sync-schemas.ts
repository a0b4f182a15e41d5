import fs from "node:fs";
import path from "node:path";
import { PRISMA_LAYOUT, repoRoot } from "../database-url";
import { isMainModule } from "./run";

/**
 * prisma/schema.prisma (SQLite) is the only schema anyone edits. The PostgreSQL schema is derived
 * from it, because a generated client is tied to one provider and the app ships both clients.
 */

const HEADER =
  "// GENERATED from prisma/schema.prisma by prisma/scripts/sync-schemas.ts (npm run db:generate).\n" +
  "// Do not edit: change prisma/schema.prisma instead.\n\n";

/** Replaces exactly one match, so that a reworded source fails loudly instead of drifting silently. */
function replaceOnce(text: string, pattern: RegExp, replacement: (match: RegExpExecArray) => string): string {
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const matches = [...text.matchAll(global)];
  if (matches.length !== 1) {
    throw new Error(`prisma/schema.prisma: expected exactly one match of ${pattern}, found ${matches.length}`);
  }
  const match = matches[0]!;
  return text.slice(0, match.index) + replacement(match) + text.slice(match.index + match[0].length);
}

/** The PostgreSQL schema for a given SQLite source schema (pure, for the drift test). */
export function renderPostgresSchema(source: string, root: string = repoRoot()): string {
  const sourceDir = path.dirname(path.join(root, PRISMA_LAYOUT.sqlite.schema));
  const targetDir = path.dirname(path.join(root, PRISMA_LAYOUT.postgres.schema));

  let schema = replaceOnce(source, /^(\s*provider\s*=\s*)"sqlite"/m, (m) => `${m[1]}"postgresql"`);
  schema = replaceOnce(schema, /^(\s*output\s*=\s*)"([^"]*)"/m, (m) => {
    const sqliteOutput = path.resolve(sourceDir, m[2]!);
    if (path.basename(sqliteOutput) !== "sqlite") {
      throw new Error(`prisma/schema.prisma: the generator output should end in /sqlite, got "${m[2]}"`);
    }
    const postgresOutput = path.join(path.dirname(sqliteOutput), "postgres");
    return `${m[1]}"${path.relative(targetDir, postgresOutput).split(path.sep).join("/")}"`;
  });
  return HEADER + schema;
}

/** Writes prisma/postgres/schema.prisma when it differs. Returns whether it changed. */
export function syncSchemas(root: string = repoRoot()): boolean {
  const source = fs.readFileSync(path.join(root, PRISMA_LAYOUT.sqlite.schema), "utf8");
  const target = path.join(root, PRISMA_LAYOUT.postgres.schema);
  const wanted = renderPostgresSchema(source, root);
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  if (current === wanted) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, wanted);
  return true;
}

if (isMainModule(import.meta.url)) {
  const changed = syncSchemas();
  console.log(changed ? `Updated ${PRISMA_LAYOUT.postgres.schema}` : `${PRISMA_LAYOUT.postgres.schema} is up to date`);
}
