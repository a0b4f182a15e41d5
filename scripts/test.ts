/**
 * `npm test`: every check the project has, in order, with one pass/fail count at the end.
 * lint → typecheck → unit → integration (SQLite, then PostgreSQL when a server answers) → build → browser.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

type Outcome = { name: string; passed: number; failed: number; note?: string };
const outcomes: Outcome[] = [];
const results = path.join(process.cwd(), "test-results");
fs.mkdirSync(results, { recursive: true });

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name: string, command: string, args: string[]) {
  const ok = run(command, args);
  outcomes.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

/** Runs a vitest project and counts its tests from the JSON report. */
function vitest(name: string, project: string, env: Record<string, string> = {}) {
  const report = path.join(results, `${name}.json`);
  fs.rmSync(report, { force: true });
  const ok = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${report}`], env);
  const counts = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(report);
  const failed = counts ? counts.numFailedTests : 1;
  outcomes.push({ name, passed: counts?.numPassedTests ?? 0, failed: ok ? failed : Math.max(failed, 1) });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function browserTests() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `\n✗ Browser tests need Debian's chromium at ${CHROMIUM}, which is missing.\n` +
        "  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n" +
        "  (or point CHROMIUM_PATH at another Chromium). Playwright's own browser download is not used.",
    );
    outcomes.push({ name: "e2e", passed: 0, failed: 1, note: "chromium missing" });
    return;
  }
  const built = run("npx", ["next", "build"]);
  outcomes.push({ name: "build", passed: built ? 1 : 0, failed: built ? 0 : 1 });
  if (!built) return;
  const report = path.join(results, "e2e.json");
  fs.rmSync(report, { force: true });
  const ok = run("npx", ["playwright", "test"]);
  const stats = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report)?.stats;
  const failed = stats ? stats.unexpected + stats.flaky : 1;
  outcomes.push({ name: "e2e", passed: stats?.expected ?? 0, failed: ok ? failed : Math.max(failed, 1) });
}

async function main() {
  const started = Date.now();
  check("lint", "npx", ["eslint", "."]);
  check("typecheck", "npx", ["tsc", "--noEmit"]);
  vitest("unit", "unit");
  vitest("integration-sqlite", "integration", { TEST_DB: "sqlite" });
  if (await postgresAnswers()) {
    vitest("integration-postgres", "integration", { TEST_DB: "postgres", TEST_POSTGRES_URL: POSTGRES_URL });
  } else {
    console.log(
      `\nPostgreSQL suite not run: no server answered at ${POSTGRES_URL}. ` +
        "Start PostgreSQL (or set TEST_POSTGRES_URL to an admin URL) and run `TEST_DB=postgres npm run test:integration`.",
    );
  }
  browserTests();

  console.log("\nSummary");
  for (const o of outcomes) console.log(`  ${o.failed ? "✗" : "✓"} ${o.name.padEnd(22)} ${o.passed} passed, ${o.failed} failed${o.note ? ` (${o.note})` : ""}`);
  const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
  const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
  console.log(`  time: ${Math.round((Date.now() - started) / 1000)} s\n`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
