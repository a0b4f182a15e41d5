/**
 * `npm start`: one command from a bare checkout to a running app. Creates the SQLite database under
 * data/ (or uses DATABASE_URL), applies migrations, seeds the demo into an empty installation only,
 * builds if there is no build yet, and serves on PORT (default 3000), with the co-editing server
 * as a second process on COLLAB_PORT (default 3001).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseUrlFromEnv, redactUrl } from "../prisma/database-url";
import { migrateDatabase } from "../prisma/scripts/migrate";
import { createDb } from "../lib/server/db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/server/seed/demo-data";

const root = process.cwd();
const dataDir = path.join(root, "data");

/** A secret generated once for this installation and kept in data/, unless AUTH_SECRET is given. */
function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString("base64"), { mode: 0o600 });
    console.log("Generated AUTH_SECRET in data/auth-secret");
  }
  return fs.readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function main() {
  const port = process.env.PORT ?? "3000";
  const databaseUrl = databaseUrlFromEnv();
  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    // The public page cache renders pages by asking this server on loopback.
    PORT: port,
    AUTH_SECRET: ensureAuthSecret(),
    APP_URL: appUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
  };

  console.log(`Database: ${redactUrl(databaseUrl)}`);
  await migrateDatabase(databaseUrl);
  const db = createDb(databaseUrl);
  const { seeded } = await seedDemo(db);
  await db.$disconnect();
  console.log(seeded ? "Seeded the demo installation." : "Existing data kept (no seeding).");

  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("No build yet: building (about a minute)…");
    await run(process.execPath, [require.resolve("next/dist/bin/next"), "build"], env);
  }

  // `node --import tsx` (not the tsx CLI) keeps the co-editing server in one process that our
  // signals reach; it stores every pending change when it is stopped.
  const collab = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/collab-server.ts")], { stdio: "inherit", env });
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/server.ts")], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      collab.kill(signal);
      server.kill(signal);
    });
  }
  server.on("exit", (code) => {
    collab.kill("SIGTERM");
    process.exit(code ?? 0);
  });
  collab.on("exit", (code) => {
    if (code) {
      console.error(`The co-editing server stopped (exit code ${code}); stopping the app too.`);
      server.kill("SIGTERM");
    }
  });

  console.log(`\nÖverens is running at ${appUrl}`);
  console.log(`Demo accounts (password: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(16)} ${user.email}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
