/**
 * `npm run bench:collab`: how fast edits travel between co-editors, and what open documents cost.
 * Not a test: it prints figures. The collaboration server runs as its own process (as in production)
 * on a fresh SQLite database; the simulated editors are Hocuspocus providers in this process.
 *
 *   1. one document, BENCH_EDITORS editors (default 20) typing at once;
 *   2. many documents (default 50), two editors each;
 *   3. server memory with BENCH_DOCUMENTS (default 200) documents open.
 *
 * Latency is measured per update and per receiving editor: from the moment the sender's Yjs
 * transaction happened to the moment another editor applied it (same clock, same process).
 */
import fs from "node:fs";
import * as Y from "yjs";
import { createFreshDatabase } from "../prisma/testing/fresh-database";
import { getDb } from "../lib/server/db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { DEMO_COMPACT } from "@/lib/server/seed/demo-data";
import { collabDocumentName } from "../lib/collab/document-name";
import { connectClient, sessionCookie, typeAtEnd, waitFor, waitForSync, type TestClient } from "../lib/collab/testing/clients";
import { freePort, kill, startServerProcess } from "../lib/collab/testing/process";
import { TEST_AUTH_SECRET } from "../lib/collab/testing/server";

const EDITORS = Number(process.env.BENCH_EDITORS ?? 20);
const MANY_DOCUMENTS = Number(process.env.BENCH_MANY ?? 50);
const OPEN_DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const TYPING_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
/** A fast typist: one keystroke every 150 ms on average. */
const KEYSTROKE_MS = 150;

type Sent = Map<string, number>;

/** Records when each of a client's own Yjs items was created, and latencies as others receive them. */
function instrument(client: TestClient, sent: Sent, latencies: number[]): void {
  client.ydoc.on("update", (update: Uint8Array, origin: unknown) => {
    const now = performance.now();
    const { structs } = Y.decodeUpdate(update);
    for (const struct of structs) {
      const key = `${struct.id.client}:${struct.id.clock}`;
      if (origin !== client.provider) sent.set(key, now);
      else {
        const at = sent.get(key);
        if (at !== undefined) latencies.push(now - at);
      }
    }
  });
}

/** Every editor types one character at a random moment about every KEYSTROKE_MS, for TYPING_MS. */
async function typeFor(clients: TestClient[], durationMs: number): Promise<number> {
  let keystrokes = 0;
  const until = Date.now() + durationMs;
  await Promise.all(
    clients.map(async (client, index) => {
      while (Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS * (0.5 + Math.random())));
        typeAtEnd(client.ydoc, String.fromCharCode(97 + ((index + keystrokes) % 26)));
        keystrokes += 1;
      }
    }),
  );
  return keystrokes;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function report(name: string, latencies: number[], keystrokes: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`\n${name}`);
  console.log(`  keystrokes ${keystrokes}, deliveries measured ${sorted.length}`);
  console.log(`  latency p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? NaN)}`);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

/** Compacts with the demo text and the demo drafting group, so the demo drafters may edit them all. */
async function createCompacts(count: number): Promise<string[]> {
  const db = getDb();
  const template = await db.compact.findFirstOrThrow({ include: { draftingGroup: true } });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const compact = await db.compact.create({
      data: {
        municipalityId: template.municipalityId,
        slug: `bench-${i}`,
        title: `Benchmark ${i}`,
        versions: { create: { number: 1, content: DEMO_COMPACT.content } },
        draftingGroup: { create: template.draftingGroup.map((member) => ({ organisationId: member.organisationId })) },
      },
    });
    ids.push(compact.id);
  }
  return ids;
}

