// Database access for the schema engine bridge: driver adapters for the WebAssembly engine, plus the
// few operations the native engine does on its own (create, drop, "can I connect?").
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3");
const { PrismaPg } = require("@prisma/adapter-pg");
const pg = require("pg");
// Not direct dependencies: take the copies the adapter and pg themselves use.
const { bindMigrationAwareSqlAdapterFactory } = createRequire(require.resolve("@prisma/adapter-pg"))(
  "@prisma/driver-adapter-utils",
);
const { parse: parsePgUrl } = createRequire(require.resolve("pg"))("pg-connection-string");

/** An error the Prisma CLI shows with its code, like the native engine's user-facing errors. */
export class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export function providerOf(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new UserFacingError("P1013", `The bridge supports file: (SQLite) and postgres:// URLs, not "${url.split(":")[0]}:".`);
}

// ---------------------------------------------------------------------------------------------
// SQLite

// Same rules as sqliteFilePath() in prisma/database-url.ts, which this plain-JS script cannot import.
// prisma.config.ts hands over absolute paths anyway.
function sqlitePath(url) {
  if (url.startsWith("file://")) return fileURLToPath(url.split("?")[0]);
  const file = url.slice("file:".length).split("?")[0];
  return file === ":memory:" ? file : path.resolve(file);
}

function sqliteFactory(url) {
  const factory = new PrismaBetterSqlite3({ url: sqlitePath(url) });
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  // Replaying migrations into the shadow database, and `db execute`, send a whole script through
  // executeRaw, which better-sqlite3 refuses when it holds more than one statement: run those as scripts.
  const withScripts = async (connecting) => {
    const adapter = await connecting();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length === 0 && hasSeveralStatements(query.sql)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => withScripts(connect),
    connectToShadowDb: () => withScripts(connectToShadowDb),
  };
}

/** Good enough for generated migrations: a `;` followed by more SQL outside quotes and comments. */
function hasSeveralStatements(sql) {
  const stripped = sql
    .replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, "''")
    .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "");
  return /;\s*\S/.test(stripped);
}

