import { getSchema, type JSONContent } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { Doc, DocNode } from "@/lib/domain/document";
import { COLLAB_FIELD, documentExtensions } from "./extensions";

/**
 * Between the stored tiptap JSON and the Yjs document. The editor binds ProseMirror to Yjs with
 * @tiptap/y-tiptap; the server uses the same library so both build the same Yjs structure.
 */

let cachedSchema: ReturnType<typeof getSchema> | undefined;
function schema() {
  cachedSchema ??= getSchema(documentExtensions());
  return cachedSchema;
}

/** The text of a Yjs document as tiptap JSON. */
export function yDocToJson(ydoc: Y.Doc): Doc {
  const json = yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(COLLAB_FIELD)) as DocNode;
  return { ...json, type: "doc" };
}

/**
 * The first Yjs state of a text that was never co-edited, built from its JSON. Written under the
 * fixed client id 0 so that two server instances converting the same JSON at the same moment produce
 * identical Yjs items, which Yjs merges into one text instead of two copies.
 */
export function initialYState(json: Doc): Uint8Array {
  const ydoc = new Y.Doc();
  ydoc.clientID = 0;
  prosemirrorJSONToYXmlFragment(schema(), json as JSONContent, ydoc.getXmlFragment(COLLAB_FIELD));
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return state;
}

/**
 * Makes the Yjs text equal to this JSON, changing only what differs (y-tiptap diffs the two), in
 * one Yjs transaction. Editors keep their carets in the parts that stayed the same.
 */
export function setYContent(ydoc: Y.Doc, json: Doc): void {
  ydoc.transact(() => prosemirrorJSONToYXmlFragment(schema(), json as JSONContent, ydoc.getXmlFragment(COLLAB_FIELD)));
}

/** The JSON's byte size as stored (UTF-8). */
export function jsonBytes(json: unknown): number {
  return new TextEncoder().encode(JSON.stringify(json)).byteLength;
}
