/**
 * Public page benchmark (not a test): `npm run bench:public [-- --seconds 10 --connections 50]`.
 * Needs the production build (`npm run build`) and wrk (`apt-get install -y wrk`); nginx
 * (`apt-get install -y nginx-light`) for (c).
 *
 * On a fresh SQLite database seeded with the demo plus one adopted, published compact with joinings,
 * it measures in one run, side by side, with wrk on loopback:
 *   (a) the published compact page served by the app as `npm start` runs it (scripts/server.ts, with its
 *       page cache: rendered once, then from memory)
 *   (b) the same page rendered on every request (a second instance with PUBLIC_PAGE_CACHE=off)
 *   (c) the page through nginx configured as the README documents, in front of (a)
 *   (d) a bare Node HTTP server returning the same bytes
 * and prints requests/s, p50 and p99 for each and the ratios a/b and c/d.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createFreshDatabase } from "../prisma/testing/fresh-database";
import { loadActor } from "../lib/server/actor";
import { getDb } from "../lib/server/db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { addToDraftingGroup } from "@/lib/server/services/compacts/add-to-drafting-group";
import { changeStage } from "../lib/server/services/compacts/change-stage";
import { createCompact } from "../lib/server/services/compacts/create-compact";
import { markReady } from "../lib/server/services/compacts/mark-ready";
import { recordDecision } from "../lib/server/services/compacts/record-decision";
import { saveAgenda } from "../lib/server/services/compacts/save-agenda";
import { saveText } from "../lib/server/services/compacts/save-text";
import { registerJoining } from "@/lib/server/services/publication/register-joining";
import { freePort } from "../lib/collab/testing/process";

const { values: options } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    threads: { type: "string", default: "2" },
  },
});
const SECONDS = Number(options.seconds);
const CONNECTIONS = Number(options.connections);
const THREADS = Number(options.threads);


async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

async function actor(local: string) {
  const user = await getDb().user.findUniqueOrThrow({ where: { email: `${local}@demo.overens.se` } });
  const found = await loadActor(user.id);
  if (!found) throw new Error(`no actor for ${local}`);
  return found;
}

/** The demo plus one adopted compact with a realistic text and three joinings: the page measured. */
async function preparePublishedCompact(): Promise<string> {
  await seedDemo(getDb());
  const official = await actor("tjansteperson");
  const revision = async (id: string) => (await getDb().compact.findUniqueOrThrow({ where: { id } })).revision;
  const { id } = await createCompact(official, { title: "Överenskommelse om samverkan mellan Sjöberga kommun och civilsamhället" });
  for (const name of [null, "Föreningen Grannstöd", "Sjöberga Idrottsallians"]) {
    const organisationId = name ? (await getDb().organisation.findFirstOrThrow({ where: { name } })).id : official.organisationId;
    await addToDraftingGroup(official, { compactId: id, organisationId });
  }
  await saveAgenda(official, { compactId: id, why: "Ett långsiktigt samarbete.", issues: "Lokaler, bidrag, dialog", invited: "Alla föreningar" });
  const section = (title: string) =>
    `## ${title}\n` +
    "Kommunen och de idéburna organisationerna samverkar utifrån de sex principerna: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald. ".repeat(3) +
    "\n";
  await saveText(official, {
    compactId: id,
    text: `# Överenskommelse\n${["Syfte", "Parter", "Principer", "Åtaganden för kommunen", "Åtaganden för civilsamhället", "Dialog och uppföljning", "Giltighet"].map(section).join("")}Överenskommelsen ses över vart tredje år.`,
  });
  await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  await markReady(official, { compactId: id });
  await markReady(await actor("forening"), { compactId: id });
  await changeStage(official, { compactId: id, kind: "advance", expectedRevision: await revision(id) });
  await recordDecision(await actor("politiker"), { compactId: id, expectedRevision: await revision(id), outcome: "approved", motivation: "Överenskommelsen stärker samverkan.", body: "Kommunfullmäktige", caseNumber: "KS 2027/12", meetingDate: "2027-05-05" });
  for (const name of ["Föreningen Grannstöd", "Sjöberga Idrottsallians"]) {
    const organisationId = (await getDb().organisation.findFirstOrThrow({ where: { name } })).id;
    await registerJoining(official, { compactId: id, organisationId, joinedOn: "2027-06-01", evidence: "Styrelseprotokoll 2027-05-30" });
  }
  const publication = await getDb().publication.findFirstOrThrow({ where: { compactId: id } });
  const municipality = await getDb().municipality.findUniqueOrThrow({ where: { id: publication.municipalityId } });
  return `/${municipality.slug}/${publication.compactSlug}`;
}

type Result = { name: string; rps: number; p50: number; p99: number; errors: number };

/** Milliseconds from a wrk latency figure such as 812.00us, 1.20ms or 2.01s. */
function ms(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "s" ? n * 1000 : n;
}

