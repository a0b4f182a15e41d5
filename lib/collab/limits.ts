import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { ATTRIBUTE_NAMES, isMarkType, isNodeType, MAX_DOCUMENT_BYTES, MAX_UPDATE_BYTES } from "@/lib/validation/document";
import { COLLAB_FIELD } from "./extensions";
import type { RefusalReason } from "./protocol";

/**
 * Checks on what a client sends, before the collaboration server applies it. Pure functions over
 * bytes: the server calls them for every message, the tests call them directly.
 */

/** Hocuspocus message types (its wire protocol), as far as the checks need them. */
const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, stateless: 5, broadcastStateless: 6, close: 7 } as const;
const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/** Awareness carries a name, a sector and a caret: a few hundred bytes. More is abuse. */
export const MAX_AWARENESS_BYTES = 8 * 1024;

export type InspectedMessage =
  | { kind: "sync-step1" | "awareness" | "auth" | "query-awareness" | "stateless" | "close"; bytes: number }
  | { kind: "sync-step2" | "sync-update"; bytes: number; update: Uint8Array }
  | { kind: "broadcast-stateless" | "unknown"; bytes: number };

/** Reads the header of a raw Hocuspocus message (document name, type, sync step). Throws on garbage. */
export function inspectMessage(data: Uint8Array): InspectedMessage {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  const bytes = data.byteLength;
  switch (type) {
    case MESSAGE.sync:
    case MESSAGE.syncReply: {
      const step = decoding.readVarUint(decoder);
      if (step === SYNC.step1) return { kind: "sync-step1", bytes };
      if (step === SYNC.step2 || step === SYNC.update) {
        return { kind: step === SYNC.step2 ? "sync-step2" : "sync-update", bytes, update: decoding.readVarUint8Array(decoder) };
      }
      return { kind: "unknown", bytes };
    }
    case MESSAGE.awareness:
      return { kind: "awareness", bytes };
    case MESSAGE.auth:
      return { kind: "auth", bytes };
    case MESSAGE.queryAwareness:
      return { kind: "query-awareness", bytes };
    case MESSAGE.stateless:
      return { kind: "stateless", bytes };
    case MESSAGE.broadcastStateless:
      return { kind: "broadcast-stateless", bytes };
    case MESSAGE.close:
      return { kind: "close", bytes };
    default:
      return { kind: "unknown", bytes };
  }
}

const ATTRIBUTES = new Set<string>(ATTRIBUTE_NAMES);

/**
 * Whether a Yjs update only builds what the editor's schema allows: elements of allowed node types,
 * formatting with allowed marks, allowed attribute names, and nothing outside the text's field.
 * Without this, any client could plant nodes (images, iframes, scripts as "nodes") that the editor
 * never offers. Returns the refusal, or null when the update may be applied.
 */
export function checkUpdate(update: Uint8Array): RefusalReason | null {
  if (update.byteLength > MAX_UPDATE_BYTES) return "updateTooLarge";
  let decoded: { structs: Array<Y.Item | Y.GC | Y.Skip> };
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return "invalidContent";
  }
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (!isAllowedItem(struct)) return "invalidContent";
  }
  return null;
}

function isAllowedItem(item: Y.Item): boolean {
  // A root-level item names its root type: only the text's field exists.
  if (typeof item.parent === "string" && item.parent !== COLLAB_FIELD) return false;
  if (item.parentSub !== null && !ATTRIBUTES.has(item.parentSub)) return false;
  const content = item.content;
  if (content instanceof Y.ContentString || content instanceof Y.ContentDeleted || content instanceof Y.ContentAny) return true;
  if (content instanceof Y.ContentFormat) return isMarkType(content.key.split("--")[0]);
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.XmlElement) return isNodeType(type.nodeName) && type.nodeName !== "text" && type.nodeName !== "doc";
    return type instanceof Y.XmlText;
  }
  // Embeds, binary blobs, sub-documents, legacy JSON: never written by the editor.
  return false;
}

/**
 * A running upper bound for a document's size, so that an update that would push it past the limit
 * is refused before it is applied. It starts from the stored JSON size and adds each accepted
 * update's bytes; every store replaces it with the exact JSON size again.
 */
export class SizeBudget {
  private estimates = new WeakMap<object, number>();

  /** The exact size, measured when the document was loaded or stored. */
  measured(document: object, bytes: number): void {
    this.estimates.set(document, bytes);
  }

  /** Adds an update if the document stays within the limit; false (and nothing added) if not. */
  admit(document: object, updateBytes: number, limit = MAX_DOCUMENT_BYTES): boolean {
    const next = (this.estimates.get(document) ?? 0) + updateBytes;
    if (next > limit) return false;
    this.estimates.set(document, next);
    return true;
  }

  estimate(document: object): number {
    return this.estimates.get(document) ?? 0;
  }
}
