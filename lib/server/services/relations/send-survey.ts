import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import { SURVEY_LIFETIME_MS, surveyStatus } from "@/lib/domain/relations";
import type { Actor } from "@/lib/domain/roles";
import { createTranslator, isLocale, type Locale } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import { parseInput } from "@/lib/validation/common";
import { sendSurveySchema } from "@/lib/validation/relations";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { getEnv } from "../../env";
import { sendMail } from "../../mail";
import { createOneTimeToken } from "../../one-time-token";

/**
 * An official sends the relations survey. Without an organisation: to every civil-society
 * organisation that has a representative and has neither answered nor an unexpired link. With one:
 * to that organisation again (a new round, or a lost mail); its older unanswered link stops working.
 * One link per organisation, mailed to each of its representatives: the first answer counts.
 */
export async function sendSurvey(actor: Actor | null, input: unknown, now = new Date()): Promise<{ organisations: number; recipients: number }> {
  const { organisationId } = parseInput(sendSurveySchema, input);
  assertCan(actor, "relations.manage", { municipalityId: actor?.municipalityId });
  const db = getDb();
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId } });
  const organisations = await db.organisation.findMany({
    where: { municipalityId: municipality.id, sector: "civil", ...(organisationId ? { id: organisationId } : {}) },
    include: {
      memberships: { where: { role: "association_rep", user: { active: true } }, include: { user: true } },
      surveyRequests: { orderBy: { createdAt: "desc" }, take: 1 },
    },
    orderBy: { name: "asc" },
  });
  if (organisationId && organisations.length === 0) throw new NotFoundError();
  if (organisationId && organisations[0]!.memberships.length === 0) throw new InvalidInputError("relations.errors.noRepresentative");
  const targets = organisationId
    ? organisations
    : organisations.filter((o) => ["not_sent", "expired"].includes(surveyStatus(o.surveyRequests[0] ?? null, o.memberships.length > 0, now)));
  if (targets.length === 0) return { organisations: 0, recipients: 0 };

  const expiresAt = new Date(now.getTime() + SURVEY_LIFETIME_MS);
  const links = targets.map((organisation) => ({ organisation, ...createOneTimeToken() }));
  await db.$transaction(async (tx) => {
    if (organisationId) {
      await tx.surveyRequest.updateMany({ where: { organisationId, answeredAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    }
    for (const { organisation, tokenHash } of links) {
      await tx.surveyRequest.create({ data: { organisationId: organisation.id, tokenHash, sentById: actor.userId, expiresAt } });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "relations.surveySent",
      entityType: "municipality",
      entityId: municipality.id,
      municipalityId: municipality.id,
      after: { organisations: links.map((l) => l.organisation.name), expiresAt },
    });
  });

  // Mailed after the commit: a mail must never point at a link that was rolled back.
  let recipients = 0;
  for (const { organisation, token } of links) {
    const link = `${getEnv().APP_URL}/survey/${token}`;
    for (const { user } of organisation.memberships) {
      const locale: Locale = isLocale(user.locale) ? user.locale : isLocale(municipality.defaultLocale) ? municipality.defaultLocale : "sv";
      const t = createTranslator(MESSAGES[locale]);
      const expires = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" }).format(expiresAt);
      const params = { name: user.name, organisation: organisation.name, municipality: municipality.name, link, expires };
      await sendMail({ municipalityId: municipality.id, to: user.email, subject: t("relations.mail.subject", params), body: t("relations.mail.body", params), link, secretLink: true });
      recipients++;
    }
  }
  return { organisations: links.length, recipients };
}