function wrk(name: string, url: string): Result {
  const run = spawnSync("wrk", [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency", url], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`wrk failed for ${url}: ${run.stderr}`);
  const out = run.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = ms(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = ms(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  return { name, rps, p50, p99, errors };
}

function nginxConfig(dir: string, port: number, upstream: number): string {
  // The README's configuration, with paths in a temporary folder so the benchmark needs no system setup.
  // Run as root (as here), nginx would hand its workers to "nobody", who may not write in our folder.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=overens:10m max_size=1g inactive=1h use_temp_path=off;
  map $http_cookie $overens_personal {
    default 0;
    "~next-auth\\.session-token" 1;
    "~(^|;\\s*)locale=" 1;
  }
  upstream app { server 127.0.0.1:${upstream}; keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_cache overens;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_bypass $overens_personal;
      proxy_no_cache     $overens_personal;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

const BARE_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const body = fs.readFileSync(process.argv[1]);
http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
  res.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

async function main() {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  if (!has("wrk")) throw new Error("wrk is not installed: apt-get install -y wrk");
  const children: ChildProcess[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "overens-bench-public-"));
  const database = await createFreshDatabase("sqlite");
  process.env.DATABASE_URL = database.url;
  try {
    console.log("Preparing a published compact…");
    const page = await preparePublishedCompact();
    await getDb().$disconnect();

    const [cachedPort, dynamicPort, barePort, nginxPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const base: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
      COLLAB_PUBLIC_URL: "ws://localhost:1",
    };
    const start = (port: number, env: Record<string, string>) => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...base, ...env, PORT: String(port), APP_URL: `http://localhost:${port}`, NEXTAUTH_URL: `http://localhost:${port}` },
      });
      children.push(child);
    };
    start(cachedPort, { PUBLIC_PAGE_CACHE: "on" });
    start(dynamicPort, { PUBLIC_PAGE_CACHE: "off" });
    await Promise.all([waitFor(`http://127.0.0.1:${cachedPort}/`), waitFor(`http://127.0.0.1:${dynamicPort}/`)]);

    const cachedUrl = `http://127.0.0.1:${cachedPort}${page}`;
    const first = await fetch(cachedUrl);
    if (first.status !== 200) throw new Error(`${cachedUrl} answered ${first.status}`);
    const bytes = Buffer.from(await first.arrayBuffer());
    const check = await fetch(cachedUrl);
    console.log(`Page ${page}: ${bytes.length} bytes; app cache: ${check.headers.get("x-overens-cache")}; dynamic instance: ${(await fetch(`http://127.0.0.1:${dynamicPort}${page}`)).headers.get("x-overens-cache") ?? "rendered"}`);

    fs.writeFileSync(path.join(tmp, "page.html"), bytes);
    children.push(spawn(process.execPath, ["-e", BARE_SERVER, path.join(tmp, "page.html"), String(barePort)], { stdio: "inherit" }));
    await waitFor(`http://127.0.0.1:${barePort}/`);

    let nginxUrl: string | null = null;
    if (has("nginx")) {
      fs.writeFileSync(path.join(tmp, "nginx.conf"), nginxConfig(tmp, nginxPort, cachedPort));
      children.push(spawn("nginx", ["-c", path.join(tmp, "nginx.conf"), "-p", tmp], { stdio: "inherit" }));
      await waitFor(`http://127.0.0.1:${nginxPort}/`);
      nginxUrl = `http://127.0.0.1:${nginxPort}${page}`;
      await fetch(nginxUrl);
      console.log(`nginx cache: ${(await fetch(nginxUrl)).headers.get("x-cache-status")}`);
    } else {
      console.log("nginx is not installed (apt-get install -y nginx-light): (c) is left out.");
    }

    console.log(`wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${SECONDS} s per target\n`);
    const results: Record<string, Result> = {};
    results.a = wrk("(a) app, page cache", cachedUrl);
    results.b = wrk("(b) app, rendered per request", `http://127.0.0.1:${dynamicPort}${page}`);
    if (nginxUrl) results.c = wrk("(c) nginx cache in front of (a)", nginxUrl);
    results.d = wrk("(d) bare Node server, same bytes", `http://127.0.0.1:${barePort}/`);

    const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
    console.log(row(["target", "requests/s", "p50 ms", "p99 ms", "errors"]));
    console.log(row(["---", "---:", "---:", "---:", "---:"]));
    for (const r of Object.values(results)) console.log(row([r.name, r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), String(r.errors)]));
    const ab = results.a!.rps / results.b!.rps;
    console.log(`\na/b = ${ab.toFixed(1)} (target ≥ 5)`);
    if (results.c) console.log(`c/d = ${(results.c.rps / results.d!.rps).toFixed(2)} (target ≥ 0.5)`);
    console.log(`p99 of (a) = ${results.a!.p99.toFixed(1)} ms (target ≤ 100 ms)`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await database.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
