/** `npm run db:seed`: the demo installation, into an empty database only. */
import { databaseUrlFromEnv } from "./database-url";
import { createDb } from "../lib/server/db";
import { seedDemo } from "@/lib/server/seed/seed-demo";

async function main() {
  const db = createDb(databaseUrlFromEnv());
  const { seeded } = await seedDemo(db);
  await db.$disconnect();
  console.log(seeded ? "Seeded the demo installation." : "The database already has data; nothing seeded.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
