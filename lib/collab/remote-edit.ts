import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as Y from "yjs";
import { webSocketWith } from "./node-websocket";
import type { Doc, DocNode } from "@/lib/domain/document";
import { MAX_UPDATE_BYTES } from "@/lib/validation/document";
import { parseServerNotice, fromBase64, isRefusalReason, type RefusalReason } from "./protocol";
import { jsonBytes, setYContent, yDocToJson } from "./y-content";

/**
 * Changes a text the way an editor would: through the collaboration server, as the signed-in user
 * (their own session cookie), so the server's permission and content checks apply and everyone
 * who has the text open sees the change at once. Used by the Word import, which runs in the app's
 * process while the collaboration server may run in another one, or several behind Redis.
 */

export type RemoteEditOptions = {
  /** ws:// address of a collaboration server, seen from the app (COLLAB_HOST:COLLAB_PORT). */
  url: string;
  documentName: string;
  /** The Cookie header of the user's request. */
  cookie: string;
  timeoutMs?: number;
};

export class RemoteEditError extends Error {
  constructor(readonly reason: RefusalReason | "timeout") {
    super(`co-editing server refused the change: ${reason}`);
  }
}

type Session = { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket; ydoc: Y.Doc; refusal: () => RefusalReason | null; stored: () => Y.Snapshot | null };

function openSession(options: RemoteEditOptions): Session {
  const ydoc = new Y.Doc();
  let refusal: RefusalReason | null = null;
  let stored: Y.Snapshot | null = null;
  const note = (reason: string) => {
    refusal ??= isRefusalReason(reason) ? reason : "forbidden";
  };
  const socket = new HocuspocusProviderWebsocket({ url: options.url, WebSocketPolyfill: webSocketWith({ cookie: options.cookie }), maxAttempts: 3 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: ydoc,
    token: "session-cookie",
    onAuthenticationFailed: ({ reason }) => note(reason),
    onClose: ({ event }) => {
      if (event.code >= 4000) note(event.reason);
    },
    onStateless: ({ payload }) => {
      const notice = parseServerNotice(payload);
      if (notice?.type === "stored") stored = Y.decodeSnapshot(fromBase64(notice.snapshot));
    },
  });
  provider.attach();
  return { provider, socket, ydoc, refusal: () => refusal, stored: () => stored };
}

async function until(session: Session, condition: () => boolean, deadline: number): Promise<void> {
  while (!condition()) {
    const refusal = session.refusal();
    if (refusal) throw new RemoteEditError(refusal);
    if (Date.now() > deadline) {
      console.error(`[collab] remote edit timed out (synced: ${session.provider.isSynced}, unacknowledged: ${session.provider.unsyncedChanges}, stored: ${session.stored() !== null})`);
      throw new RemoteEditError("timeout");
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Batches of top-level blocks whose JSON stays well under the per-update limit, so a long imported
 * text goes over as several updates rather than one the server would refuse.
 */
export function batchBlocks(blocks: DocNode[], limit = MAX_UPDATE_BYTES / 4): DocNode[][] {
  const batches: DocNode[][] = [];
  let current: DocNode[] = [];
  let size = 0;
  for (const block of blocks) {
    const bytes = jsonBytes(block);
    if (current.length && size + bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Replaces the text with `doc`, or appends `doc` to it, and resolves once the server has stored the
 * result. Throws RemoteEditError with the server's reason when it refuses, or "timeout".
 */
export async function importIntoText(options: RemoteEditOptions & { doc: Doc; mode: "replace" | "append" }): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const session = openSession(options);
  try {
    await until(session, () => session.provider.isSynced, deadline);
    for (const [index, batch] of batchBlocks(options.doc.content ?? []).entries()) {
      // Re-read the text right before each batch: what others typed meanwhile stays, and the diff
      // against it is a pure insertion at the end.
      const keep = options.mode === "replace" && index === 0 ? [] : (yDocToJson(session.ydoc).content ?? []);
      setYContent(session.ydoc, { type: "doc", content: [...keep, ...batch] });
      await until(session, () => !session.provider.hasUnsyncedChanges, deadline);
    }
    const state = Y.encodeStateAsUpdate(session.ydoc);
    await until(session, () => {
      const stored = session.stored();
      return stored !== null && Y.snapshotContainsUpdate(stored, state);
    }, deadline);
  } finally {
    session.provider.destroy();
    session.socket.destroy();
  }
}

/**
 * Waits until everything the collaboration server holds for this text is in the database, and
 * resolves with nothing to do when it already is. For services that are about to read or freeze
 * CompactVersion.content (a stage change, a fingerprint): the live text may be up to a few seconds
 * ahead of the stored one.
 */
export async function flushText(options: RemoteEditOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const session = openSession(options);
  try {
    await until(session, () => session.provider.isSynced, deadline);
    await until(session, () => {
      const stored = session.stored();
      return stored !== null && Y.snapshotContainsUpdate(stored, Y.encodeStateAsUpdate(session.ydoc));
    }, deadline);
  } finally {
    session.provider.destroy();
    session.socket.destroy();
  }
}
