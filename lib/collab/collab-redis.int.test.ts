import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { withDemoDatabase } from "@/lib/server/testing/integration";
import { collabDocumentName } from "./document-name";
import type { RunningCollabServer } from "./server";
import { appendParagraph, connectClient, isStored, sessionCookie, waitFor, waitForSync, type TestClient } from "./testing/clients";
import { startTestServer, TEST_AUTH_SECRET } from "./testing/server";

withDemoDatabase();

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const servers: RunningCollabServer[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  servers.push(await startTestServer({ redisUrl: REDIS_URL }), await startTestServer({ redisUrl: REDIS_URL }));
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const server of servers) await server.stop();
});

describe("several collaboration servers through Redis", () => {
  it("lets a client on each instance see the other's edits, and stores them once", async () => {
    const compact = await getDb().compact.findFirstOrThrow();
    const documentName = collabDocumentName({ compactId: compact.id, versionNumber: compact.currentVersion });
    const users = await getDb().user.findMany({ where: { email: { in: ["forening@demo.overens.se", "tjansteperson@demo.overens.se"] } }, orderBy: { email: "asc" } });
    const [civil, official] = await Promise.all(users.map((user) => sessionCookie(user.id, TEST_AUTH_SECRET)));
    const [first, second] = servers;
    const onFirst = connectClient({ url: first!.url, documentName, cookie: civil });
    const onSecond = connectClient({ url: second!.url, documentName, cookie: official });
    clients.push(onFirst, onSecond);
    await Promise.all([waitForSync(onFirst), waitForSync(onSecond)]);

    appendParagraph(onFirst.ydoc, "Skrivet via instans ett.");
    appendParagraph(onSecond.ydoc, "Skrivet via instans två.");
    const both = (client: TestClient) => client.text().includes("instans ett") && client.text().includes("instans två");
    await waitFor(() => both(onFirst) && both(onSecond), "both edits on both instances");
    expect(onFirst.text()).toBe(onSecond.text());
    // Both instances built the first Yjs state from the same JSON: it must not appear twice.
    expect(onFirst.text().match(/1\. Bakgrund och syfte/g)).toHaveLength(1);

    await waitFor(() => isStored(onFirst) && isStored(onSecond), "stored notices on both instances");
    const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId: compact.id, number: compact.currentVersion } });
    const stored = JSON.stringify(version.content);
    expect(stored).toContain("instans ett");
    expect(stored).toContain("instans två");
  });
});
