import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { DEMO_COMPACT } from "@/lib/server/seed/demo-data";
import type { Doc } from "@/lib/domain/document";
import { MAX_UPDATE_BYTES, parseCompactDocument } from "@/lib/validation/document";
import { readSessionToken } from "./auth";
import { collabDocumentName, parseCollabDocumentName } from "./document-name";
import { COLLAB_FIELD } from "./extensions";
import { checkUpdate, inspectMessage, SizeBudget } from "./limits";
import { fromBase64, parseServerNotice, toBase64 } from "./protocol";
import { batchBlocks } from "./remote-edit";
import { initialYState, setYContent, yDocToJson } from "./y-content";

const demo = DEMO_COMPACT.content as Doc;

function docFrom(json: Doc): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, initialYState(json));
  return ydoc;
}

function updateOf(change: (ydoc: Y.Doc) => void, base = docFrom(demo)): Uint8Array {
  const updates: Uint8Array[] = [];
  base.on("update", (update: Uint8Array) => updates.push(update));
  change(base);
  return Y.mergeUpdates(updates);
}

/** A new text node at the start of the first paragraph. */
function insertText(ydoc: Y.Doc): Y.XmlText {
  const text = new Y.XmlText();
  (ydoc.getXmlFragment(COLLAB_FIELD).get(1) as Y.XmlElement).insert(0, [text]);
  return text;
}

function message(type: number, step?: number, payload?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, "compact:c1:v1");
  encoding.writeVarUint(encoder, type);
  if (step !== undefined) encoding.writeVarUint(encoder, step);
  if (payload) encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe("between JSON and Yjs", () => {
  it("round-trips the demo text, and the result passes the document schema", () => {
    const json = yDocToJson(docFrom(demo));
    expect(json).toEqual(demo);
    expect(parseCompactDocument(json).ok).toBe(true);
  });

  it("builds the same first state every time, so two servers never duplicate a text", () => {
    expect(initialYState(demo)).toEqual(initialYState(demo));
    const merged = new Y.Doc();
    Y.applyUpdate(merged, initialYState(demo));
    Y.applyUpdate(merged, initialYState(demo));
    expect(yDocToJson(merged)).toEqual(demo);
  });

  it("reads marks back from Yjs in a form the schema accepts", () => {
    const json: Doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "fet", marks: [{ type: "bold" }] }] }] };
    expect(parseCompactDocument(yDocToJson(docFrom(json))).ok).toBe(true);
  });

  it("changes only what differs when a text is set", () => {
    const ydoc = docFrom(demo);
    const first = ydoc.getXmlFragment(COLLAB_FIELD).get(0);
    const edited: Doc = { ...demo, content: [...(demo.content ?? []), { type: "paragraph", content: [{ type: "text", text: "Ny sista rad." }] }] };
    setYContent(ydoc, edited);
    expect(ydoc.getXmlFragment(COLLAB_FIELD).get(0)).toBe(first);
    expect(yDocToJson(ydoc)).toEqual(edited);
  });
});

