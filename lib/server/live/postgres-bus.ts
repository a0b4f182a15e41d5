import pg from "pg";
import { ListenerRegistry, type LiveBus } from "./bus";

/** One PostgreSQL channel for everything; our own channel name travels in the payload. */
const PG_CHANNEL = "overens_live";
const RECONNECT_MS = 1000;

/**
 * PostgreSQL LISTEN/NOTIFY on the app's own database: no extra service for PostgreSQL installs. One
 * dedicated connection listens (and is re-opened after a failure); notifications go out through a
 * small pool. NOTIFY payloads are limited to 8000 bytes, plenty for a signal.
 */
export function createPostgresBus(databaseUrl: string): LiveBus {
  const registry = new ListenerRegistry();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on("error", (error) => console.error(`[live] postgres pool: ${error.message}`));
  let listener: Promise<pg.Client> | null = null;
  let closed = false;

  function connectListener(): Promise<pg.Client> {
    listener ??= (async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      const lost = (error?: Error) => {
        if (error) console.error(`[live] postgres listener: ${error.message}`);
        listener = null;
        client.removeAllListeners();
        client.on("error", () => {}); // a dying connection may still report; it is already replaced
        client.end().catch(() => {});
        // Re-listen while anyone still listens; topics re-read the database meanwhile.
        if (!closed && registry.size > 0) setTimeout(() => connectListener().catch(() => {}), RECONNECT_MS).unref();
      };
      client.on("error", lost);
      client.on("end", () => lost());
      client.on("notification", (notification) => {
        if (notification.channel !== PG_CHANNEL || !notification.payload) return;
        const [channel, message] = JSON.parse(notification.payload) as [string, string];
        registry.deliver(channel, message);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${PG_CHANNEL}`);
      } catch (error) {
        lost(error as Error);
        throw error;
      }
      return client;
    })();
    return listener;
  }

  return {
    mode: "postgres",
    async publish(channel, message = "") {
      await pool.query("SELECT pg_notify($1, $2)", [PG_CHANNEL, JSON.stringify([channel, message])]);
    },
    async subscribe(channel, callback) {
      registry.add(channel, callback);
      await connectListener();
      return () => {
        registry.remove(channel, callback);
      };
    },
    async close() {
      closed = true;
      const client = await listener?.catch(() => null);
      client?.removeAllListeners();
      client?.on("error", () => {});
      await Promise.allSettled([client?.end(), pool.end()]);
    },
  };
}