async function connectAll(url: string, documents: string[], cookies: string[], perDocument: number): Promise<TestClient[]> {
  const clients: TestClient[] = [];
  for (const [d, documentName] of documents.entries()) {
    for (let i = 0; i < perDocument; i++) clients.push(connectClient({ url, documentName, cookie: cookies[(d + i) % cookies.length] }));
    // Open in waves, as people arrive, not all in one millisecond.
    if (clients.length % 40 === 0) await Promise.all(clients.slice(-40).map((client) => waitForSync(client, 60_000)));
  }
  await Promise.all(clients.map((client) => waitForSync(client, 60_000)));
  const refused = clients.filter((client) => client.refusal());
  if (refused.length) throw new Error(`${refused.length} clients were refused: ${refused[0]!.refusal()}`);
  return clients;
}

async function scenario(name: string, url: string, documents: string[], cookies: string[], perDocument: number) {
  const clients = await connectAll(url, documents, cookies, perDocument);
  const sent: Sent = new Map();
  const latencies: number[] = [];
  for (const client of clients) instrument(client, sent, latencies);
  const keystrokes = await typeFor(clients, TYPING_MS);
  await waitFor(() => clients.every((client) => !client.provider.hasUnsyncedChanges), "all acknowledged", 30_000);
  const result = report(name, latencies, keystrokes);
  for (const client of clients) client.destroy();
  return result;
}

async function main() {
  const database = await createFreshDatabase("sqlite");
  process.env.DATABASE_URL = database.url;
  await seedDemo(getDb());
  const emails = ["tjansteperson", "forening", "idrott"].map((local) => `${local}@demo.overens.se`);
  const users = await getDb().user.findMany({ where: { email: { in: emails } } });
  const cookies = await Promise.all(users.map((user) => sessionCookie(user.id, TEST_AUTH_SECRET)));
  const demo = await getDb().compact.findFirstOrThrow();
  const compacts = await createCompacts(Math.max(MANY_DOCUMENTS, OPEN_DOCUMENTS));
  const names = compacts.map((compactId) => collabDocumentName({ compactId, versionNumber: 1 }));

  const port = await freePort();
  const server = await startServerProcess({
    DATABASE_URL: database.url,
    AUTH_SECRET: TEST_AUTH_SECRET,
    COLLAB_PORT: String(port),
    COLLAB_HOST: "127.0.0.1",
    APP_URL: "http://localhost:3000",
    NODE_ENV: "production",
  });
  const url = `ws://127.0.0.1:${port}`;
  console.log(`Co-editing benchmark: server pid ${server.pid}, ${TYPING_MS / 1000} s of typing per scenario, one keystroke per ~${KEYSTROKE_MS} ms per editor`);
  console.log(`  server memory at start: ${rssMiB(server.pid!).toFixed(0)} MiB`);
  try {
    const one = await scenario(`1. one document, ${EDITORS} editors`, url, [collabDocumentName({ compactId: demo.id, versionNumber: 1 })], cookies, EDITORS);
    await scenario(`2. ${MANY_DOCUMENTS} documents, 2 editors each`, url, names.slice(0, MANY_DOCUMENTS), cookies, 2);

    const open = await connectAll(url, names.slice(0, OPEN_DOCUMENTS), cookies, 1);
    for (const client of open) typeAtEnd(client.ydoc, " benchmark");
    await waitFor(() => open.every((client) => !client.provider.hasUnsyncedChanges), "edits acknowledged", 60_000);
    const documents = OPEN_DOCUMENTS;
    const memory = rssMiB(server.pid!);
    console.log(`\n3. ${documents} documents open (one editor each, each edited once)`);
    console.log(`  server memory (RSS): ${memory.toFixed(0)} MiB  (${((memory * 1024) / documents).toFixed(0)} KiB per document incl. the process itself)`);
    for (const client of open) client.destroy();

    console.log(`\nTargets: p95 ≤ 50 ms with ${EDITORS} editors in one document: ${one.p95 <= 50 ? "met" : "NOT met"} (${one.p95.toFixed(1)} ms); ` +
      `${documents} open documents under 1 GiB: ${memory < 1024 ? "met" : "NOT met"} (${memory.toFixed(0)} MiB)`);
  } finally {
    await kill(server, "SIGTERM");
    await getDb().$disconnect();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