describe("checks on incoming messages", () => {
  it("reads message kinds and sync steps", () => {
    expect(inspectMessage(message(0, 0, new Uint8Array([0])))).toMatchObject({ kind: "sync-step1" });
    expect(inspectMessage(message(0, 2, new Uint8Array([1, 2])))).toMatchObject({ kind: "sync-update", update: new Uint8Array([1, 2]) });
    expect(inspectMessage(message(4, 1, new Uint8Array([3])))).toMatchObject({ kind: "sync-step2" });
    expect(inspectMessage(message(1))).toMatchObject({ kind: "awareness" });
    expect(inspectMessage(message(6))).toMatchObject({ kind: "broadcast-stateless" });
    expect(inspectMessage(message(42))).toMatchObject({ kind: "unknown" });
    expect(() => inspectMessage(new Uint8Array([0xff]))).toThrow();
  });

  it("accepts what the editor writes: text, formatting, the schema's nodes and attributes", () => {
    expect(checkUpdate(updateOf((ydoc) => setYContent(ydoc, { type: "doc", content: [{ type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://a.se" } }] }] }] })))).toBeNull();
    expect(checkUpdate(updateOf((ydoc) => ydoc.getXmlFragment(COLLAB_FIELD).delete(0, 2)))).toBeNull();
  });

  it.each([
    ["an element the editor does not have", (ydoc: Y.Doc) => ydoc.getXmlFragment(COLLAB_FIELD).insert(0, [new Y.XmlElement("script")])],
    ["a mark the editor does not have", (ydoc: Y.Doc) => insertText(ydoc).insert(0, "x", { strike: {} })],
    ["an attribute the schema lacks", (ydoc: Y.Doc) => (ydoc.getXmlFragment(COLLAB_FIELD).get(0) as Y.XmlElement).setAttribute("onclick", "alert(1)")],
    ["another root type", (ydoc: Y.Doc) => ydoc.getMap("secrets").set("a", 1)],
    ["an embedded object", (ydoc: Y.Doc) => insertText(ydoc).insertEmbed(0, { image: "x" })],
  ])("refuses %s", (_name, change) => {
    expect(checkUpdate(updateOf(change))).toBe("invalidContent");
  });

  it("refuses an update over the size limit, and bytes that are no update", () => {
    expect(checkUpdate(updateOf((ydoc) => setYContent(ydoc, { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(MAX_UPDATE_BYTES) }] }] })))).toBe("updateTooLarge");
    expect(checkUpdate(new Uint8Array([9, 9, 9, 9]))).toBe("invalidContent");
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => ["invalidContent", null].includes(checkUpdate(bytes))));
  });

  it("keeps a running size budget per document", () => {
    const budget = new SizeBudget();
    const document = {};
    budget.measured(document, 900);
    expect(budget.admit(document, 100, 1000)).toBe(true);
    expect(budget.admit(document, 1, 1000)).toBe(false);
    expect(budget.estimate(document)).toBe(1000);
    budget.measured(document, 10);
    expect(budget.admit(document, 100, 1000)).toBe(true);
  });
});

describe("small protocol pieces", () => {
  it("names documents by compact and version, and reads nothing else", () => {
    expect(parseCollabDocumentName(collabDocumentName({ compactId: "ck1x", versionNumber: 3 }))).toEqual({ compactId: "ck1x", versionNumber: 3 });
    for (const name of ["compact:ck1x:v0", "compact:../x:v1", "other:ck1x:v1", "compact:ck1x:v1:extra", ""]) expect(parseCollabDocumentName(name)).toBeNull();
  });

  it("reads next-auth's session cookie, whole or in chunks, and nothing else", () => {
    expect(readSessionToken("a=1; next-auth.session-token=abc.def; b=2")).toBe("abc.def");
    expect(readSessionToken("__Secure-next-auth.session-token=s1")).toBe("s1");
    expect(readSessionToken("next-auth.session-token.0=part1; next-auth.session-token.1=part2")).toBe("part1part2");
    expect(readSessionToken("next-auth.csrf-token=x")).toBeNull();
    expect(readSessionToken(undefined)).toBeNull();
  });

  it("encodes stored notices the browser can read", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(parseServerNotice(JSON.stringify({ type: "stored", snapshot: "AA==" }))).toEqual({ type: "stored", snapshot: "AA==" });
    expect(parseServerNotice(JSON.stringify({ type: "access", access: "read" }))).toEqual({ type: "access", access: "read" });
    expect(parseServerNotice("{nope")).toBeNull();
    expect(parseServerNotice(JSON.stringify({ type: "access", access: "admin" }))).toBeNull();
  });

  it("splits a long import into batches under the update limit", () => {
    const block = { type: "paragraph", content: [{ type: "text", text: "z".repeat(1000) }] };
    const batches = batchBlocks(Array.from({ length: 500 }, () => block), 50_000);
    expect(batches.flat()).toHaveLength(500);
    expect(batches.length).toBeGreaterThan(5);
  });
});
