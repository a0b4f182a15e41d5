import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { epochSeconds, newSessionClaims } from "@/lib/domain/session";
import { encodeSessionToken } from "@/lib/server/session-token";
import { webSocketWith } from "../node-websocket";
import * as Y from "yjs";
import { COLLAB_FIELD } from "../extensions";
import { parseServerNotice, fromBase64 } from "../protocol";

/**
 * Node clients for the collaboration server, for tests and the benchmark: the real Hocuspocus
 * provider over the `ws` package (Node 20 has no global WebSocket), with a session cookie made the
 * way next-auth makes it.
 */

/** A next-auth session cookie for this user (signed in now, at this session version), as the browser would send it. */
export async function sessionCookie(userId: string, secret: string, sessionVersion = 0, now = new Date()): Promise<string> {
  const token = await encodeSessionToken(newSessionClaims({ id: userId, sessionVersion }, now), secret, epochSeconds(now));
  return `next-auth.session-token=${token}`;
}

export type TestClient = {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  ydoc: Y.Doc;
  /** The reason the server gave when it refused or closed the connection, if it did. */
  refusal: () => string | null;
  /** How often the websocket closed (refusals, server restarts). */
  closes: () => number;
  /** The last snapshot the server reported as stored. */
  storedSnapshot: () => Y.Snapshot | null;
  /** Plain text of the document, paragraphs joined by newlines. */
  text: () => string;
  destroy: () => void;
};

export function connectClient(options: { url: string; documentName: string; cookie?: string; origin?: string; connect?: boolean }): TestClient {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const ydoc = new Y.Doc();
  let refusal: string | null = null;
  let stored: Y.Snapshot | null = null;
  let closes = 0;
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: webSocketWith(headers),
    // Tests restart servers: reconnect quickly instead of backing off for seconds.
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1,
    jitter: false,
    autoConnect: options.connect ?? true,
  });
  socket.on("close", () => {
    closes += 1;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: ydoc,
    token: "session-cookie",
    onAuthenticationFailed: ({ reason }) => {
      refusal = reason;
    },
    onClose: ({ event }) => {
      if (event.reason && event.reason !== "provider_initiated") refusal = event.reason;
    },
    onStateless: ({ payload }) => {
      const notice = parseServerNotice(payload);
      if (notice?.type === "stored") stored = Y.decodeSnapshot(fromBase64(notice.snapshot));
    },
  });
  provider.attach();
  return {
    provider,
    socket,
    ydoc,
    refusal: () => refusal,
    closes: () => closes,
    storedSnapshot: () => stored,
    text: () => fragmentText(ydoc.getXmlFragment(COLLAB_FIELD)),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The text of a Yjs XML fragment: one line per paragraph or heading. */
export function fragmentText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === "paragraph" || child.nodeName === "heading") lines.push(inlineText(child));
      else walk(child);
    }
  };
  walk(fragment);
  return lines.join("\n");
}

function inlineText(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? (child.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === "string" ? op.insert : "")).join("") : ""))
    .join("");
}

/** Types text at the end of the document's last paragraph (or a new one), as a user would. */
export function typeAtEnd(ydoc: Y.Doc, text: string): void {
  const fragment = ydoc.getXmlFragment(COLLAB_FIELD);
  ydoc.transact(() => {
    let last = fragment.get(fragment.length - 1);
    if (!(last instanceof Y.XmlElement) || last.nodeName !== "paragraph") {
      last = new Y.XmlElement("paragraph");
      fragment.insert(fragment.length, [last]);
    }
    const paragraph = last as Y.XmlElement;
    let textNode = paragraph.get(paragraph.length - 1);
    if (!(textNode instanceof Y.XmlText)) {
      textNode = new Y.XmlText();
      paragraph.insert(paragraph.length, [textNode]);
    }
    (textNode as Y.XmlText).insert((textNode as Y.XmlText).length, text);
  });
}

/** Adds a paragraph with this text at the end. */
export function appendParagraph(ydoc: Y.Doc, text: string): void {
  const fragment = ydoc.getXmlFragment(COLLAB_FIELD);
  ydoc.transact(() => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.insert(fragment.length, [paragraph]);
  });
}

/** Resolves when the condition holds, polling quickly; rejects with the message after the timeout. */
export async function waitFor(condition: () => boolean, message: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Whether the server has stored everything this client's document holds. */
export function isStored(client: TestClient): boolean {
  const snapshot = client.storedSnapshot();
  return snapshot !== null && Y.snapshotContainsUpdate(snapshot, Y.encodeStateAsUpdate(client.ydoc));
}

/** Resolves once the client is synced with the server (or was refused). */
export async function waitForSync(client: TestClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => client.provider.isSynced || client.refusal() !== null, "initial sync", timeoutMs);
}
