import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { withDemoDatabase } from "@/lib/server/testing/integration";
import { collabDocumentName } from "./document-name";
import { connectClient, isStored, sessionCookie, typeAtEnd, waitFor, waitForSync, type TestClient } from "./testing/clients";
import { freePort, kill, startServerProcess } from "./testing/process";
import { TEST_AUTH_SECRET } from "./testing/server";

withDemoDatabase();

let child: ChildProcess | undefined;
let env: Record<string, string>;
const clients: TestClient[] = [];

beforeAll(async () => {
  env = {
    DATABASE_URL: process.env.DATABASE_URL!,
    AUTH_SECRET: TEST_AUTH_SECRET,
    COLLAB_PORT: String(await freePort()),
    COLLAB_HOST: "127.0.0.1",
    APP_URL: "http://localhost:3000",
  };
  child = await startServerProcess(env);
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  if (child) await kill(child, "SIGTERM");
});

async function storedText(compactId: string): Promise<string> {
  const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId, number: 1 } });
  return JSON.stringify(version.content);
}

/** Types markers one by one, each after the previous was acknowledged (or while offline, at once). */
async function typeMarkers(client: TestClient, markers: string[], afterEach?: (index: number) => Promise<void>) {
  for (const [index, marker] of markers.entries()) {
    typeAtEnd(client.ydoc, ` ${marker}`);
    await waitFor(() => !client.provider.hasUnsyncedChanges || client.socket.status !== "connected", `ack of ${marker}`);
    await afterEach?.(index);
  }
}

const markers = (prefix: string, from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

describe("a crash of the collaboration server", () => {
  it("keeps every stored edit after SIGKILL, and merges the clients' later edits after the restart", async () => {
    const compact = await getDb().compact.findFirstOrThrow();
    const documentName = collabDocumentName({ compactId: compact.id, versionNumber: 1 });
    const users = await getDb().user.findMany({ where: { email: { in: ["forening@demo.overens.se", "tjansteperson@demo.overens.se"] } } });
    const [a, b] = await Promise.all(users.map(async (user) => connectClient({ url: `ws://127.0.0.1:${env.COLLAB_PORT}`, documentName, cookie: await sessionCookie(user.id, TEST_AUTH_SECRET) })));
    clients.push(a!, b!);
    await Promise.all([waitForSync(a!), waitForSync(b!)]);

    // Phase 1: both type; once the server says it stored everything, these edits are acknowledged.
    await Promise.all([typeMarkers(a!, markers("A", 0, 10)), typeMarkers(b!, markers("B", 0, 10))]);
    await waitFor(() => isStored(a!) && isStored(b!), "phase 1 stored");
    const acknowledged = [...markers("A", 0, 10), ...markers("B", 0, 10)];

    // Phase 2: the server is killed while both are typing; they go on typing offline.
    const killed = typeMarkers(a!, markers("A", 10, 20), async (index) => {
      if (index === 4 && child) await kill(child, "SIGKILL");
    });
    await Promise.all([killed, typeMarkers(b!, markers("B", 10, 20))]);
    const afterCrash = await storedText(compact.id);
    expect(acknowledged.filter((marker) => !afterCrash.includes(marker))).toEqual([]);

    // Phase 3: restart; the clients reconnect by themselves, merge what they typed offline, and go on.
    child = await startServerProcess(env);
    await Promise.all([typeMarkers(a!, markers("A", 20, 25)), typeMarkers(b!, markers("B", 20, 25))]);
    const everything = [...markers("A", 0, 25), ...markers("B", 0, 25)];
    const hasAll = (client: TestClient) => everything.every((marker) => client.text().includes(marker));
    await waitFor(() => hasAll(a!) && hasAll(b!) && isStored(a!) && isStored(b!), "all edits merged and stored", 20_000);
    expect(a!.text()).toBe(b!.text());
    const final = await storedText(compact.id);
    expect(everything.filter((marker) => !final.includes(marker))).toEqual([]);
  });
});
