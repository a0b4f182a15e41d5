/**
 * The co-editing server as its own process (`npm run collab`; `npm start` starts it next to the
 * app). Reads the same environment as the app: DATABASE_URL, AUTH_SECRET, APP_URL, and COLLAB_PORT,
 * COLLAB_HOST, REDIS_URL.
 */
import { getEnv } from "../lib/server/env";
import { startCollabServer } from "../lib/collab/server";
import { redactUrl } from "../prisma/database-url";

async function main() {
  const env = getEnv();
  const server = await startCollabServer({
    port: env.COLLAB_PORT,
    host: env.COLLAB_HOST,
    authSecret: env.AUTH_SECRET,
    allowedOrigins: [new URL(env.APP_URL).origin],
    redisUrl: env.REDIS_URL,
  });
  console.log(`Co-editing server listening on ${server.url}${env.REDIS_URL ? ` (shared through ${redactUrl(env.REDIS_URL)})` : ""}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch((error: unknown) => console.error("[collab] stop failed", error));
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
