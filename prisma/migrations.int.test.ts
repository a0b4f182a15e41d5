import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../lib/server/db";
import { type DatabaseKind, PRISMA_LAYOUT, repoRoot } from "./database-url";
import { migrateDatabase } from "./scripts/migrate";
import { runPrisma } from "./scripts/run";
import { createFreshDatabase, postgresTestUrl, type FreshDatabase } from "./testing/fresh-database";

// Exercises the whole chain: Prisma CLI → prisma.config.ts → engine bridge → WebAssembly engine →
// driver adapter, on a database that starts from nothing.

const TIMEOUT = 90_000;

function kindsToTest(): DatabaseKind[] {
  const only = process.env.TEST_DB;
  if (only === "sqlite" || only === "postgres") return [only];
  if (postgresTestUrl()) return ["sqlite", "postgres"];
  console.log(
    "PostgreSQL migration tests not run: TEST_POSTGRES_URL is not set " +
      "(an admin URL such as postgres://postgres@127.0.0.1:5432/postgres).",
  );
  return ["sqlite"];
}
const KINDS = kindsToTest();

const migrationNames = (kind: DatabaseKind) =>
  fs
    .readdirSync(path.join(repoRoot(), PRISMA_LAYOUT[kind].migrations), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

async function appliedMigrations(url: string) {
  const db = createDb(url);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown; checksum: string }[]>(
      "SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name",
    );
    return rows.map((row) => ({ ...row, finished_at: String(row.finished_at) }));
  } finally {
    await db.$disconnect();
  }
}

/** Fails (exit code 2) when the migrations do not produce exactly the schema. */
function assertMigrationsMatchSchema(kind: DatabaseKind, databaseUrl: string) {
  const { migrations, schema } = PRISMA_LAYOUT[kind];
  return runPrisma(["migrate", "diff", "--from-migrations", migrations, "--to-schema", schema, "--exit-code"], {
    env: { DATABASE_URL: databaseUrl },
    quiet: true,
  });
}

async function shadowDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: postgresTestUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

describe.each(KINDS)("%s", (kind) => {
  let fresh: FreshDatabase;

  beforeAll(async () => {
    // Start from nothing at all: not even the database exists (the CLI creates it through the bridge).
    fresh = await createFreshDatabase(kind, { migrate: false });
    if (kind === "postgres") await fresh.drop();
  }, TIMEOUT);

  afterAll(async () => {
    await fresh?.drop();
  }, TIMEOUT);

  it(
    "migrates a database from zero, and a second run changes nothing",
    async () => {
      await migrateDatabase(fresh.url);
      const first = await appliedMigrations(fresh.url);
      expect(first.map((row) => row.migration_name)).toEqual(migrationNames(kind));
      expect(first.every((row) => row.finished_at !== "null")).toBe(true);

      await migrateDatabase(fresh.url);
      expect(await appliedMigrations(fresh.url)).toEqual(first);
    },
    TIMEOUT,
  );

  it(
    "writes and reads rows through createDb, with foreign keys enforced",
    async () => {
      const db = createDb(fresh.url);
      try {
        const created = await db.municipality.create({ data: { slug: `m-${kind}`, name: "Överby kommun" } });
        const found = await db.municipality.findUniqueOrThrow({ where: { slug: `m-${kind}` } });
        expect(found).toMatchObject({ id: created.id, name: "Överby kommun", defaultLocale: "sv" });
        await db.setting.create({ data: { key: "demo", value: JSON.stringify({ on: true }) } });
        expect((await db.setting.findUnique({ where: { key: "demo" } }))?.value).toBe('{"on":true}');
        await expect(
          db.organisation.create({ data: { municipalityId: "missing", name: "Föreningen", sector: "civil", kind: "association" } }),
        ).rejects.toThrow();
      } finally {
        await db.$disconnect();
      }
    },
    TIMEOUT,
  );

  it(
    "has migrations that produce exactly prisma/schema.prisma (else: npm run db:new-migration)",
    async () => {
      await expect(assertMigrationsMatchSchema(kind, fresh.url)).resolves.toBeDefined();
    },
    TIMEOUT,
  );

  it(
    "supports the developer commands: migrate dev, status and reset",
    async () => {
      const before = migrationNames(kind);
      const shadowsBefore = kind === "postgres" ? await shadowDatabases() : [];
      // Never let this test write a migration into the repository.
      await assertMigrationsMatchSchema(kind, fresh.url);
      const env = { DATABASE_URL: fresh.url };

      const dev = await runPrisma(["migrate", "dev"], { env, quiet: true });
      expect(dev.stdout).toMatch(/Already in sync/);
      expect(migrationNames(kind)).toEqual(before);
      if (kind === "postgres") expect(await shadowDatabases()).toEqual(shadowsBefore);

      expect((await runPrisma(["migrate", "status"], { env, quiet: true })).stdout).toMatch(/up to date/);

      // Reset drops everything and re-applies the migrations; leftovers would make that fail.
      await runPrisma(["migrate", "reset", "--force"], { env, quiet: true });
      const db = createDb(fresh.url);
      try {
        expect(await db.municipality.count()).toBe(0);
      } finally {
        await db.$disconnect();
      }
      expect((await appliedMigrations(fresh.url)).map((row) => row.migration_name)).toEqual(before);
    },
    TIMEOUT,
  );
});

describe("createFreshDatabase", () => {
  it(
    "hands out a migrated, empty database and removes it again",
    async () => {
      const kind = KINDS.at(-1)!;
      const database = await createFreshDatabase(kind);
      const db = createDb(database.url);
      try {
        expect(await db.user.count()).toBe(0);
      } finally {
        await db.$disconnect();
        await database.drop();
      }
      if (kind === "sqlite") expect(fs.existsSync(database.url.slice("file:".length))).toBe(false);
    },
    TIMEOUT,
  );
});
