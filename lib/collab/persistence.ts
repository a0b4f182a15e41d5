import * as Y from "yjs";
import { getDb } from "@/lib/server/db";
import type { Prisma } from "@/lib/server/generated/sqlite/client";
import type { Doc } from "@/lib/domain/document";
import { TEXT_STAGES } from "@/lib/domain/permissions";
import { parseCompactDocument } from "@/lib/validation/document";
import type { CollabDocumentRef } from "./document-name";
import { initialYState, jsonBytes, yDocToJson } from "./y-content";

/**
 * Where a co-edited text lives between sessions: CompactVersion.yState (the Yjs state, so merges
 * keep working across restarts) and CompactVersion.content (the same text as tiptap JSON, which every
 * read-only view, export and diff uses). Both are written together, never to a frozen version, and
 * only while the compact is in a stage in which its text is written.
 */

/** Origin of the changes this module applies to a live document, so hooks can tell them apart. */
export const DATABASE_ORIGIN = "overens:database";

const isTextStage = (stage: string) => (TEXT_STAGES as readonly string[]).includes(stage);

function findVersion(ref: CollabDocumentRef) {
  return getDb().compactVersion.findUnique({
    where: { compactId_number: { compactId: ref.compactId, number: ref.versionNumber } },
    select: { id: true, content: true, yState: true, frozenAt: true, compact: { select: { stage: true } } },
  });
}

/**
 * Fills a freshly created server document from the database. Returns the stored JSON size (the
 * starting point of the size budget), or null when there is no such version.
 */
export async function loadIntoDocument(ref: CollabDocumentRef, document: Y.Doc): Promise<number | null> {
  const version = await findVersion(ref);
  if (!version) return null;
  const state = version.yState ? new Uint8Array(version.yState) : initialYState(version.content as Doc);
  Y.applyUpdate(document, state, DATABASE_ORIGIN);
  return jsonBytes(version.content);
}

export type StoreOutcome =
  | { stored: true; bytes: number; snapshot: Uint8Array }
  | { stored: false; why: "missing" | "frozen" | "invalid"; detail?: string };

/**
 * Writes the live document to its version. What is already stored is merged in first: storing
 * can then never remove an edit another server instance stored a moment earlier (Yjs merges are
 * idempotent, and deletions travel as deletions, so nothing deleted comes back).
 */
export async function storeDocument(ref: CollabDocumentRef, document: Y.Doc): Promise<StoreOutcome> {
  const version = await findVersion(ref);
  if (!version) return { stored: false, why: "missing" };
  if (version.frozenAt || !isTextStage(version.compact.stage)) return { stored: false, why: "frozen" };
  if (version.yState) Y.applyUpdate(document, new Uint8Array(version.yState), DATABASE_ORIGIN);
  const parsed = parseCompactDocument(yDocToJson(document));
  if (!parsed.ok) return { stored: false, why: "invalid", detail: `${parsed.problem}: ${parsed.detail}` };
  const state = Y.encodeStateAsUpdate(document);
  const snapshot = Y.encodeSnapshot(Y.snapshot(document));
  // The conditions make "never write a frozen version, nor a text sent for decision" hold even if the
  // stage changed a moment ago: edits that reach the server after that are not stored.
  const { count } = await getDb().compactVersion.updateMany({
    where: { id: version.id, frozenAt: null, compact: { stage: { in: [...TEXT_STAGES] } } },
    data: { yState: state as Uint8Array<ArrayBuffer>, content: parsed.doc as Prisma.InputJsonValue },
  });
  if (count === 0) return { stored: false, why: "frozen" };
  return { stored: true, bytes: parsed.bytes, snapshot };
}
