import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type DatabaseKind, redactUrl } from "../database-url";
import { migrateDatabase } from "../scripts/migrate";

/**
 * Throwaway databases for integration tests: a SQLite file in a temporary directory, or a new
 * database `overens_test_<random>` on the PostgreSQL server of TEST_POSTGRES_URL (an admin URL,
 * e.g. postgres://postgres@127.0.0.1:5432/postgres, whose user may create databases).
 */

export interface FreshDatabase {
  /** DATABASE_URL of the new database. */
  url: string;
  /** Removes the database (closes nothing: disconnect your clients first). */
  drop(): Promise<void>;
}

export interface FreshDatabaseOptions {
  /** Apply all migrations (default). `false` leaves the database empty. */
  migrate?: boolean;
}

/** TEST_POSTGRES_URL, when the PostgreSQL tests are meant to run. */
export function postgresTestUrl(): string | undefined {
  return process.env.TEST_POSTGRES_URL || undefined;
}

export async function createFreshDatabase(
  kind: DatabaseKind,
  options: FreshDatabaseOptions = {},
): Promise<FreshDatabase> {
  const database = kind === "sqlite" ? createSqliteDatabase() : await createPostgresDatabase();
  if (options.migrate ?? true) {
    try {
      await migrateDatabase(database.url);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  return database;
}

function createSqliteDatabase(): FreshDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "overens-test-"));
  return {
    url: `file:${path.join(dir, "test.db")}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(): Promise<FreshDatabase> {
  const adminUrl = postgresTestUrl();
  if (!adminUrl) {
    throw new Error(
      "createFreshDatabase(\"postgres\") needs TEST_POSTGRES_URL, an admin URL of a PostgreSQL server " +
        "(e.g. postgres://postgres@127.0.0.1:5432/postgres).",
    );
  }
  const name = `overens_test_${randomBytes(6).toString("hex")}`;
  try {
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    throw new Error(`Could not create a test database on ${redactUrl(adminUrl)}: ${(error as Error).message}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
