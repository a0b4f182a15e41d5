/**
 * The server Playwright tests run against: a fresh SQLite database in a temporary folder, migrated
 * and seeded with the demo, and the production build served on E2E_PORT.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../prisma/scripts/migrate";
import { createDb } from "../lib/server/db";
import { seedDemo } from "../lib/server/services/seed/seed-demo";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "overens-e2e-"));
  const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  await migrateDatabase(databaseUrl);
  const db = createDb(databaseUrl);
  await seedDemo(db);
  await db.$disconnect();
  const appUrl = `http://localhost:${port}`;
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      APP_URL: appUrl,
      NEXTAUTH_URL: appUrl,
    },
  });
  const stop = () => {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
