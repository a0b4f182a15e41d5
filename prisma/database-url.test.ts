import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_DATABASE_URL,
  PRISMA_LAYOUT,
  absoluteDatabaseUrl,
  databaseKind,
  databaseUrlFromEnv,
  redactUrl,
  sqliteFilePath,
} from "./database-url";

describe("databaseKind", () => {
  it("tells SQLite from PostgreSQL by the URL scheme", () => {
    expect(databaseKind("file:./data/overens.db")).toBe("sqlite");
    expect(databaseKind("file:/var/lib/overens/db.sqlite")).toBe("sqlite");
    expect(databaseKind("postgres://u:p@host:5432/db")).toBe("postgres");
    expect(databaseKind("postgresql://host/db?schema=app")).toBe("postgres");
  });

  it("refuses other URLs without echoing a password", () => {
    expect(() => databaseKind("mysql://root:hunter2@host/db")).toThrow(/mysql:\/\/root:\*\*\*@host\/db/);
    expect(() => databaseKind("mysql://root:hunter2@host/db")).not.toThrow(/hunter2/);
  });
});

describe("SQLite paths", () => {
  it("resolves relative paths against the given root (the repository root at run time)", () => {
    expect(sqliteFilePath("file:./data/overens.db", "/srv/app")).toBe("/srv/app/data/overens.db");
    expect(sqliteFilePath("file:data/overens.db", "/srv/app")).toBe("/srv/app/data/overens.db");
    expect(sqliteFilePath("file:/abs/x.db?connection_limit=1", "/srv/app")).toBe("/abs/x.db");
    expect(sqliteFilePath("file:///abs/y.db", "/srv/app")).toBe("/abs/y.db");
  });

  it("makes SQLite URLs absolute and leaves PostgreSQL URLs alone", () => {
    expect(absoluteDatabaseUrl("file:./data/overens.db", "/srv/app")).toBe("file:/srv/app/data/overens.db");
    expect(absoluteDatabaseUrl("postgres://h/db", "/srv/app")).toBe("postgres://h/db");
  });
});

describe("configuration defaults", () => {
  it("uses the SQLite file under data/ when DATABASE_URL is unset or empty", () => {
    expect(databaseUrlFromEnv({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrlFromEnv({ DATABASE_URL: "" })).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrlFromEnv({ DATABASE_URL: "postgres://h/db" })).toBe("postgres://h/db");
    expect(sqliteFilePath(DEFAULT_DATABASE_URL, "/r")).toBe(path.join("/r", "data", "overens.db"));
  });

  it("keeps one schema and one migrations folder per provider", () => {
    expect(PRISMA_LAYOUT.sqlite).toEqual({ schema: "prisma/schema.prisma", migrations: "prisma/migrations" });
    expect(PRISMA_LAYOUT.postgres).toEqual({
      schema: "prisma/postgres/schema.prisma",
      migrations: "prisma/postgres/migrations",
    });
  });

  it("redacts passwords", () => {
    expect(redactUrl("postgres://user:secret@h:5432/db")).toBe("postgres://user:***@h:5432/db");
    expect(redactUrl("postgres://user@h/db")).toBe("postgres://user@h/db");
  });
});
