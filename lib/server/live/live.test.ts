import { describe, expect, it, vi } from "vitest";
import { ListenerRegistry, liveBusMode, type LiveBus } from "./bus";
import { sseEvent, topicStreamResponse } from "./sse";
import { openTopicCount, watchTopic } from "./topic";

/** A bus within one process, standing in for Redis or PostgreSQL. */
function memoryBus(): LiveBus & { published: string[] } {
  const registry = new ListenerRegistry();
  const published: string[] = [];
  return {
    mode: "redis",
    published,
    async publish(channel, message = "") {
      published.push(channel);
      registry.deliver(channel, message);
    },
    async subscribe(channel, listener) {
      registry.add(channel, listener);
      return () => void registry.remove(channel, listener);
    },
    async close() {},
  };
}

async function readEvent(reader: ReadableStreamDefaultReader<Uint8Array>, decoder = new TextDecoder()): Promise<string> {
  let text = "";
  while (!text.includes("event: snapshot")) {
    const { value, done } = await reader.read();
    if (done) throw new Error("stream ended");
    text += decoder.decode(value);
  }
  return text.split("\n").find((line) => line.startsWith("data: "))!.slice("data: ".length);
}

describe("live bus choice", () => {
  it.each([
    [{ redisUrl: "redis://127.0.0.1:6379", databaseUrl: "file:./x.db" }, "redis"],
    [{ redisUrl: "redis://127.0.0.1:6379", databaseUrl: "postgres://p@h/db" }, "redis"],
    [{ databaseUrl: "postgresql://p@h/db" }, "postgres"],
    [{ databaseUrl: "file:./data/overens.db" }, "poll"],
  ])("%j → %s", (config, mode) => {
    expect(liveBusMode(config)).toBe(mode);
  });
});

describe("sseEvent", () => {
  it("writes one data field per line", () => {
    expect(sseEvent("snapshot", '{"a":1}')).toBe('event: snapshot\ndata: {"a":1}\n\n');
    expect(sseEvent("note", "a\nb")).toBe("event: note\ndata: a\ndata: b\n\n");
  });
});

describe("topics", () => {
  it("share one load among watchers, reload on a signal, and end with the last watcher", async () => {
    const bus = memoryBus();
    let value = 1;
    const load = vi.fn(async () => ({ value }));
    const options = { key: "test:shared", channels: ["c"], load, throttleMs: 10 };
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = await watchTopic(options, (s) => first.push(s), bus);
    const stopSecond = await watchTopic(options, (s) => second.push(s), bus);
    expect(load).toHaveBeenCalledTimes(1);
    expect(second).toEqual(['{"value":1}']);

    value = 2;
    await bus.publish("c");
    await vi.waitFor(() => expect(first.at(-1)).toBe('{"value":2}'));
    expect(second.at(-1)).toBe('{"value":2}');
    // A signal that changes nothing reaches nobody.
    await bus.publish("c");
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(3));
    expect(first).toHaveLength(2);

    stopFirst();
    expect(openTopicCount()).toBe(1);
    stopSecond();
    expect(openTopicCount()).toBe(0);
  });

  it("coalesces a burst of signals into a few loads", async () => {
    const bus = memoryBus();
    let value = 0;
    const load = vi.fn(async () => ({ value }));
    const seen: string[] = [];
    const stop = await watchTopic({ key: "test:burst", channels: ["votes"], load, throttleMs: 50 }, (s) => seen.push(s), bus);
    for (value = 1; value <= 200; value++) await bus.publish("votes");
    value = 200;
    await vi.waitFor(() => expect(seen.at(-1)).toBe('{"value":200}'));
    expect(load.mock.calls.length).toBeLessThan(10);
    stop();
  });
});

describe("topicStreamResponse", () => {
  it("streams snapshots as server-sent events and stops watching when the browser leaves", async () => {
    const bus = memoryBus();
    let value = "a";
    const abort = new AbortController();
    const response = topicStreamResponse(
      new Request("http://localhost/stream", { signal: abort.signal }),
      { key: "test:stream", channels: ["s"], load: async () => ({ value }), throttleMs: 5 },
      { bus },
    );
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const reader = response.body!.getReader();
    expect(await readEvent(reader)).toBe('{"value":"a"}');
    value = "b";
    await bus.publish("s");
    expect(await readEvent(reader)).toBe('{"value":"b"}');
    abort.abort();
    await vi.waitFor(() => expect(openTopicCount()).toBe(0));
  });
});

describe("stream lifetime", () => {
  it("ends the stream after its maximum age, so the browser reconnects and is checked again", async () => {
    const response = topicStreamResponse(
      new Request("http://localhost/stream"),
      { key: "test:expiry", channels: [], load: async () => 1 },
      { bus: memoryBus(), maxAgeMs: 50 },
    );
    const reader = response.body!.getReader();
    expect(await readEvent(reader)).toBe("1");
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
    await vi.waitFor(() => expect(openTopicCount()).toBe(0));
  });
});
