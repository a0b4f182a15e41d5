"use client";
import { useEffect, useState } from "react";
import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import { localDraftName, rememberLocalDraft } from "./local-drafts";
import * as Y from "yjs";
import { COLLAB_FIELD } from "@/lib/collab/extensions";
import { presenceFromStates, SECTOR_COLOURS, type Presence } from "@/lib/collab/presence";
import { fromBase64, isRefusalReason, parseServerNotice, type CollabAccess, type RefusalReason } from "@/lib/collab/protocol";
import type { Sector } from "@/lib/domain/roles";

export type ConnectionState = "connecting" | "saved" | "saving" | "offline";

export type CollabSession = {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  /** The text can be shown: synced with the server, or restored from this browser while offline. */
  ready: boolean;
  state: ConnectionState;
  access: CollabAccess;
  refusal: RefusalReason | null;
  presence: Presence[];
};

export type SessionOptions = {
  url: string;
  documentName: string;
  user: { id: string; name: string; sector: Sector };
  canEdit: boolean;
};

type Flags = { connected: boolean; synced: boolean; restored: boolean; unacknowledged: number; allStored: boolean; online: boolean };

function connectionState(flags: Flags): ConnectionState {
  if (!flags.online || (!flags.connected && (flags.synced || flags.restored))) return "offline";
  if (!flags.synced) return "connecting";
  return flags.unacknowledged > 0 || !flags.allStored ? "saving" : "saved";
}

/**
 * One co-editing session: a Yjs document, its connection to the collaboration server (the browser
 * sends the httpOnly session cookie itself; the token is only a placeholder the protocol requires)
 * and, for editors, a copy in IndexedDB so that edits made offline survive a reload and are merged
 * when the connection is back. "Saved" means the server has stored everything this browser holds.
 */
export function useCollabSession(options: SessionOptions): CollabSession | null {
  const { url, documentName, canEdit } = options;
  const { id: userId, name, sector } = options.user;
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const ydoc = new Y.Doc();
    const flags: Flags = { connected: false, synced: false, restored: false, unacknowledged: 0, allStored: false, online: navigator.onLine };
    let stored: Y.Snapshot | null = null;
    let access: CollabAccess = canEdit ? "edit" : "read";
    let refusal: RefusalReason | null = null;
    let presence: Presence[] = [];
    // The provider reports its status while it is being constructed; publish only once it exists.
    let constructed = false;
    let last: CollabSession | null = null;
    // Offline copies are per user and per text version, and only for people who may edit.
    const draftName = localDraftName(userId, documentName);
    if (canEdit) rememberLocalDraft(draftName);
    const persistence = canEdit ? new IndexeddbPersistence(draftName, ydoc) : null;

    const checkStored = () => {
      flags.allStored = stored !== null && Y.snapshotContainsUpdate(stored, Y.encodeStateAsUpdate(ydoc));
    };
    const provider = new HocuspocusProvider({
      url,
      name: documentName,
      document: ydoc,
      token: "session-cookie",
      onStatus: ({ status }) => {
        flags.connected = status === WebSocketStatus.Connected;
        publish();
      },
      onSynced: () => {
        flags.synced = true;
        checkStored();
        publish();
      },
      onUnsyncedChanges: ({ number }) => {
        flags.unacknowledged = number;
        publish();
      },
      onAuthenticationFailed: ({ reason }) => refuse(isRefusalReason(reason) ? reason : "forbidden"),
      onClose: ({ event }) => {
        if (isRefusalReason(event.reason)) refuse(event.reason);
      },
      onStateless: ({ payload }) => {
        const notice = parseServerNotice(payload);
        if (notice?.type === "stored") {
          stored = Y.decodeSnapshot(fromBase64(notice.snapshot));
          checkStored();
        } else if (notice?.type === "access") {
          access = notice.access;
          provider.setAwarenessField("user", { name, sector, color: SECTOR_COLOURS[sector], access });
        }
        publish();
      },
      onAwarenessChange: () => {
        presence = presenceFromStates(provider.awareness?.getStates() as Map<number, Record<string, unknown>>, ydoc.clientID);
        publish();
      },
    });
    provider.setAwarenessField("user", { name, sector, color: SECTOR_COLOURS[sector], access });

    /** The server refused this session: stop reconnecting, and drop what it refused from the offline copy. */
    function refuse(reason: RefusalReason) {
      refusal = reason;
      access = "read";
      provider.disconnect();
      void persistence?.clearData();
      publish();
    }

    ydoc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) flags.allStored = false;
      if (origin !== provider && origin !== persistence) publish();
    });
    persistence?.once("synced", () => {
      flags.restored = ydoc.getXmlFragment(COLLAB_FIELD).length > 0;
      publish();
    });
    // Hang up while the browser is offline instead of waiting for the socket to time out: edits go
    // to IndexedDB at once, and the reconnect syncs them as soon as the network is back.
    const onOnline = () => {
      flags.online = navigator.onLine;
      if (!refusal) {
        if (flags.online) void provider.connect();
        else provider.disconnect();
      }
      publish();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOnline);

    /** Hands React a new session object only when something it shows has changed (not on every keystroke). */
    function publish() {
      if (!constructed) return;
      const next: CollabSession = { ydoc, provider, ready: flags.synced || flags.restored, state: connectionState(flags), access, refusal, presence };
      if (last && (Object.keys(next) as (keyof CollabSession)[]).every((key) => next[key] === last![key])) return;
      last = next;
      setSession(next);
    }
    constructed = true;
    flags.connected = provider.configuration.websocketProvider.status === WebSocketStatus.Connected;
    publish();

    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOnline);
      provider.destroy();
      void persistence?.destroy();
      ydoc.destroy();
    };
  }, [url, documentName, canEdit, userId, name, sector]);

  return session;
}
