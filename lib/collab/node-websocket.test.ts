import http from "node:http";
import type { AddressInfo } from "node:net";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { webSocketWith } from "./node-websocket";

let server: http.Server | undefined;

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function listen(onUpgrade: (request: http.IncomingMessage) => void): Promise<string> {
  server = http.createServer();
  server.on("upgrade", (request, socket) => {
    onUpgrade(request);
    socket.destroy();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Waits for the close event only (events.once would reject on the error event before it). */
const closed = (socket: { on(event: "close", listener: () => void): unknown }) => new Promise<void>((resolve) => socket.on("close", () => resolve()));

describe("webSocketWith", () => {
  it("sends the fixed headers with the upgrade request", async () => {
    let cookie: string | undefined;
    const url = await listen((request) => (cookie = request.headers.cookie));
    const socket = new (webSocketWith({ cookie: "next-auth.session-token=abc" }))(url);
    await closed(socket);
    expect(cookie).toBe("next-auth.session-token=abc");
  });

  it("raises no uncaught error when a socket is closed while it is still connecting", async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      const url = await listen(() => {});
      const socket = new (webSocketWith({}))(url);
      socket.close();
      await closed(socket);
      await new Promise((resolve) => setImmediate(resolve));
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", record);
    }
  });
});
