import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { getDb } from "@/lib/server/db";
import { withDemoDatabase } from "@/lib/server/testing/integration";
import { MAX_DOCUMENT_BYTES, MAX_UPDATE_BYTES } from "@/lib/validation/document";
import { COLLAB_FIELD } from "./extensions";
import { collabDocumentName } from "./document-name";
import { storeDocument } from "./persistence";
import { flushText } from "./remote-edit";
import type { RunningCollabServer } from "./server";
import { appendParagraph, connectClient, isStored, sessionCookie, typeAtEnd, waitFor, waitForSync, type TestClient } from "./testing/clients";
import { startTestServer, TEST_AUTH_SECRET } from "./testing/server";
import { yDocToJson } from "./y-content";

withDemoDatabase();

let server: RunningCollabServer;
let compactId: string;
let documentName: string;
let cookie: string;
const clients: TestClient[] = [];

function open(): TestClient {
  const client = connectClient({ url: server.url, documentName, cookie });
  clients.push(client);
  return client;
}

async function storedContent(): Promise<string> {
  const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId, number: 1 } });
  return JSON.stringify(version.content);
}

beforeAll(async () => {
  const compact = await getDb().compact.findFirstOrThrow();
  compactId = compact.id;
  documentName = collabDocumentName({ compactId, versionNumber: 1 });
  const user = await getDb().user.findUniqueOrThrow({ where: { email: "forening@demo.overens.se" } });
  cookie = await sessionCookie(user.id, TEST_AUTH_SECRET);
  server = await startTestServer();
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.stop();
});

describe("persistence", () => {
  it("starts from the stored JSON and keeps every stored edit across a restart", async () => {
    const writer = open();
    await waitForSync(writer);
    expect(writer.text()).toContain("1. Bakgrund och syfte");
    appendParagraph(writer.ydoc, "Tillagt före omstarten.");
    await waitFor(() => isStored(writer), "stored notice");
    const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId, number: 1 } });
    expect(version.yState?.byteLength).toBeGreaterThan(0);
    expect(JSON.stringify(version.content)).toContain("Tillagt före omstarten.");

    writer.destroy();
    await server.stop();
    server = await startTestServer();
    const reader = open();
    await waitForSync(reader);
    expect(reader.text()).toContain("Tillagt före omstarten.");
    expect(reader.text().match(/1\. Bakgrund och syfte/g)).toHaveLength(1);
  });

  it("stores pending edits when the server is stopped gracefully", async () => {
    const writer = open();
    await waitForSync(writer);
    typeAtEnd(writer.ydoc, " Sista ordet.");
    await waitFor(() => !writer.provider.hasUnsyncedChanges, "server acknowledged the edit");
    await server.stop();
    expect(await storedContent()).toContain("Sista ordet.");
    writer.destroy();
    server = await startTestServer();
  });

  it("lets a service wait until the live text is in the database (before it freezes or fingerprints it)", async () => {
    await server.stop();
    server = await startTestServer({ debounceMs: 2000, maxDebounceMs: 4000 });
    const writer = open();
    await waitForSync(writer);
    appendParagraph(writer.ydoc, "Skrivet strax före beslutet.");
    await waitFor(() => !writer.provider.hasUnsyncedChanges, "acknowledged");
    await flushText({ url: server.url, documentName, cookie });
    expect(await storedContent()).toContain("Skrivet strax före beslutet.");
    writer.destroy();
  });

  it("never writes a frozen version", async () => {
    // Frozen versions are immutable in the database too, so this test freezes a compact of its own.
    const demo = await getDb().compact.findFirstOrThrow({ where: { id: compactId }, include: { draftingGroup: true } });
    const frozen = await getDb().compact.create({
      data: {
        municipalityId: demo.municipalityId,
        slug: "frozen",
        title: "Fryst",
        stage: "formulation",
        versions: { create: { number: 1, content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Beslutad text." }] }] } } },
        draftingGroup: { create: demo.draftingGroup.map((member) => ({ organisationId: member.organisationId })) },
      },
    });
    await getDb().compactVersion.updateMany({ where: { compactId: frozen.id }, data: { frozenAt: new Date() } });
    const ref = { compactId: frozen.id, versionNumber: 1 };
    const ydoc = new Y.Doc();
    appendParagraph(ydoc, "Efter frysningen.");
    expect(await storeDocument(ref, ydoc)).toEqual({ stored: false, why: "frozen" });

    const editor = connectClient({ url: server.url, documentName: collabDocumentName(ref), cookie });
    clients.push(editor);
    await waitForSync(editor);
    expect(editor.text()).toBe("Beslutad text.");
    appendParagraph(editor.ydoc, "Efter frysningen.");
    await waitFor(() => editor.refusal() === "readOnly", "refused as read-only");
    const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId: frozen.id } });
    expect(JSON.stringify(version.content)).not.toContain("Efter frysningen.");
    expect(version.yState).toBeNull();
  });

  it("stores nothing once the text has been sent for decision, even from an editor that connected before", async () => {
    const demo = await getDb().compact.findFirstOrThrow({ where: { id: compactId }, include: { draftingGroup: true } });
    const sent = await getDb().compact.create({
      data: {
        municipalityId: demo.municipalityId,
        slug: "sent-for-decision",
        title: "Skickad till beslut",
        stage: "decision",
        versions: { create: { number: 1, content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Text att besluta om." }] }] } } },
        draftingGroup: { create: demo.draftingGroup.map((member) => ({ organisationId: member.organisationId })) },
      },
    });
    const ydoc = new Y.Doc();
    appendParagraph(ydoc, "Efter att texten skickats till beslut.");
    expect(await storeDocument({ compactId: sent.id, versionNumber: 1 }, ydoc)).toEqual({ stored: false, why: "frozen" });
    const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId: sent.id } });
    expect(JSON.stringify(version.content)).not.toContain("Efter att texten skickats");
    expect(version.yState).toBeNull();
  });
});

