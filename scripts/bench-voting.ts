/**
 * Voting benchmark (not a test):
 * `npm run bench:voting [-- --participants 500 --seconds 5 --instances 2 --redis --database postgres --join-first]`.
 *
 * Starts its own app server(s) from the production build (`npm run build` first) on free ports, with
 * a fresh SQLite database seeded with the demo; prepares a live workshop with one open statement;
 * opens the presenter's SSE stream as the demo official; then lets N simulated participants arrive
 * evenly over S seconds, each joining (alternating sectors, alternating instances) and voting once.
 *
 * Reports votes accepted, votes lost (accepted but missing from the final tally: must be 0), and the
 * delay from a vote being accepted until the presenter stream shows a tally that includes it (p50,
 * p95, max), and until it shows the final tally. With --instances > 1 the servers share the database;
 * live updates between them go through Redis (--redis), PostgreSQL LISTEN/NOTIFY (--database postgres
 * with TEST_POSTGRES_URL set, e.g. postgres://postgres@127.0.0.1:5432/postgres) or, for SQLite without
 * Redis, polling the shared file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { createFreshDatabase } from "../prisma/testing/fresh-database";
import { loadActor } from "../lib/server/actor";
import { createDb, getDb } from "../lib/server/db";
import { closeLiveBus } from "../lib/server/live/bus";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-data";
import { changeStatement } from "../lib/server/services/workshops/change-statement";
import { createWorkshop } from "../lib/server/services/workshops/create-workshop";
import { startWorkshop } from "../lib/server/services/workshops/start-workshop";
import { freePort } from "../lib/collab/testing/process";

const { values: options } = parseArgs({
  options: {
    participants: { type: "string", default: "500" },
    seconds: { type: "string", default: "5" },
    instances: { type: "string", default: "1" },
    redis: { type: "boolean", default: false },
    database: { type: "string", default: "sqlite" },
    "join-first": { type: "boolean", default: false },
  },
});
const PARTICIPANTS = Number(options.participants);
const SECONDS = Number(options.seconds);
const INSTANCES = Number(options.instances);
const REDIS_URL = options.redis ? (process.env.REDIS_URL ?? "redis://127.0.0.1:6379") : undefined;
/** sqlite (a temporary file) or postgres (a new database on TEST_POSTGRES_URL's server, dropped afterwards). */
const DATABASE = options.database === "postgres" ? "postgres" : "sqlite";
const OFFICIAL = "tjansteperson@demo.overens.se";

type TallyEvent = { at: number; total: number };
type VoteResult = { ok: boolean; status: number; step: "join" | "vote"; acceptedAt: number };


function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
}

