// No "server-only" here: scripts and tests import this module too. It is server code all the same
// (it opens database connections); keep it out of client components.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  databaseKind,
  databaseUrlFromEnv,
  ensureSqliteDirectory,
  sqliteFilePath,
} from "../../prisma/database-url";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { PrismaClient as SqlitePrismaClient, type Prisma } from "./generated/sqlite/client";

export { databaseKind, type DatabaseKind } from "../../prisma/database-url";

/**
 * The app's database client. Both generated clients have the same model API; the SQLite client's
 * type stands for both (a generated client is tied to one provider, so there are two of them).
 */
export type Db = SqlitePrismaClient;

/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/**
 * Several connections (the app, the co-editing server, migrations, tests) touch one SQLite file: wait
 * for the write lock instead of failing. 15 s, because on a busy small server a transaction's holder
 * may be slowed by its own process (5 s once failed a save while PDFs were rendered next to it).
 */
const SQLITE_BUSY_TIMEOUT_MS = 15_000;

// Per connection: enforce the schema's foreign keys (ON DELETE RESTRICT etc.), and use WAL so that
// readers do not block the writer.
const SQLITE_PRAGMAS = `PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`;

function sqliteAdapter(databaseUrl: string) {
  const file = sqliteFilePath(databaseUrl);
  ensureSqliteDirectory(databaseUrl);
  const factory = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(file === ":memory:" ? "PRAGMA foreign_keys = ON;" : SQLITE_PRAGMAS);
      return adapter;
    },
  };
}

function postgresAdapter(databaseUrl: string) {
  // Prisma's `?schema=` convention; pg itself ignores the parameter.
  const schema = new URL(databaseUrl).searchParams.get("schema") ?? undefined;
  return new PrismaPg({ connectionString: databaseUrl }, schema ? { schema } : undefined);
}

/**
 * A new client for this URL (file: → SQLite, postgres:// or postgresql:// → PostgreSQL). Relative
 * SQLite paths are taken from the working directory, i.e. the repository root. The caller owns the
 * client and calls `$disconnect()` when done (scripts, tests); the app uses `getDb()`.
 */
export function createDb(databaseUrl: string): Db {
  switch (databaseKind(databaseUrl)) {
    case "sqlite":
      return new SqlitePrismaClient({ adapter: sqliteAdapter(databaseUrl) });
    case "postgres":
      // Same models, same API, other provider: the cast is what lets the app code stay single.
      return new PostgresPrismaClient({ adapter: postgresAdapter(databaseUrl) }) as unknown as Db;
  }
}

// Cached on globalThis so that Next's hot reload in development does not open a new pool per edit.
const cache = globalThis as typeof globalThis & { __overensDb?: { url: string; db: Db } };

/**
 * The shared client for DATABASE_URL (default: file:./data/overens.db), created on first use. If
 * DATABASE_URL changes (tests), the next call makes a client for the new URL.
 */
export function getDb(): Db {
  const url = databaseUrlFromEnv();
  if (cache.__overensDb?.url !== url) cache.__overensDb = { url, db: createDb(url) };
  return cache.__overensDb.db;
}
