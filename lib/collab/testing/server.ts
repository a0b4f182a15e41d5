import { startCollabServer, type CollabServerOptions, type RunningCollabServer } from "../server";

/** The secret the test servers and test cookies share. */
export const TEST_AUTH_SECRET = "collab-test-secret-collab-test-secret-0000";
export const TEST_APP_ORIGIN = "http://localhost:3000";

/** A collaboration server on a free port of 127.0.0.1, storing quickly so tests need not wait long. */
export function startTestServer(options: Partial<CollabServerOptions> = {}): Promise<RunningCollabServer> {
  return startCollabServer({
    port: 0,
    host: "127.0.0.1",
    authSecret: TEST_AUTH_SECRET,
    allowedOrigins: [TEST_APP_ORIGIN],
    debounceMs: 50,
    maxDebounceMs: 200,
    revalidateMs: 100,
    ...options,
  });
}