/** `migrate reset` through the WebAssembly engine leaves tables behind on SQLite: finish the job. */
export async function emptySqliteDatabase(url) {
  const file = sqlitePath(url);
  if (file === ":memory:" || !fs.existsSync(file)) return;
  const Database = require("better-sqlite3");
  const db = new Database(file);
  try {
    db.pragma("foreign_keys = OFF");
    const objects = db
      .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('view', 'table')")
      .all();
    db.transaction(() => {
      for (const { type, name } of objects) db.exec(`DROP ${type.toUpperCase()} IF EXISTS "${name.replaceAll('"', '""')}"`);
    })();
    db.exec("VACUUM");
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

// The engine reads pg_catalog columns of type "char" (oid 18), which the pg adapter cannot map.
// Reporting them as text is harmless here, and this patch lives only in the bridge's process.
const PG_CHAR = 18;
const PG_TEXT = 25;
const { Result } = require("pg");
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fieldDescriptions) {
  for (const field of fieldDescriptions) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
  return addFields.call(this, fieldDescriptions);
};

/** Connection fields rather than one URL, so that the database name can be swapped (pg lets a URL win over fields). */
function pgConfig(url) {
  // Prisma-only URL parameters that pg does not know.
  const { schema, connection_limit: _connectionLimit, pool_timeout: _poolTimeout, ...config } = parsePgUrl(url);
  for (const key of Object.keys(config)) if (config[key] === undefined || config[key] === null) delete config[key];
  return { config, schema };
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

function describeServer(config) {
  return `${config.host ?? "localhost"}:${config.port ?? 5432}`;
}

async function withPgClient(config, work) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * PrismaPg runs a script by splitting it at every ";", which cuts PL/pgSQL bodies ($$ … $$) apart.
 * The simple query protocol takes several statements at once, so send the script whole.
 */
function wholeScripts(adapter) {
  adapter.executeScript = async function executeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

/** Shadow databases the bridge created and has not dropped yet (dropped on exit at the latest). */
const liveShadowDatabases = new Map();

function pgFactory(url) {
  const { config, schema } = pgConfig(url);
  const factory = new PrismaPg(config, schema ? { schema } : undefined);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScripts(await factory.connect()),
    // PrismaPg's own version lands on the main database when given a URL (the URL's database wins
    // over `database`) and, given fields, fails to drop the shadow database while its pool is still
    // open, leaving it behind. So: create it here, end the pool, then drop it (WITH FORCE, PG 13+).
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
      await withPgClient(config, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
      const drop = async () => {
        if (!liveShadowDatabases.delete(name)) return;
        await withPgClient(config, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
      };
      liveShadowDatabases.set(name, drop);
      const adapter = wholeScripts(await new PrismaPg({ ...config, database: name }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await drop();
      };
      return adapter;
    },
  };
}

export async function dropShadowDatabases() {
  await Promise.allSettled([...liveShadowDatabases.values()].map((drop) => drop()));
}

// ---------------------------------------------------------------------------------------------
// What the CLI asks for

/**
 * The driver adapter factory the WebAssembly engine expects (errors captured the Prisma way), and a
 * way to close what it opened: freeing an engine does not, and SQLite is opened in exclusive mode.
 */
export function adapterFactoryFor(url) {
  const factory = providerOf(url) === "sqlite" ? sqliteFactory(url) : pgFactory(url);
  const open = new Set();
  const tracked = (connect) => async () => {
    const adapter = await connect();
    open.add(adapter);
    return adapter;
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory({
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: tracked(factory.connect),
      connectToShadowDb: tracked(factory.connectToShadowDb),
    }),
    async closeConnections() {
      const adapters = [...open];
      open.clear();
      await Promise.allSettled(adapters.map((adapter) => adapter.dispose()));
    },
  };
}

function pgUserFacingError(error, config) {
  if (error?.code === "3D000") {
    return new UserFacingError(
      "P1003",
      `Database \`${config.database}\` does not exist on the database server at \`${describeServer(config)}\`.`,
    );
  }
  if (error?.code === "28P01" || error?.code === "28000") {
    return new UserFacingError("P1000", `Authentication failed against the database server at \`${describeServer(config)}\`: ${error.message}`);
  }
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH"].includes(error?.code)) {
    return new UserFacingError("P1001", `Can't reach database server at \`${describeServer(config)}\`.`);
  }
  return error;
}

/** Resolves when the database exists and answers; throws a UserFacingError otherwise (P1003: missing). */
export async function canConnect(url) {
  if (providerOf(url) === "sqlite") {
    const file = sqlitePath(url);
    if (file !== ":memory:" && !fs.existsSync(file)) {
      throw new UserFacingError("P1003", `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`);
    }
    return;
  }
  const { config } = pgConfig(url);
  try {
    await withPgClient(config, (client) => client.query("SELECT 1"));
  } catch (error) {
    throw pgUserFacingError(error, config);
  }
}

/** Creates the (empty) database of the URL; returns its name. */
export async function createDatabase(url) {
  if (providerOf(url) === "sqlite") {
    const file = sqlitePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const Database = require("better-sqlite3");
    new Database(file).close();
    return path.basename(file);
  }
  const { config } = pgConfig(url);
  // CREATE DATABASE has to be sent from another database on the same server.
  const maintenance = { ...config, database: config.database === "postgres" ? "template1" : "postgres" };
  try {
    await withPgClient(maintenance, (client) => client.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
  } catch (error) {
    if (error?.code === "42P04") throw new UserFacingError("P1009", `Database \`${config.database}\` already exists on the database server at \`${describeServer(config)}\`.`);
    throw pgUserFacingError(error, config);
  }
  return config.database;
}

export async function dropDatabase(url) {
  if (providerOf(url) === "sqlite") {
    const file = sqlitePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    return;
  }
  const { config } = pgConfig(url);
  const maintenance = { ...config, database: config.database === "postgres" ? "template1" : "postgres" };
  try {
    await withPgClient(maintenance, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(config.database)} WITH (FORCE)`));
  } catch (error) {
    throw pgUserFacingError(error, config);
  }
}
