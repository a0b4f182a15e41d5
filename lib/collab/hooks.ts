import type {
  beforeHandleMessagePayload,
  connectedPayload,
  Connection,
  Extension,
  onAuthenticatePayload,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import { epochSeconds } from "@/lib/domain/session";
import { resolveAccess, sessionFromCookie, type CollabContext } from "./auth";
import { parseCollabDocumentName, type CollabDocumentRef } from "./document-name";
import { checkUpdate, inspectMessage, MAX_AWARENESS_BYTES, SizeBudget } from "./limits";
import { loadIntoDocument, storeDocument } from "./persistence";
import { REFUSALS, toBase64, type RefusalReason, type ServerNotice } from "./protocol";

/** The origin Hocuspocus' Redis extension gives to changes that came from another instance. */
const REDIS_ORIGIN = "__hocuspocus__redis__origin__";

/** A refusal Hocuspocus understands: it closes the document connection with this code and reason. */
class Refusal extends Error {
  readonly code: number;
  constructor(readonly reason: RefusalReason) {
    super(reason);
    this.code = REFUSALS[reason];
  }
}

function refName(documentName: string): CollabDocumentRef {
  const ref = parseCollabDocumentName(documentName);
  if (!ref) throw new Refusal("notFound");
  return ref;
}

/**
 * Refuses a text update: the connection is made read-only first, so Hocuspocus does not apply the
 * update it is about to handle; the client is told why (Hocuspocus' close message carries the
 * reason) and then the socket is closed, so it cannot go on sending on a connection it may not use.
 */
function refuseUpdate(connection: Connection, reason: RefusalReason): void {
  connection.readOnly = true;
  connection.close({ code: REFUSALS[reason], reason });
  setImmediate(() => connection.webSocket.close(REFUSALS[reason], reason));
}

/** Refuses a message that is not a text update (garbage, forged broadcasts): Hocuspocus closes on it. */
function refuseMessage(connection: Connection, reason: RefusalReason): never {
  setImmediate(() => connection.webSocket.close(REFUSALS[reason], reason));
  throw new Refusal(reason);
}

function notify(connection: Connection, notice: ServerNotice): void {
  connection.sendStateless(JSON.stringify(notice));
}

/**
 * Our rules on top of Hocuspocus: who may connect and with which access (from the session cookie
 * and the permission map), what a message may contain, and how the text is loaded and stored.
 */
export function collabExtension(options: { authSecret: string; revalidateMs: number }): Extension {
  const budget = new SizeBudget();
  // What is in the database for each open document, so a newly connected editor can tell at once
  // whether everything it holds is saved.
  const storedSnapshots = new WeakMap<Y.Doc, string>();

  /** Checks an open connection's access again, so a stage or role change takes effect while it is open. */
  function watchAccess(connection: Connection, context: CollabContext): void {
    const timer = setInterval(async () => {
      // An open connection is the session in use, so only revocation and the absolute lifetime can end it here.
      const inUse = { ...context.session, lastSeenAt: epochSeconds(new Date()) };
      const result = await resolveAccess(inUse, context).catch(() => null);
      if (!result) return;
      if (!result.ok) {
        connection.close({ code: REFUSALS[result.reason], reason: result.reason });
        connection.webSocket.close(REFUSALS[result.reason], result.reason);
        return;
      }
      const readOnly = result.context.access === "read";
      if (connection.readOnly !== readOnly) {
        connection.readOnly = readOnly;
        context.access = result.context.access;
        notify(connection, { type: "access", access: result.context.access });
      }
    }, options.revalidateMs);
    timer.unref();
    connection.onClose(() => clearInterval(timer));
  }

  return {
    extensionName: "overens-collab",

    async onAuthenticate({ requestHeaders, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollabContext> {
      const ref = refName(documentName);
      const session = await sessionFromCookie(requestHeaders.cookie, options.authSecret);
      if (!session) throw new Refusal("unauthenticated");
      const result = await resolveAccess(session, ref);
      if (!result.ok) throw new Refusal(result.reason);
      connectionConfig.readOnly = result.context.access === "read";
      return result.context;
    },

    async connected({ connection, context }: connectedPayload) {
      watchAccess(connection, context as CollabContext);
      const snapshot = storedSnapshots.get(connection.document);
      if (snapshot) notify(connection, { type: "stored", snapshot });
    },

    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      const bytes = await loadIntoDocument(refName(documentName), document);
      if (bytes === null) throw new Refusal("notFound");
      budget.measured(document, bytes);
      storedSnapshots.set(document, toBase64(Y.encodeSnapshot(Y.snapshot(document))));
    },

    async beforeHandleMessage({ update: data, connection, document }: beforeHandleMessagePayload) {
      let message;
      try {
        message = inspectMessage(data);
      } catch {
        refuseMessage(connection, "invalidContent");
      }
      // Only the server tells everyone something (e.g. "stored"); a client may not speak for it.
      if (message.kind === "broadcast-stateless" || message.kind === "unknown") refuseMessage(connection, "invalidContent");
      if (message.kind === "awareness" && message.bytes > MAX_AWARENESS_BYTES) refuseMessage(connection, "updateTooLarge");
      if (message.kind !== "sync-step2" && message.kind !== "sync-update") return;
      if (connection.readOnly) {
        // A read-only client answers the server's sync with what it has; that is fine as long as it
        // holds nothing new. Anything that would change the text is refused.
        if (message.kind === "sync-update" || !Y.snapshotContainsUpdate(Y.snapshot(document), message.update)) refuseUpdate(connection, "readOnly");
        return;
      }
      const problem = checkUpdate(message.update);
      if (problem) return refuseUpdate(connection, problem);
      if (!budget.admit(document, message.update.byteLength)) refuseUpdate(connection, "documentTooLarge");
    },

    async onChange({ transactionOrigin, instance, document, ...rest }: onChangePayload) {
      // Hocuspocus stores only changes that reached this instance over a websocket. Store the ones
      // that came from another instance too: whichever instance stores last then has everything.
      if (transactionOrigin === REDIS_ORIGIN) void instance.storeDocumentHooks(document, { ...rest, instance, document });
    },

    async onStoreDocument({ document, documentName }: onStoreDocumentPayload) {
      const outcome = await storeDocument(refName(documentName), document);
      if (!outcome.stored) {
        if (outcome.why !== "frozen") console.error(`[collab] not stored ${documentName}: ${outcome.why} ${outcome.detail ?? ""}`);
        return;
      }
      budget.measured(document, outcome.bytes);
      const snapshot = toBase64(outcome.snapshot);
      storedSnapshots.set(document, snapshot);
      document.broadcastStateless(JSON.stringify({ type: "stored", snapshot } satisfies ServerNotice));
    },
  };
}
