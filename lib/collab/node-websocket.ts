import WebSocket from "ws";

/**
 * The `ws` WebSocket (Node 20 has no global one) with fixed request headers (the session cookie, an
 * origin), in the shape the Hocuspocus provider expects. It always has an error listener: the
 * provider removes its own before closing a socket that is still connecting, and `ws` then reports
 * "closed before the connection was established" as an error event, which without a listener would
 * be an uncaught exception in the app's process. The provider learns of failures from close events.
 */
export function webSocketWith(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL | null, protocols?: string | string[]) {
      super(address as string | URL, protocols, { headers });
      this.on("error", () => {});
    }
  } as typeof WebSocket;
}
