/**
 * Portal benchmark at national scale (not a test): `npm run bench:portal -- [--sqlite file:./data/scale.db]
 * [--postgres postgres://127.0.0.1:5432/overens_scale] [--requests 2000] [--concurrency 10] [--no-http]`.
 *
 * Against databases filled by `npm run seed:scale`, for each database and each kind of portal page
 * (installation list, municipality page, text search, filter by municipality and stage, open
 * consultations), with varied pages, terms and filters:
 *  1. the query functions the pages call, directly;
 *  2. the HTML pages over HTTP, from the production build (`next build` first) served as `npm start`
 *     serves them (scripts/server.ts, with the public page cache; PUBLIC_PAGE_CACHE=off renders every
 *     request) on a free port with that DATABASE_URL.
 * N requests per page kind at concurrency C; prints p50/p95/p99 and requests/s. `benchPortal` is
 * exported for an umbrella benchmark (bench:public).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { getDb } from "../lib/server/db";
import { listMunicipalityChoices, listOpenConsultations, listPublicMunicipalities, listPublishedCompacts } from "../lib/server/queries/public-list";
import { STAGES } from "../lib/domain/stages";
import { freePort } from "../lib/collab/testing/process";

export type PortalBenchOptions = {
  databases: { name: string; url: string }[];
  requests?: number;
  concurrency?: number;
  http?: boolean;
  log?: (line: string) => void;
};

export type PortalBenchRow = { database: string; via: "query" | "http" | "again"; kind: string; requests: number; errors: number; p50: number; p95: number; p99: number; perSecond: number };

const SEARCH_TERMS = ["idrott", "kultur", "Integration", "frivilligt", "ÄLDREOMSORGEN", "överenskommelse", "sjö", "berga", "IOP", "beredskap", "finns-inte-alls"];
const PAGE_KINDS = ["list", "municipality", "search", "filter", "home", "consultations"] as const;
type PageKind = (typeof PAGE_KINDS)[number];

type Scenario = { municipalities: string[]; pages: number; perMunicipalityPages: number };

/** The i-th request of a kind: a query call and the equivalent page address. */
function requestFor(kind: PageKind, i: number, s: Scenario): { query: () => Promise<unknown>; url: string | null } {
  const municipality = s.municipalities[(i * 7919) % s.municipalities.length]!;
  const stage = STAGES[i % STAGES.length]!;
  switch (kind) {
    case "list": {
      const page = 1 + ((i * 31) % s.pages);
      return { query: () => Promise.all([listMunicipalityChoices(), listPublishedCompacts({ page })]), url: `/portal?page=${page}` };
    }
    case "municipality": {
      const page = 1 + (i % s.perMunicipalityPages);
      return { query: () => listPublishedCompacts({ municipality, page }), url: `/${municipality}?page=${page}` };
    }
    case "search": {
      const q = SEARCH_TERMS[i % SEARCH_TERMS.length]!;
      const page = 1 + (i % 3);
      return { query: () => Promise.all([listMunicipalityChoices(), listPublishedCompacts({ q, page })]), url: `/portal?q=${encodeURIComponent(q)}&page=${page}` };
    }
    case "filter":
      return { query: () => Promise.all([listMunicipalityChoices(), listPublishedCompacts({ municipality, stage })]), url: `/portal?municipality=${municipality}&stage=${stage}` };
    case "home":
      // The installation's start page: the five newest published compacts and the open and upcoming consultations.
      return { query: () => Promise.all([listPublishedCompacts({ pageSize: 5 }), listOpenConsultations(new Date(), { limit: 10 })]), url: `/` };
    case "consultations":
      // Open and upcoming comment rounds, of the installation or of one municipality (a query only).
      return { query: () => listOpenConsultations(new Date(), { limit: 10, municipality: i % 2 ? municipality : undefined }), url: null };
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN;
}

/** Runs `n` calls of `run(i)` with `concurrency` in flight; latencies in ms. */
async function load(n: number, concurrency: number, run: (i: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t0 = performance.now();
        const ok = await run(i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { errors, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), perSecond: n / seconds };
}


async function startServer(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npx next build` first (or pass --no-http).");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // As `npm start` serves (scripts/server.ts, with the page cache); PUBLIC_PAGE_CACHE=off renders every request.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-portal-secret-bench-portal-secret", APP_URL: base, NEXTAUTH_URL: base, PORT: String(port) };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts/server.ts")], { env, stdio: ["ignore", "ignore", "inherit"] });
  const started = Date.now();
  while (!(await fetch(`${base}/portal`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}`);
    if (Date.now() - started > 60_000) throw new Error("the app server did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, child };
}

async function scenarioOf(url: string): Promise<Scenario> {
  process.env.DATABASE_URL = url;
  const municipalities = (await listPublicMunicipalities()).filter((m) => m.publishedCompacts > 0);
  const first = await listPublishedCompacts({});
  if (!municipalities.length) throw new Error(`${url} has no published compacts: run npm run seed:scale first`);
  return { municipalities: municipalities.map((m) => m.slug), pages: first.window.pages, perMunicipalityPages: 1 };
}

/** Measures the portal's list and search pages on each database; returns one row per database × way × kind. */
export async function benchPortal(options: PortalBenchOptions): Promise<PortalBenchRow[]> {
  const n = options.requests ?? 2000;
  const concurrency = options.concurrency ?? 10;
  const log = options.log ?? console.log;
  const rows: PortalBenchRow[] = [];
  for (const database of options.databases) {
    const scenario = await scenarioOf(database.url);
    log(`${database.name}: ${scenario.municipalities.length} municipalities with published compacts, ${scenario.pages} pages of the list`);
    for (const kind of PAGE_KINDS) {
      await load(Math.min(50, n), concurrency, (i) => requestFor(kind, i, scenario).query().then(() => true));
      const result = await load(n, concurrency, (i) => requestFor(kind, i, scenario).query().then(() => true));
      rows.push({ database: database.name, via: "query", kind, requests: n, ...result });
      log(formatRow(rows.at(-1)!));
    }
    await getDb().$disconnect();
    if (options.http === false) continue;
    const { base, child } = await startServer(database.url);
    try {
      for (const kind of PAGE_KINDS.filter((k) => requestFor(k, 0, scenario).url !== null)) {
        const get = async (i: number) => {
          const response = await fetch(base + requestFor(kind, i, scenario).url!);
          const body = await response.text();
          return response.ok && body.length > 0;
        };
        await load(Math.min(100, n), concurrency, get);
        // First visits (most addresses of a kind rendered for the first time), then the same addresses
        // again: what the page cache serves once a page has been asked for.
        const first = await load(n, concurrency, get);
        rows.push({ database: database.name, via: "http", kind, requests: n, ...first });
        log(formatRow(rows.at(-1)!));
        const again = await load(n, concurrency, get);
        rows.push({ database: database.name, via: "again", kind, requests: n, ...again });
        log(formatRow(rows.at(-1)!));
      }
    } finally {
      child.kill("SIGTERM");
    }
  }
  return rows;
}

export function formatRow(r: PortalBenchRow): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(9);
  return `${r.database.padEnd(10)} ${r.via.padEnd(5)} ${r.kind.padEnd(13)} n=${r.requests} err=${r.errors} p50 ${ms(r.p50)} p95 ${ms(r.p95)} p99 ${ms(r.p99)} ${r.perSecond.toFixed(0).padStart(6)} req/s`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      sqlite: { type: "string" },
      postgres: { type: "string" },
      requests: { type: "string", default: "2000" },
      concurrency: { type: "string", default: "10" },
      "no-http": { type: "boolean", default: false },
    },
  });
  const databases = [
    ...(values.sqlite || !values.postgres ? [{ name: "SQLite", url: values.sqlite ?? "file:./data/scale.db" }] : []),
    ...(values.postgres ? [{ name: "PostgreSQL", url: values.postgres }] : []),
  ];
  const rows = await benchPortal({ databases, requests: Number(values.requests), concurrency: Number(values.concurrency), http: !values["no-http"] });
  console.log("\nSummary (target p99 ≤ 100 ms):");
  for (const r of rows) console.log(`${formatRow(r)}${r.p99 <= 100 ? "" : "  ← over target"}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
