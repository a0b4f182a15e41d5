import { Redis } from "ioredis";
import { AppError } from "@/lib/domain/errors";
import { isOverLimit, type RateLimit } from "@/lib/domain/workshop";
import { getDb } from "@/lib/server/db";
import { redisUrlFromEnv } from "@/lib/server/live/bus";

/**
 * Attempts per key, counted across all app instances: in Redis when REDIS_URL is set (a fixed window,
 * one INCR per attempt), else in the database (rows of the sign-in attempts table, under keys of their
 * own). Never in process memory, which another instance cannot see.
 */
export type AttemptStore = {
  /** Records an attempt; returns the attempts in the window, this one included. */
  hit(key: string, limit: RateLimit, now: Date): Promise<number>;
  /** The attempts in the window, without recording one. */
  peek(key: string, limit: RateLimit, now: Date): Promise<number>;
};

const cache = globalThis as typeof globalThis & { __overensRateRedis?: { url: string; client: Redis } };

function redisFor(url: string): Redis {
  if (cache.__overensRateRedis?.url !== url) {
    const client = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
    client.on("error", (error: Error) => console.error(`[rate-limit] redis: ${error.message}`));
    cache.__overensRateRedis = { url, client };
  }
  return cache.__overensRateRedis.client;
}

export function redisStore(url: string): AttemptStore {
  const keyFor = (key: string, limit: RateLimit, now: Date) => `overens:rate:${key}:${Math.floor(now.getTime() / limit.windowMs)}`;
  return {
    async hit(key, limit, now) {
      const redisKey = keyFor(key, limit, now);
      const replies = await redisFor(url).multi().incr(redisKey).pexpire(redisKey, limit.windowMs).exec();
      const [incr, expire] = replies ?? [];
      const error = incr?.[0] ?? expire?.[0] ?? (replies ? null : new Error("Redis transaction discarded"));
      if (error) throw error;
      return Number(incr?.[1]);
    },
    async peek(key, limit, now) {
      return Number((await redisFor(url).get(keyFor(key, limit, now))) ?? 0);
    },
  };
}

/** A sliding window over rows in the database. */
export const databaseStore: AttemptStore = {
  async hit(key, limit, now) {
    await getDb().loginAttempt.create({ data: { key, success: false, createdAt: now } });
    return databaseStore.peek(key, limit, now);
  },
  async peek(key, limit, now) {
    return getDb().loginAttempt.count({ where: { key, createdAt: { gt: new Date(now.getTime() - limit.windowMs) } } });
  },
};

/** Redis if configured, falling back to the database while Redis is unreachable; else the database. */
const defaultStore: AttemptStore = {
  hit: (key, limit, now) => withFallback((store) => store.hit(key, limit, now)),
  peek: (key, limit, now) => withFallback((store) => store.peek(key, limit, now)),
};

async function withFallback(run: (store: AttemptStore) => Promise<number>): Promise<number> {
  const url = redisUrlFromEnv();
  if (!url) return run(databaseStore);
  try {
    return await run(redisStore(url));
  } catch (error) {
    console.error("[rate-limit] Redis failed, counting in the database", error);
    return run(databaseStore);
  }
}

function refuse(): never {
  throw new AppError("rate_limited", "workshop.errors.rateLimited");
}

/** Counts one attempt under `key` and refuses (429) when it goes over the limit. */
export async function hitLimit(key: string, limit: RateLimit, now = new Date(), store: AttemptStore = defaultStore): Promise<void> {
  if (isOverLimit(await store.hit(key, limit, now), limit)) refuse();
}

/** Refuses (429) when `key` has used up its attempts, without counting one. */
export async function assertNotLimited(key: string, limit: RateLimit, now = new Date(), store: AttemptStore = defaultStore): Promise<void> {
  if (isOverLimit((await store.peek(key, limit, now)) + 1, limit)) refuse();
}

/**
 * Deletes attempt rows under a key prefix that are older than the window (database counting only;
 * Redis keys expire by themselves). Votes leave one row each, so the table is pruned now and then.
 */
export async function pruneAttempts(prefix: string, limit: RateLimit, now = new Date()): Promise<number> {
  const { count } = await getDb().loginAttempt.deleteMany({
    where: { key: { startsWith: prefix }, createdAt: { lt: new Date(now.getTime() - limit.windowMs) } },
  });
  return count;
}

/** Closes the limiter's Redis connection (tests and scripts). */
export function closeRateLimiter(): void {
  cache.__overensRateRedis?.client.disconnect();
  cache.__overensRateRedis = undefined;
}
