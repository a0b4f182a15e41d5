import { absoluteDatabaseUrl, databaseUrlFromEnv, redactUrl } from "../database-url";
import { isMainModule, runMain, runPrisma } from "./run";

/**
 * Applies the pending migrations of the URL's provider (`prisma migrate deploy`): creates the
 * database (SQLite file, or PostgreSQL database if the server allows) when it does not exist yet,
 * and does nothing when everything is applied. Never generates migrations and never resets data.
 */
export async function migrateDatabase(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  await runPrisma(["migrate", "deploy"], {
    env: { DATABASE_URL: absoluteDatabaseUrl(databaseUrl) },
    quiet: options.quiet ?? true,
  });
}

if (isMainModule(import.meta.url)) {
  runMain(async () => {
    const url = databaseUrlFromEnv();
    console.log(`Applying migrations to ${redactUrl(url)}`);
    await migrateDatabase(url, { quiet: false });
  });
}