async function waitUntilUp(base: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const ok = await fetch(`${base}/sign-in`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${base} did not come up`);
}

/** The name=value pairs of a response's Set-Cookie headers. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/** Signs in through next-auth's credentials endpoint, as a browser would; returns the Cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true", callbackUrl: base }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session;
}

/** Reads the presenter stream, recording when each snapshot arrived and the votes it counted. */
async function watchPresenter(url: string, cookie: string, statementId: string, events: TallyEvent[], signal: AbortSignal): Promise<void> {
  const response = await fetch(url, { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal });
  if (!response.ok || !response.body) throw new Error(`stream refused (${response.status})`);
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (!block.includes("event: snapshot") || !data) continue;
          const snapshot = JSON.parse(data.slice(6)) as { statements: Array<{ id: string; counts: Record<string, { yes: number; no: number }> }> };
          const counts = Object.values(snapshot.statements.find((statement) => statement.id === statementId)!.counts);
          events.push({ at: performance.now(), total: counts.reduce((sum, c) => sum + c.yes + c.no, 0) });
        }
      }
    } catch (error) {
      if (!signal.aborted) console.error("stream failed", error);
    }
  })();
}

/** One participant: join (alternating sectors), then vote once on the open statement. */
/** Joins (alternating sectors); the participant cookie, or the failure. */
async function join(base: string, code: string, index: number): Promise<{ cookie: string } | VoteResult> {
  const response = await fetch(`${base}/w/${code}/join`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ sector: index % 2 ? "civil" : "public", organisationName: `Bench ${index}` }),
  });
  await response.arrayBuffer();
  return response.ok ? { cookie: cookiesOf(response).join("; ") } : { ok: false, status: response.status, step: "join", acceptedAt: performance.now() };
}

async function vote(base: string, code: string, cookie: string, statementId: string, index: number): Promise<VoteResult> {
  const response = await fetch(`${base}/w/${code}/vote`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({ statementId, value: index % 3 ? "yes" : "no" }),
  });
  await response.arrayBuffer();
  return { ok: response.ok, status: response.status, step: "vote", acceptedAt: performance.now() };
}

/** One participant: join, then vote once on the statement. */
async function participate(base: string, code: string, statementId: string, index: number): Promise<VoteResult> {
  const joined = await join(base, code, index);
  return "cookie" in joined ? vote(base, code, joined.cookie, statementId, index) : joined;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

/**
 * For the k-th accepted vote, how long after its acceptance the presenter first showed at least k
 * votes (0 when the screen was quicker than the voter's own answer, which happens).
 */
function visibilityDelays(accepted: number[], events: TallyEvent[]): number[] {
  return accepted.map((at, index) => {
    const seen = events.find((event) => event.total >= index + 1);
    return seen ? Math.max(0, seen.at - at) : Infinity;
  });
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks: 100 per second on Linux
  } catch {
    return null;
  }
}

/** A live workshop with a warm-up statement (open) and the measured one (opened later). */
async function prepareWorkshop() {
  const user = await getDb().user.findUniqueOrThrow({ where: { email: OFFICIAL } });
  const official = await loadActor(user.id);
  const { id } = await createWorkshop(official, { title: "Benchmark", statements: "Uppvärmning\nÄr du positiv till mer samverkan?" });
  await startWorkshop(official, { workshopId: id });
  const workshop = await getDb().workshop.findUniqueOrThrow({ where: { id }, include: { statements: { orderBy: { position: "asc" } } } });
  const [warmUp, measured] = workshop.statements.map((statement) => statement.id);
  const open = (statementId: string) => changeStatement(official, { workshopId: id, statementId, command: "open" });
  await open(warmUp!);
  return { id, code: workshop.joinCode, warmUp: warmUp!, statementId: measured!, openMeasured: () => open(measured!) };
}

/** A fresh server loads each route's code on its first request: warm them up before measuring. */
const WARM_UP_PARTICIPANTS = 20;

/** N app servers on free ports, on the shared database, each told its own address. */
async function startServers(databaseUrl: string, servers: ChildProcess[]): Promise<string[]> {
  const ports = await Promise.all(Array.from({ length: INSTANCES }, freePort));
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  for (const [index, port] of ports.entries()) {
    const appUrl = bases[index]!;
    const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00", APP_URL: appUrl, NEXTAUTH_URL: appUrl };
    servers.push(startServer(port, env));
  }
  await Promise.all(bases.map(waitUntilUp));
  return bases;
}

const until = async (condition: () => boolean, timeoutMs: number) => {
  const deadline = performance.now() + timeoutMs;
  while (!condition() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
};

/** Participants arrive evenly spread over the seconds given, spread over the instances. */
function runLoad(bases: string[], code: string, statementId: string, cookies: string[] | null): Promise<VoteResult[]> {
  const spacing = (SECONDS * 1000) / PARTICIPANTS;
  return Promise.all(
    Array.from({ length: PARTICIPANTS }, (_, index) =>
      new Promise((resolve) => setTimeout(resolve, index * spacing)).then(() => {
        const base = bases[index % INSTANCES]!;
        return cookies ? vote(base, code, cookies[index]!, statementId, index) : participate(base, code, statementId, index);
      }),
    ),
  );
}

/** --join-first: everyone joins before the clock starts (people scan the QR code while the facilitator talks). */
async function joinEveryone(bases: string[], code: string): Promise<string[]> {
  const cookies: string[] = [];
  for (let start = 0; start < PARTICIPANTS; start += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, PARTICIPANTS - start) }, (_, i) => join(bases[(start + i) % INSTANCES]!, code, start + i)));
    for (const joined of batch) {
      if (!("cookie" in joined)) throw new Error(`join failed (${joined.status})`);
      cookies.push(joined.cookie);
    }
  }
  return cookies;
}

function report(results: VoteResult[], events: TallyEvent[], stored: number, loadSeconds: number, cpuUsed: number) {
  const accepted = results.filter((result) => result.ok).map((result) => result.acceptedAt).sort((a, b) => a - b);
  const delays = visibilityDelays(accepted, events).sort((a, b) => a - b);
  const final = events.find((event) => event.total >= accepted.length);
  const refused = results.filter((result) => !result.ok);
  return {
    participants: PARTICIPANTS,
    instances: INSTANCES,
    database: DATABASE,
    transport: REDIS_URL ? "redis" : DATABASE === "postgres" ? "postgres LISTEN/NOTIFY" : "poll (SQLite, no Redis)",
    phase: options["join-first"] ? "votes only (joined beforehand)" : "join + vote",
    offeredOverSeconds: SECONDS,
    allAnsweredAfterSeconds: Number(loadSeconds.toFixed(2)),
    votesAccepted: accepted.length,
    votesRefused: refused.length,
    refusedStatuses: [...new Set(refused.map((result) => `${result.step} ${result.status}`))],
    votesLost: accepted.length - stored,
    presenterFinalTotal: events.at(-1)?.total ?? 0,
    visibleP50ms: Math.round(percentile(delays, 50)),
    visibleP95ms: Math.round(percentile(delays, 95)),
    visibleMaxMs: Math.round(delays.at(-1) ?? NaN),
    finalTallyDelayMs: final ? Math.max(0, Math.round(final.at - accepted.at(-1)!)) : null,
    // Less dependent on the machine's load than wall time: what the app server(s) spent per participant.
    serverCpuMsPerParticipant: Number.isFinite(cpuUsed) ? Number((cpuUsed / PARTICIPANTS).toFixed(1)) : null,
    machineLoadAverage: os.loadavg()[0]!.toFixed(1),
    snapshotsReceived: events.length,
  };
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const database = await createFreshDatabase(DATABASE);
  const servers: ChildProcess[] = [];
  const abort = new AbortController();
  try {
    const seedDb = createDb(database.url);
    await seedDemo(seedDb);
    await seedDb.$disconnect();
    process.env.DATABASE_URL = database.url;
    if (REDIS_URL) process.env.REDIS_URL = REDIS_URL;
    else delete process.env.REDIS_URL;
    const { id, code, warmUp, statementId, openMeasured } = await prepareWorkshop();
    const bases = await startServers(database.url, servers);

    const events: TallyEvent[] = [];
    await watchPresenter(`${bases[0]}/api/workshops/${id}/stream`, await signIn(bases[0]!, OFFICIAL), statementId, events, abort.signal);
    await until(() => events.length > 0, 30_000);
    await Promise.all(Array.from({ length: WARM_UP_PARTICIPANTS }, (_, index) => participate(bases[index % INSTANCES]!, code, warmUp, index)));
    await openMeasured();

    const cookies = options["join-first"] ? await joinEveryone(bases, code) : null;
    const cpuBefore = servers.map((server) => cpuMs(server.pid));
    const started = performance.now();
    const results = await runLoad(bases, code, statementId, cookies);
    const loadSeconds = (performance.now() - started) / 1000;
    const cpuUsed = servers.map((server, index) => (cpuMs(server.pid) ?? NaN) - (cpuBefore[index] ?? NaN)).reduce((sum, ms) => sum + ms, 0);
    const acceptedCount = results.filter((result) => result.ok).length;
    await until(() => (events.at(-1)?.total ?? 0) >= acceptedCount, 10_000);

    const summary = report(results, events, await getDb().workshopVote.count({ where: { statementId } }), loadSeconds, cpuUsed);
    console.log(JSON.stringify(summary, null, 2));
    if (summary.votesLost !== 0 || summary.presenterFinalTotal !== acceptedCount) process.exitCode = 1;
  } finally {
    abort.abort();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.once("exit", resolve).kill("SIGTERM"))));
    await getDb().$disconnect().catch(() => {});
    await closeLiveBus();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
