// No "server-only": the benchmark script and the integration tests import this module too.
import { databaseKind, databaseUrlFromEnv } from "../../../prisma/database-url";
import { createPostgresBus } from "./postgres-bus";
import { createRedisBus } from "./redis-bus";

/**
 * How app instances tell each other that something changed. The message is a signal, not the data:
 * whoever listens reloads what it shows from the database, which stays the only source of truth.
 *
 * - "redis": Redis pub/sub (REDIS_URL set); any number of instances.
 * - "postgres": PostgreSQL LISTEN/NOTIFY on the app's own database; any number of instances.
 * - "poll": SQLite without Redis. Nothing is sent; listeners re-read the database at a short
 *   interval instead (lib/server/live/topic.ts), which also works for several processes on one file.
 */
export type LiveBusMode = "redis" | "postgres" | "poll";

export type LiveListener = (message: string) => void;

export interface LiveBus {
  readonly mode: LiveBusMode;
  /** Sends a signal on a channel to every instance (this one included). */
  publish(channel: string, message?: string): Promise<void>;
  /** Listens on a channel; resolves once the subscription is active, to a function that ends it. */
  subscribe(channel: string, listener: LiveListener): Promise<() => void>;
  close(): Promise<void>;
}

/** The bus for polling installs: nothing to send, nothing to hear. */
export function createPollBus(): LiveBus {
  return {
    mode: "poll",
    publish: async () => {},
    subscribe: async () => () => {},
    close: async () => {},
  };
}

/** Keeps the channels of several users of one listener connection apart (Redis, PostgreSQL). */
export class ListenerRegistry {
  private readonly channels = new Map<string, Set<LiveListener>>();

  /** Adds a listener; true when it is the first one on this channel (so the caller subscribes). */
  add(channel: string, listener: LiveListener): boolean {
    const set = this.channels.get(channel) ?? new Set();
    set.add(listener);
    this.channels.set(channel, set);
    return set.size === 1;
  }

  /** Removes a listener; true when it was the last one on this channel (so the caller unsubscribes). */
  remove(channel: string, listener: LiveListener): boolean {
    const set = this.channels.get(channel);
    if (!set?.delete(listener)) return false;
    if (set.size > 0) return false;
    this.channels.delete(channel);
    return true;
  }

  deliver(channel: string, message: string): void {
    for (const listener of this.channels.get(channel) ?? []) {
      try {
        listener(message);
      } catch (error) {
        console.error("[live] a listener failed", error);
      }
    }
  }

  get size(): number {
    return this.channels.size;
  }
}

export type LiveBusConfig = { redisUrl?: string; databaseUrl: string };

/** Picks the transport: Redis when configured, else PostgreSQL's own LISTEN/NOTIFY, else polling. */
export function liveBusMode(config: LiveBusConfig): LiveBusMode {
  if (config.redisUrl) return "redis";
  return databaseKind(config.databaseUrl) === "postgres" ? "postgres" : "poll";
}

export function createLiveBus(config: LiveBusConfig): LiveBus {
  switch (liveBusMode(config)) {
    case "redis":
      return createRedisBus(config.redisUrl!);
    case "postgres":
      return createPostgresBus(config.databaseUrl);
    case "poll":
      return createPollBus();
  }
}

/** REDIS_URL as the app reads it; an invalid value is refused at start-up by lib/server/env.ts. */
export function redisUrlFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.REDIS_URL || undefined;
}

// One bus per process (cached on globalThis so hot reload in development does not open more).
const cache = globalThis as typeof globalThis & { __overensLiveBus?: { key: string; bus: LiveBus } };

/** The process's bus for the current REDIS_URL and DATABASE_URL (a new one if they changed, as in tests). */
export function getLiveBus(): LiveBus {
  const config = { redisUrl: redisUrlFromEnv(), databaseUrl: databaseUrlFromEnv() };
  const key = `${config.redisUrl ?? ""}|${config.databaseUrl}`;
  if (cache.__overensLiveBus?.key !== key) {
    void cache.__overensLiveBus?.bus.close();
    cache.__overensLiveBus = { key, bus: createLiveBus(config) };
  }
  return cache.__overensLiveBus.bus;
}

/** Closes the process's bus (tests and scripts, so that their process can exit). */
export async function closeLiveBus(): Promise<void> {
  const current = cache.__overensLiveBus;
  cache.__overensLiveBus = undefined;
  await current?.bus.close();
}
