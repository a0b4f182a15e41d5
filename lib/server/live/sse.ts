import type { LiveBus } from "./bus";
import { watchTopic, type TopicOptions } from "./topic";

/** A comment line now and then keeps proxies and load balancers from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** How long the browser waits before reconnecting after the stream drops. */
const RETRY_MS = 2000;
/**
 * Streams end after this long and the browser reconnects (EventSource does so by itself): the route's
 * permission check then runs again, so a withdrawn permission does not keep a stream open for hours.
 */
const DEFAULT_MAX_AGE_MS = 10 * 60 * 1000;

/** One server-sent event; every line of the data gets its own "data:" field, as the format wants. */
export function sseEvent(event: string, data: string): string {
  return `event: ${event}\n${data
    .split(/\r?\n/)
    .map((line) => `data: ${line}`)
    .join("\n")}\n\n`;
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform keeps compression (Next's, or a proxy's) from buffering the stream.
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

/**
 * A server-sent-events response that streams a topic's snapshots as `event: snapshot` until the
 * browser goes away. Permission checks belong before this call: the stream itself checks nothing.
 */
export function topicStreamResponse<T>(request: Request, topic: TopicOptions<T>, options: { bus?: LiveBus; maxAgeMs?: number } = {}): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const heartbeat = setInterval(() => write(": ping\n\n"), HEARTBEAT_MS);
      const expiry = setTimeout(() => cleanup(), options.maxAgeMs ?? DEFAULT_MAX_AGE_MS);
      let unwatch = () => {};
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unwatch();
        try {
          controller.close();
        } catch {
          // already closed by the other side
        }
      };
      request.signal.addEventListener("abort", () => cleanup());
      write(`retry: ${RETRY_MS}\n\n`);
      try {
        unwatch = await watchTopic(topic, (snapshot) => write(sseEvent("snapshot", snapshot)), options.bus);
        if (!open) unwatch();
      } catch (error) {
        console.error("[live] could not start a stream", error);
        cleanup();
      }
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
