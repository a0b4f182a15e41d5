import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Extension } from "@hocuspocus/server";
import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import IORedis from "ioredis";
import { WebSocketServer } from "ws";
import { MAX_UPDATE_BYTES } from "@/lib/validation/document";
import { isAllowedOrigin } from "./auth";
import { collabExtension } from "./hooks";

export type CollabServerOptions = {
  port: number;
  /** The interface to listen on; 127.0.0.1 unless a proxy on another machine must reach it. */
  host: string;
  /** The app's AUTH_SECRET: the collaboration server reads the app's session cookie. */
  authSecret: string;
  /** Browser origins allowed to connect (the app's own). Requests without an Origin are Node clients. */
  allowedOrigins: string[];
  /** With a Redis URL, several instances serve the same documents (Hocuspocus' Redis extension). */
  redisUrl?: string;
  /** How long the text may rest unsaved after the last change, and at most while typing goes on. */
  debounceMs?: number;
  maxDebounceMs?: number;
  /** How often an open connection's permission is checked again (stage changes, role changes). */
  revalidateMs?: number;
};

export type RunningCollabServer = {
  port: number;
  url: string;
  hocuspocus: Hocuspocus;
  /** Stores every pending change, closes all connections and stops listening. */
  stop(): Promise<void>;
};

/**
 * Starts the co-editing server: Hocuspocus on our own http server, so that it listens on exactly
 * the host asked for (Hocuspocus' own `address` option is not passed on to listen()).
 */
export async function startCollabServer(options: CollabServerOptions): Promise<RunningCollabServer> {
  const extensions: Extension[] = [
    collabExtension({ authSecret: options.authSecret, revalidateMs: options.revalidateMs ?? 10_000 }),
  ];
  if (options.redisUrl) {
    const url = options.redisUrl;
    // The extension subscribes before the connection is ready; ioredis' CLIENT SETINFO would then be
    // sent on a subscriber connection and fail, so it is switched off.
    extensions.unshift(new RedisExtension({ createClient: () => new IORedis(url, { maxRetriesPerRequest: 3, disableClientInfo: true }), prefix: "overens" }));
  }
  const hocuspocus = new Hocuspocus({
    name: `overens-collab-${process.pid}`,
    quiet: true,
    debounce: options.debounceMs ?? 1000,
    maxDebounce: options.maxDebounceMs ?? 5000,
    extensions,
  });

  const http = createServer((request, response) => {
    // A plain GET answers health checks (the start script waits on it); everything else is websocket.
    response.writeHead(request.url === "/health" ? 200 : 404, { "Content-Type": "text/plain" }).end(request.url === "/health" ? "ok" : "");
  });
  // ws refuses frames above maxPayload before buffering them; our own check gives the clear message.
  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: MAX_UPDATE_BYTES * 2 });
  http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isAllowedOrigin(request.headers.origin, options.allowedOrigins)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
      webSocket.on("error", (error) => console.error("[collab] websocket error", error.message));
      hocuspocus.handleConnection(webSocket, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : options.port;

  return {
    port,
    url: `ws://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`,
    hocuspocus,
    async stop() {
      await flushPendingStores(hocuspocus);
      hocuspocus.closeConnections();
      for (const client of webSocketServer.clients) client.terminate();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
    },
  };
}

/** Runs every debounced store now, so a graceful stop loses nothing. */
async function flushPendingStores(hocuspocus: Hocuspocus): Promise<void> {
  const pending = [...hocuspocus.documents.keys()]
    .map((name) => `onStoreDocument-${name}`)
    .filter((id) => hocuspocus.debouncer.isDebounced(id))
    .map((id) => Promise.resolve(hocuspocus.debouncer.executeNow(id)).catch((error: unknown) => console.error("[collab] store on stop failed", error)));
  await Promise.all(pending);
}
