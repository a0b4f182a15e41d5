import { createTranslator, isLocale, type Locale } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import { getDb } from "../../db";
import { getEnv } from "../../env";
import { sendMail } from "../../mail";
import { commitmentsWithHealth } from "@/lib/server/load/commitment-health";

/**
 * Reminds the owners of every commitment whose update is due (or overdue, or stale) in compacts being
 * carried out. One reminder per commitment and due date: the reminder row is written first, under a
 * unique key, so running the job twice (or on two machines) never mails twice. Mail goes through
 * the outbox like every other mail. `now` is a parameter so that the rule can be tested.
 */
export async function sendFollowUpReminders(now: Date): Promise<{ commitments: number; messages: number }> {
  const db = getDb();
  const compacts = await db.compact.findMany({ where: { stage: "implementation" }, include: { municipality: true } });
  let commitments = 0;
  let messages = 0;
  for (const compact of compacts) {
    const { commitments: rows } = await commitmentsWithHealth(db, compact.id, now);
    for (const row of rows) {
      const { health } = row;
      if (health.health === "closed" || !health.nextUpdateDue || !(health.updateDue || health.health !== "ok")) continue;
      const owners = [row.ownerOrganisationId, ...(row.party === "joint" && row.partnerOrganisationId ? [row.partnerOrganisationId] : [])];
      const members = await db.membership.findMany({
        where: { organisationId: { in: owners }, role: { in: ["official", "association_rep"] }, user: { active: true } },
        include: { user: true },
      });
      const claimed = await db.followUpReminder
        .create({ data: { commitmentId: row.id, dueAt: health.nextUpdateDue, recipients: members.length, sentAt: now } })
        .then(() => true, () => false);
      if (!claimed) continue;
      commitments++;
      const link = `${getEnv().APP_URL}/compacts/${compact.id}/follow-up`;
      for (const { user } of members) {
        const locale: Locale = isLocale(user.locale) ? user.locale : isLocale(compact.municipality.defaultLocale) ? compact.municipality.defaultLocale : "sv";
        const t = createTranslator(MESSAGES[locale]);
        const due = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(health.nextUpdateDue);
        const params = { name: user.name, commitment: row.title, compact: compact.title, due, link };
        const key = health.health === "ok" ? "followUp.mail.body" : "followUp.mail.bodyLate";
        await sendMail({ municipalityId: compact.municipalityId, to: user.email, subject: t("followUp.mail.subject", params), body: t(key, params), link });
        messages++;
      }
    }
  }
  return { commitments, messages };
}
