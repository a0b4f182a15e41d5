import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * One place that knows how a DATABASE_URL maps to a provider, a schema and a migrations folder.
 * Imported by prisma.config.ts, the scripts under prisma/scripts and lib/server/db.ts, so it must
 * stay free of Prisma clients and of "server-only".
 */

export type DatabaseKind = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/overens.db";

/** Repository root (this file lives in <root>/prisma). A function, so that merely importing this module from a bundle does not depend on import.meta.url. */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
}

/** Paths relative to the repository root. */
export const PRISMA_LAYOUT = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgres: { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" },
} as const satisfies Record<DatabaseKind, { schema: string; migrations: string }>;

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(
    `Unsupported DATABASE_URL "${redactUrl(url)}": use file:<path> for SQLite or postgres://… / postgresql://… for PostgreSQL.`,
  );
}

/** DATABASE_URL from the environment, or the SQLite default when it is unset or empty. */
export function databaseUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/**
 * The file behind a `file:` URL. Relative paths are taken from `root` (the working directory by
 * default; the app, the scripts and the Prisma CLI all run from the repository root).
 */
export function sqliteFilePath(url: string, root: string = process.cwd()): string {
  if (databaseKind(url) !== "sqlite") throw new Error("sqliteFilePath expects a file: URL");
  if (url.startsWith("file://")) return fileURLToPath(url.split("?")[0]!);
  const file = url.slice("file:".length).split("?")[0]!;
  if (file === ":memory:") return file;
  return path.resolve(root, file);
}

/**
 * The URL with a SQLite path made absolute, so that every process (CLI, engine bridge, app) opens
 * the same file whatever its working directory. PostgreSQL URLs are returned unchanged.
 */
export function absoluteDatabaseUrl(url: string, root: string = process.cwd()): string {
  if (databaseKind(url) !== "sqlite") return url;
  const file = sqliteFilePath(url, root);
  return file === ":memory:" ? "file::memory:" : `file:${file}`;
}

/** Creates the directory of a SQLite file (e.g. data/) so that the first connection can create the file. */
export function ensureSqliteDirectory(url: string, root: string = process.cwd()): void {
  if (databaseKind(url) !== "sqlite") return;
  const file = sqliteFilePath(url, root);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
}

/** Hides the password of a URL for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+):[^@]*@/i, "$1:***@");
}
