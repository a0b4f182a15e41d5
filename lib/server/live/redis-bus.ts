import { Redis } from "ioredis";
import { ListenerRegistry, type LiveBus } from "./bus";

/** Our channels live under this prefix, apart from anything else on the same Redis (e.g. co-editing). */
const PREFIX = "overens:live:";

/** Fail fast while Redis is away instead of queueing: the database is the truth, and topics re-read it. */
const OPTIONS = { maxRetriesPerRequest: 1, lazyConnect: true, enableOfflineQueue: true } as const;

/**
 * Redis pub/sub. One connection publishes, one listens (a subscribed Redis connection can do nothing
 * else); ioredis reconnects and re-subscribes by itself after an outage.
 */
export function createRedisBus(url: string): LiveBus {
  const publisher = new Redis(url, OPTIONS);
  const subscriber = new Redis(url, OPTIONS);
  for (const [name, client] of [["publisher", publisher], ["subscriber", subscriber]] as const) {
    client.on("error", (error: Error) => console.error(`[live] redis ${name}: ${error.message}`));
  }
  const registry = new ListenerRegistry();
  subscriber.on("message", (channel: string, message: string) => {
    if (channel.startsWith(PREFIX)) registry.deliver(channel.slice(PREFIX.length), message);
  });

  return {
    mode: "redis",
    async publish(channel, message = "") {
      await publisher.publish(PREFIX + channel, message);
    },
    async subscribe(channel, listener) {
      if (registry.add(channel, listener)) await subscriber.subscribe(PREFIX + channel);
      return () => {
        if (registry.remove(channel, listener)) {
          subscriber.unsubscribe(PREFIX + channel).catch((error: Error) => console.error(`[live] redis unsubscribe: ${error.message}`));
        }
      };
    },
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
