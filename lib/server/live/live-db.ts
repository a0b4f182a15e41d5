import { databaseUrlFromEnv } from "../../../prisma/database-url";
import { createDb, type Db } from "../db";

const cache = globalThis as typeof globalThis & { __overensLiveDb?: { url: string; db: Db } };

/**
 * A database client of its own for the live views' reloads. Under a burst of requests the app's
 * connection pool has a queue; a presenter snapshot waiting in it would reach the projector late.
 * With their own (small) pool, the few reloads a second never queue behind the votes.
 */
export function getLiveDb(): Db {
  const url = databaseUrlFromEnv();
  if (cache.__overensLiveDb?.url !== url) {
    void cache.__overensLiveDb?.db.$disconnect();
    cache.__overensLiveDb = { url, db: createDb(url) };
  }
  return cache.__overensLiveDb.db;
}

export async function closeLiveDb(): Promise<void> {
  const current = cache.__overensLiveDb;
  cache.__overensLiveDb = undefined;
  await current?.db.$disconnect();
}
