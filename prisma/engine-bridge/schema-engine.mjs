#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI downloads from binaries.prisma.sh
// and which no npm package ships. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here (unless
// PRISMA_USE_NATIVE_ENGINE=1). The CLI then starts this script the way it starts the binary:
//
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database | create-database | drop-database
//   schema-engine --datamodels <schema> --datasource '{"url":…}'    (JSON-RPC, one message per line on stdio)
//
// and we answer with the WebAssembly build of the same engine (@prisma/schema-engine-wasm, pinned to
// the CLI's engine version) running on the better-sqlite3 or pg driver adapter. What the WebAssembly
// engine does not do like the binary is patched here or in ./databases.mjs.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import {
  UserFacingError,
  adapterFactoryFor,
  canConnect,
  createDatabase,
  dropDatabase,
  dropShadowDatabases,
  emptySqliteDatabase,
  providerOf,
} from "./databases.mjs";

const require = createRequire(import.meta.url);
// PRISMA_BRIDGE_DEBUG=<file> logs every request and answer there (the CLI swallows the engine's stderr).
const debugFile = process.env.PRISMA_BRIDGE_DEBUG;

function debug(...parts) {
  if (!debugFile) return;
  const text = parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" ");
  fs.appendFileSync(debugFile, `${new Date().toISOString()} [${process.pid}] ${text}\n`);
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "cli") args.cli = argv[++i];
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// The WebAssembly engine

async function loadSchemaEngine() {
  const runtimePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const runtime = await import(runtimePath);
  // The package's own entry imports the .wasm file as an ES module, which Node 20 cannot do.
  const wasm = new WebAssembly.Module(fs.readFileSync(path.join(path.dirname(runtimePath), "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": runtime });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  // The engine's panic hook reports through this global.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { message: "", set_message(message) { this.message = message; } };
  return runtime;
}

function engineVersion() {
  try {
    return require("@prisma/engines-version").enginesVersion;
  } catch {
    return require("@prisma/schema-engine-wasm/package.json").version.split(".").pop();
  }
}

/** One engine per process (the CLI starts a process per command), created on the first request. */
function createSession({ datamodels, url }) {
  const { factory, closeConnections } = adapterFactoryFor(url);
  const files = datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
  let current;
  const start = async () => {
    const { SchemaEngine } = await (runtime ??= loadSchemaEngine());
    return SchemaEngine.new({ datamodels: files.length > 0 ? files : undefined }, (log) => debug(log), factory);
  };
  return {
    factory,
    engine: () => (current ??= start()),
    /** Frees the engine and its connections; the next request starts a new one. */
    async close() {
      const engine = current;
      current = undefined;
      (await engine?.catch(() => undefined))?.free();
      await closeConnections();
    },
  };
}
let runtime;

/** The error object of a JSON-RPC response, shaped like the native engine's. */
function toRpcError(error, factory) {
  const isPanic = error?.name === "RuntimeError";
  let message = isPanic
    ? globalThis.PRISMA_WASM_PANIC_REGISTRY?.message || String(error.message)
    : String(error?.message ?? error);
  // Errors thrown by the JS driver reach the engine as "External error id#N": put the driver's message back.
  message = message.replace(/External error id#(\d+)/g, (text, id) => {
    const original = factory.errorRegistry.consumeError(Number(id))?.error;
    return original ? String(original.message ?? original) : text;
  });
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: isPanic,
      message,
      ...(typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? { error_code: error.code } : {}),
      ...(error?.meta ? { meta: error.meta } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC over stdio

async function serve(args) {
  const url = args.datasource?.url;
  if (!url) throw new Error("The schema engine bridge needs a datasource URL (datasource.url in prisma.config.ts).");
  const provider = providerOf(url);
  const session = createSession({ datamodels: args.datamodels, url });

  let nextOwnId = 1_000_000;
  const pendingOwnRequests = new Map();
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  // The binary prints `migrate diff` output by asking the CLI to print it; the CLI captures that for --output.
  const printThroughCli = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      pendingOwnRequests.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const methods = {
    devDiagnostic: (params) => withMigrationsTable(session, params, (engine) => engine.devDiagnostic(params)),
    diagnoseMigrationHistory: (params) =>
      withMigrationsTable(session, params, (engine) => engine.diagnoseMigrationHistory(params)),
    markMigrationApplied: (params) => withMigrationsTable(session, params, (engine) => engine.markMigrationApplied(params)),
    evaluateDataLoss: (params) =>
      withShadowDatabase(session, params.migrationsList, params.filters, (engine) => engine.evaluateDataLoss(params)),
    createMigration: (params) =>
      withShadowDatabase(session, params.migrationsList, params.filters, (engine) => engine.createMigration(params)),
    async reset(params) {
      await (await session.engine()).reset(params);
      if (provider === "sqlite") {
        // The WebAssembly engine's reset leaves SQLite's tables in place. It holds the file in
        // exclusive mode, so let go of it before emptying it; the next command opens a new engine.
        await session.close();
        await emptySqliteDatabase(url);
      }
      return {};
    },
    async diff(params) {
      const result = await (await session.engine()).diff(params);
      if (result.stdout) await printThroughCli(result.stdout);
      return { ...result, stdout: null };
    },
    getDatabaseVersion: async (params) => (await session.engine()).version(params),
    createDatabase: async () => ({ databaseName: await createDatabase(url) }),
  };

  const handle = async (request) => {
    const params = request.params ?? {};
    debug("→", request.method, params);
    try {
      const method =
        methods[request.method] ??
        (async () => {
          const engine = await session.engine();
          if (typeof engine[request.method] !== "function") throw new Error(`Unknown schema engine method: ${request.method}`);
          return engine[request.method](params);
        });
      const result = (await method(params)) ?? {};
      debug("←", request.method, result);
      send({ jsonrpc: "2.0", id: request.id, result });
    } catch (error) {
      debug("✗", request.method, String(error?.stack ?? error));
      send({ jsonrpc: "2.0", id: request.id, error: toRpcError(error, session.factory) });
    }
  };

  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) {
      pendingOwnRequests.get(message.id)?.();
      pendingOwnRequests.delete(message.id);
      return;
    }
    // The CLI waits for each answer anyway; keep the engine strictly sequential.
    queue = queue.then(() => handle(message));
  });
  await new Promise((resolve) => lines.on("close", resolve));
  await queue;
  await session.close();
}

