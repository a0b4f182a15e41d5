import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STAGES, isEditableStage } from "@/lib/domain/stages";
import { getDb } from "@/lib/server/db";
import { signOutEverywhere } from "@/lib/server/services/auth/sign-out-everywhere";
import { demoActor, withDemoDatabase } from "@/lib/server/testing/integration";
import { collabDocumentName } from "./document-name";
import { yDocToJson } from "./y-content";
import type { RunningCollabServer } from "./server";
import { connectClient, sessionCookie, typeAtEnd, waitFor, waitForSync, type TestClient } from "./testing/clients";
import { startTestServer, TEST_APP_ORIGIN, TEST_AUTH_SECRET } from "./testing/server";

withDemoDatabase();

/** Demo users by e-mail local part, plus two made here: outside the drafting group, and in another municipality. */
const USERS = ["admin", "tjansteperson", "forening", "idrott", "politiker", "ljusglimten", "grannby"] as const;
type UserKey = (typeof USERS)[number];
/** Members of the drafting group's organisations who draft (official, association representatives). */
const DRAFTERS: UserKey[] = ["tjansteperson", "forening", "idrott"];

let server: RunningCollabServer;
let compactId: string;
let documentName: string;
const cookies = new Map<UserKey, string>();

async function createUser(email: string, organisationId: string, role: string): Promise<string> {
  const user = await getDb().user.create({ data: { email, name: email, memberships: { create: { organisationId, role } } } });
  return user.id;
}

beforeAll(async () => {
  const db = getDb();
  const compact = await db.compact.findFirstOrThrow();
  compactId = compact.id;
  documentName = collabDocumentName({ compactId, versionNumber: compact.currentVersion });
  for (const key of USERS.slice(0, 5)) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${key}@demo.overens.se` } });
    cookies.set(key, await sessionCookie(user.id, TEST_AUTH_SECRET));
  }
  const ljusglimten = await db.organisation.findFirstOrThrow({ where: { name: "Stiftelsen Ljusglimten" } });
  cookies.set("ljusglimten", await sessionCookie(await createUser("ljus@example.se", ljusglimten.id, "association_rep"), TEST_AUTH_SECRET));
  const other = await db.municipality.create({ data: { slug: "grannby", name: "Grannby" } });
  const otherOrg = await db.organisation.create({ data: { municipalityId: other.id, name: "Grannby kommun", sector: "public", kind: "committee" } });
  cookies.set("grannby", await sessionCookie(await createUser("tj@grannby.se", otherOrg.id, "official"), TEST_AUTH_SECRET));
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

function liveText(): string {
  const document = server.hocuspocus.documents.get(documentName);
  return document ? JSON.stringify(yDocToJson(document)) : "";
}

/** Connects, syncs, types a marker, and reports what the server let happen. */
async function tryToEdit(user: UserKey, marker: string): Promise<"edited" | "refused-update" | string> {
  const client = connectClient({ url: server.url, documentName, cookie: cookies.get(user), origin: TEST_APP_ORIGIN });
  try {
    await waitForSync(client);
    if (client.refusal()) return client.refusal()!;
    typeAtEnd(client.ydoc, marker);
    await waitFor(() => liveText().includes(marker) || client.refusal() !== null, `${user} edit or refusal`);
    if (client.refusal() === "readOnly") {
      await waitFor(() => client.socket.status === "disconnected", `${user} disconnected`);
      return "refused-update";
    }
    return liveText().includes(marker) ? "edited" : (client.refusal() ?? "unknown");
  } finally {
    client.destroy();
  }
}

describe("who may connect and who may change the text", () => {
  for (const stage of STAGES) {
    it(`in ${stage}: drafters edit, the rest of the municipality reads, others are refused`, async () => {
      await getDb().compact.update({ where: { id: compactId }, data: { stage } });
      const outcomes = Object.fromEntries(await Promise.all(USERS.map(async (user) => [user, await tryToEdit(user, `[${user}-${stage}]`)] as const)));
      const expected = Object.fromEntries(
        USERS.map((user) => [user, user === "grannby" ? "notFound" : DRAFTERS.includes(user) && isEditableStage(stage) ? "edited" : "refused-update"]),
      );
      expect(outcomes).toEqual(expected);
    });
  }

  it("refuses a connection without a session, with a forged one, from a foreign site, or to an unknown document", async () => {
    await getDb().compact.update({ where: { id: compactId }, data: { stage: "agenda" } });
    const outcomes: Record<string, string | null> = {};
    for (const [name, options] of Object.entries({
      anonymous: { cookie: undefined, documentName },
      forged: { cookie: `next-auth.session-token=${"x".repeat(200)}`, documentName },
      otherSecret: { cookie: await sessionCookie("someone", "another-secret-another-secret-another-secret"), documentName },
      unknownDocument: { cookie: cookies.get("forening"), documentName: "compact:nope:v1" },
      oldVersion: { cookie: cookies.get("forening"), documentName: collabDocumentName({ compactId, versionNumber: 9 }) },
    })) {
      const client: TestClient = connectClient({ url: server.url, origin: TEST_APP_ORIGIN, ...options });
      await waitFor(() => client.refusal() !== null, `refusal for ${name}`);
      outcomes[name] = client.refusal();
      client.destroy();
    }
    expect(outcomes).toEqual({ anonymous: "unauthenticated", forged: "unauthenticated", otherSecret: "unauthenticated", unknownDocument: "notFound", oldVersion: "notFound" });
  });

  it("refuses the websocket itself when a browser on another site opens it", async () => {
    const client = connectClient({ url: server.url, documentName, cookie: cookies.get("forening"), origin: "https://evil.example" });
    await waitFor(() => client.closes() > 0, "refused upgrade");
    expect(client.provider.isSynced).toBe(false);
    client.destroy();
  });

  it("turns an editor read-only while connected when the compact leaves the editable stages", async () => {
    await getDb().compact.update({ where: { id: compactId }, data: { stage: "formulation" } });
    const client = connectClient({ url: server.url, documentName, cookie: cookies.get("forening"), origin: TEST_APP_ORIGIN });
    await waitForSync(client);
    await getDb().compact.update({ where: { id: compactId }, data: { stage: "decision" } });
    await waitFor(() => [...server.hocuspocus.documents.get(documentName)!.getConnections()].every((c) => c.readOnly), "connection turned read-only");
    typeAtEnd(client.ydoc, "[too late]");
    await waitFor(() => client.refusal() === "readOnly", "refusal after the stage change");
    expect(liveText()).not.toContain("[too late]");
    client.destroy();
  });

  // Last in the file: it ends the demo association's sessions.
  it("closes an open connection once its user signs out everywhere", async () => {
    await getDb().compact.update({ where: { id: compactId }, data: { stage: "formulation" } });
    const client = connectClient({ url: server.url, documentName, cookie: cookies.get("idrott"), origin: TEST_APP_ORIGIN });
    await waitForSync(client);
    expect(client.refusal()).toBeNull();
    await signOutEverywhere(await demoActor("idrott"));
    await waitFor(() => client.refusal() === "unauthenticated", "refusal after signing out everywhere");
    client.destroy();
    const again = connectClient({ url: server.url, documentName, cookie: cookies.get("idrott"), origin: TEST_APP_ORIGIN });
    await waitFor(() => again.refusal() !== null, "refusal of the old cookie");
    expect(again.refusal()).toBe("unauthenticated");
    again.destroy();
  });
});