describe("limits on what a client may send", () => {
  it("refuses an update larger than the per-update limit, with a clear reason", async () => {
    const client = open();
    await waitForSync(client);
    appendParagraph(client.ydoc, "x".repeat(MAX_UPDATE_BYTES + 10));
    await waitFor(() => client.refusal() !== null, "refusal");
    expect(client.refusal()).toBe("updateTooLarge");
    expect(await storedContent()).not.toContain("xxxxxxxxxx");
  });

  it("refuses node types the editor does not have", async () => {
    const observer = open();
    const client = open();
    await Promise.all([waitForSync(observer), waitForSync(client)]);
    client.ydoc.getXmlFragment(COLLAB_FIELD).insert(0, [new Y.XmlElement("iframe")]);
    await waitFor(() => client.refusal() !== null, "refusal");
    expect(client.refusal()).toBe("invalidContent");
    appendParagraph(observer.ydoc, "Efter försöket.");
    await waitFor(() => isStored(observer), "the observer's edit stored");
    expect(JSON.stringify(yDocToJson(observer.ydoc)), "live text").not.toContain('"iframe"');
    expect(await storedContent(), "stored text").not.toContain('"iframe"');
  });

  it("refuses the update that would take the document past 2 MB", async () => {
    const client = open();
    await waitForSync(client);
    const chunk = "y".repeat(MAX_UPDATE_BYTES - 1024);
    for (let i = 0; i < Math.ceil(MAX_DOCUMENT_BYTES / chunk.length) + 1 && client.refusal() === null; i++) {
      appendParagraph(client.ydoc, chunk);
      await waitFor(() => !client.provider.hasUnsyncedChanges || client.refusal() !== null, `chunk ${i}`);
    }
    expect(client.refusal()).toBe("documentTooLarge");
    await server.stop();
    expect(new TextEncoder().encode(await storedContent()).byteLength).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    server = await startTestServer();
  });

  it("hangs up on a malformed message", async () => {
    const socket = new WebSocket(server.url, { headers: { cookie } });
    await new Promise((resolve) => socket.once("open", resolve));
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    socket.send(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(await closed).toBeGreaterThanOrEqual(1000);
  });
});