/**
 * On a database without `_prisma_migrations`, the WebAssembly engine fails with P1014 where the
 * binary creates the table (first `migrate dev`). Applying an empty migration list creates it.
 */
async function withMigrationsTable(session, params, run) {
  const engine = await session.engine();
  try {
    return await run(engine);
  } catch (error) {
    if (error?.code !== "P1014" || !params.migrationsList) throw error;
    debug("P1014: creating the migrations table, then retrying");
    await engine.applyMigrations({ migrationsList: { ...params.migrationsList, migrationDirectories: [] }, filters: params.filters });
    return await run(engine);
  }
}

/**
 * In evaluateDataLoss and createMigration, the WebAssembly engine only reaches the shadow database
 * (the adapter's connectToShadowDb) after a diagnostic step has run on the same engine, and loses it
 * again once applyMigrations has applied something ("SQLite shadow DB must be provided through an
 * external factory"): `migrate dev` does exactly that. So run the diagnostic first.
 */
async function withShadowDatabase(session, migrationsList, filters, run) {
  const engine = await session.engine();
  await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters });
  return run(engine);
}

// ---------------------------------------------------------------------------------------------
// `schema-engine cli <command>`: exit code 0, or 1 with the error as a JSON log line on stderr

async function runCliCommand(command, url) {
  const commands = {
    "can-connect-to-database": () => canConnect(url),
    "create-database": () => createDatabase(url),
    "drop-database": () => dropDatabase(url),
  };
  if (!commands[command]) throw new Error(`Unknown schema engine cli command: ${command}`);
  try {
    await commands[command]();
  } catch (error) {
    // The CLI skips the first stderr line and parses the others as the binary's JSON log lines.
    const fields = { message: String(error?.message ?? error), ...(error instanceof UserFacingError ? { error_code: error.code } : {}) };
    process.stderr.write(`schema-engine bridge: ${command} failed\n`);
    process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level: "ERROR", fields, target: "schema_engine::logger" }));
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------

// The CLI kills the engine right after closing its stdin: clean up shadow databases before leaving.
process.once("SIGTERM", () => {
  dropShadowDatabases().finally(() => process.exit(0));
});

const args = parseArgs(process.argv.slice(2));
try {
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${engineVersion()}\n`);
  } else if (args.cli) {
    await runCliCommand(args.cli, args.datasource?.url ?? "");
  } else {
    await serve(args);
  }
} catch (error) {
  process.stderr.write(`${JSON.stringify({ level: "ERROR", fields: { message: String(error?.stack ?? error) }, target: "schema_engine::bridge" })}\n`);
  process.exitCode = 1;
} finally {
  await dropShadowDatabases();
  // Open pg pools would keep the process alive; the CLI expects the engine to end with its stdin.
  process.exit();
}
