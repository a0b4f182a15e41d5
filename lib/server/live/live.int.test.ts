import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { getDb } from "../db";
import { hitLimit, redisStore, closeRateLimiter } from "@/lib/server/rate-limit";
import { TEST_DB_KIND, withDemoDatabase } from "../testing/integration";
import { createLiveBus, type LiveBus } from "./bus";
import { watchTopic } from "./topic";

withDemoDatabase();

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const buses: LiveBus[] = [];
afterAll(async () => {
  closeRateLimiter();
  await Promise.all(buses.map((bus) => bus.close()));
});

/** Two app instances: two buses that share nothing but the transport. */
function twoInstances(config: Parameters<typeof createLiveBus>[0]): [LiveBus, LiveBus] {
  const pair: [LiveBus, LiveBus] = [createLiveBus(config), createLiveBus(config)];
  buses.push(...pair);
  return pair;
}

describe("signals between app instances", () => {
  it("travel through Redis pub/sub", async () => {
    const [first, second] = twoInstances({ redisUrl: REDIS_URL, databaseUrl: process.env.DATABASE_URL! });
    const channel = `test:${randomUUID()}`;
    const heard: string[] = [];
    await second.subscribe(channel, (message) => heard.push(message));
    await first.publish(channel, "hello");
    await vi.waitFor(() => expect(heard).toEqual(["hello"]), { timeout: 5000, interval: 10 });
  });

  it(`reach another instance without Redis on ${TEST_DB_KIND} (LISTEN/NOTIFY on PostgreSQL, polling on SQLite)`, async () => {
    const [first, second] = twoInstances({ databaseUrl: process.env.DATABASE_URL! });
    expect(first.mode).toBe(TEST_DB_KIND === "postgres" ? "postgres" : "poll");
    const channel = `settings:${randomUUID()}`;
    const key = `test-${randomUUID()}`;
    const seen: string[] = [];
    // The watcher on instance two shows a value from the database; instance one changes it and signals.
    const stop = await watchTopic(
      { key: channel, channels: [channel], load: async () => (await getDb().setting.findUnique({ where: { key } }))?.value ?? null, safetyMs: 60_000 },
      (snapshot) => seen.push(snapshot),
      second,
    );
    try {
      await getDb().setting.create({ data: { key, value: "changed" } });
      await first.publish(channel);
      await vi.waitFor(() => expect(seen.at(-1)).toBe('"changed"'), { timeout: 5000, interval: 10 });
    } finally {
      stop();
    }
  });
});

describe("the vote limiter in Redis", () => {
  it("counts across callers and refuses over the limit", async () => {
    const store = redisStore(REDIS_URL);
    const key = `test:${randomUUID()}`;
    const limit = { max: 3, windowMs: 60_000 };
    const now = new Date();
    for (let attempt = 0; attempt < 3; attempt++) await hitLimit(key, limit, now, store);
    const refused = await hitLimit(key, limit, now, store).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("rate_limited");
    expect(await store.peek(key, limit, now)).toBe(4);
  });
});
