/**
 * `npm run reminders [-- --now 2027-06-01]`: mails the owners of every commitment whose progress
 * update is due, overdue or stale (through the outbox; with SMTP_URL also by mail). Each commitment
 * and due date is reminded once, however often this runs, so a daily cron job is the intended use.
 * `--now` runs the rule as of another day (for trying it out); the default is the current time.
 */
import { parseArgs } from "node:util";
import { getDb } from "../lib/server/db";
import { sendFollowUpReminders } from "../lib/server/services/follow-up/send-reminders";

async function main() {
  const { values } = parseArgs({ options: { now: { type: "string" } } });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${values.now}`);
  const result = await sendFollowUpReminders(now);
  console.info(`[reminders] ${now.toISOString()}: ${result.commitments} commitments, ${result.messages} messages`);
  await getDb().$disconnect();
}

main().catch((error: unknown) => {
  console.error("[reminders] failed", error);
  process.exit(1);
});
