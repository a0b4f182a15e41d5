import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import {
  PRISMA_LAYOUT,
  absoluteDatabaseUrl,
  databaseKind,
  databaseUrlFromEnv,
  ensureSqliteDirectory,
  repoRoot,
} from "./prisma/database-url";

const root = repoRoot();

// Next.js reads .env files by itself; Prisma 7's CLI does not. Read them here too (variables that
// are already set win), so that `prisma migrate …` and the app agree on DATABASE_URL.
for (const file of [".env.local", ".env"]) {
  if (fs.existsSync(path.join(root, file))) process.loadEnvFile(path.join(root, file));
}

// Prisma's native schema engine is downloaded from binaries.prisma.sh, which many machines (and CI
// here) cannot reach. Unless told otherwise, the CLI gets a stand-in that runs the WebAssembly
// engine from npm (see prisma/engine-bridge/schema-engine.mjs). It must be set here: the CLI reads the
// config before it looks for, or tries to download, the engine.
if (process.env.PRISMA_USE_NATIVE_ENGINE !== "1" && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "prisma/engine-bridge/schema-engine.mjs");
}

// The provider is fixed per schema, so the URL's scheme picks the schema and its migrations.
const url = absoluteDatabaseUrl(databaseUrlFromEnv(), root);
const layout = PRISMA_LAYOUT[databaseKind(url)];
ensureSqliteDirectory(url, root);

export default defineConfig({
  schema: path.join(root, layout.schema),
  migrations: { path: path.join(root, layout.migrations) },
  datasource: { url },
});
