/**
 * The server Playwright tests run against: a fresh SQLite database in a temporary folder, migrated
 * and seeded with the demo, the production build served on E2E_PORT and the co-editing server on
 * E2E_COLLAB_PORT (default: E2E_PORT + 1).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../prisma/scripts/migrate";
import { createDb } from "../lib/server/db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { seedE2eMunicipality } from "../lib/server/testing/e2e-municipality";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "overens-e2e-"));
  const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  await migrateDatabase(databaseUrl);
  const db = createDb(databaseUrl);
  await seedDemo(db);
  // A second municipality for specs that change municipality-wide settings (e.g. the decision rule).
  await seedE2eMunicipality(db);
  await db.$disconnect();
  const appUrl = `http://localhost:${port}`;
  const collabPort = process.env.E2E_COLLAB_PORT ?? String(Number(port) + 1);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    // The public page cache renders pages by asking this server on loopback.
    PORT: port,
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    COLLAB_PORT: collabPort,
    COLLAB_HOST: "127.0.0.1",
    // The same site as the app (localhost), so the browser sends its session cookie along.
    COLLAB_PUBLIC_URL: `ws://localhost:${collabPort}`,
  };
  // `node --import tsx` keeps the co-editing server in this one process, so signals reach it.
  const collab = spawn(process.execPath, ["--import", "tsx", "scripts/collab-server.ts"], { stdio: "inherit", env });
  // Playwright waits for the app only: start it once the co-editing server answers, so no test
  // opens a draft before the editor can connect.
  await waitForHealth(`http://127.0.0.1:${collabPort}/health`);
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], { stdio: "inherit", env });
  const stop = () => {
    collab.kill("SIGTERM");
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
  collab.on("exit", (code) => {
    if (code) process.exit(code);
  });
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await fetch(url).then((response) => response.ok, () => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
