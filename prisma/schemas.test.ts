import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRISMA_LAYOUT, repoRoot } from "./database-url";
import { renderPostgresSchema } from "./scripts/sync-schemas";

const root = repoRoot();
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("the PostgreSQL schema", () => {
  it("is in sync with prisma/schema.prisma (run `npm run db:generate` after editing the schema)", () => {
    expect(read(PRISMA_LAYOUT.postgres.schema)).toBe(renderPostgresSchema(read(PRISMA_LAYOUT.sqlite.schema), root));
  });

  it("differs from the source only in the header, the provider and the client output", () => {
    const source = read(PRISMA_LAYOUT.sqlite.schema).split("\n");
    const derived = read(PRISMA_LAYOUT.postgres.schema).split("\n");
    const body = derived.slice(derived.length - source.length);
    const changed = source.flatMap((line, i) => (line === body[i] ? [] : [[line.trim(), body[i]?.trim()]]));
    expect(changed).toEqual([
      ['output               = "../lib/server/generated/sqlite"', 'output               = "../../lib/server/generated/postgres"'],
      ['provider = "sqlite"', 'provider = "postgresql"'],
    ]);
    expect(derived.slice(0, derived.length - source.length).every((line) => line === "" || line.startsWith("//"))).toBe(true);
  });

  it("sends the PostgreSQL client to the same folder as the SQLite one, side by side", () => {
    const output = (file: string) => {
      const relative = /^\s*output\s*=\s*"([^"]+)"/m.exec(read(file))![1]!;
      return path.resolve(path.dirname(path.join(root, file)), relative);
    };
    expect(output(PRISMA_LAYOUT.sqlite.schema)).toBe(path.join(root, "lib/server/generated/sqlite"));
    expect(output(PRISMA_LAYOUT.postgres.schema)).toBe(path.join(root, "lib/server/generated/postgres"));
  });
});

describe("the migration histories", () => {
  const migrations = (dir: string) =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

  it("have the same migrations for SQLite and PostgreSQL (create them with `npm run db:new-migration`)", () => {
    const sqlite = migrations(PRISMA_LAYOUT.sqlite.migrations);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(migrations(PRISMA_LAYOUT.postgres.migrations)).toEqual(sqlite);
    for (const kind of ["sqlite", "postgres"] as const) {
      for (const name of sqlite) {
        expect(fs.existsSync(path.join(root, PRISMA_LAYOUT[kind].migrations, name, "migration.sql")), `${kind} ${name}`).toBe(true);
      }
    }
  });

  it("are locked to their provider", () => {
    expect(read(`${PRISMA_LAYOUT.sqlite.migrations}/migration_lock.toml`)).toContain('provider = "sqlite"');
    expect(read(`${PRISMA_LAYOUT.postgres.migrations}/migration_lock.toml`)).toContain('provider = "postgresql"');
  });
});
