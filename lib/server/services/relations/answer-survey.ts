import { AppError, UnauthenticatedError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { tokenStatus } from "@/lib/domain/sign-in-limits";
import { parseInput } from "@/lib/validation/common";
import { answerSurveySchema } from "@/lib/validation/relations";
import { recordAudit } from "../../audit";
import { getDb, type Db, type Tx } from "../../db";
import { hashToken } from "../../one-time-token";
import { claimOrConflict } from "../../write/claim";
import { replaceRelations } from "./relations-store";

/** The survey request behind a link, with its organisation; null for a link that does not exist. */
export function findSurveyRequest(db: Db | Tx, token: string) {
  return db.surveyRequest.findUnique({ where: { tokenHash: hashToken(token) }, include: { organisation: true } });
}

/** Whether a survey link can still be answered: "valid", "used" (answered), "expired" or "unknown". */
export function surveyLinkStatus(request: { expiresAt: Date; answeredAt: Date | null } | null, now: Date) {
  return tokenStatus(request && { expiresAt: request.expiresAt, usedAt: request.answeredAt }, now);
}

/**
 * An organisation's representative answers the survey through the link they were mailed. The link
 * is a one-time token, but not a credential on its own: the person must be signed in as a
 * representative of that very organisation (relations.answerOwn), so a forwarded or leaked link
 * cannot be used to write on an organisation's behalf, and every answer has a named author.
 * The answer replaces the organisation's relations (the form starts from what is on record).
 */
export async function answerSurvey(actor: Actor, input: unknown, now = new Date()): Promise<{ ids: string[] }> {
  const { token, rows } = parseInput(answerSurveySchema, input);
  if (!actor) throw new UnauthenticatedError();
  return getDb().$transaction(async (tx) => {
    const request = await findSurveyRequest(tx, token);
    const status = surveyLinkStatus(request, now);
    if (status === "used") throw new AppError("invalid", "relations.errors.surveyAnswered");
    if (status !== "valid" || !request) throw new AppError("invalid", `errors.token.${status}`);
    const { organisation } = request;
    assertCan(actor, "relations.answerOwn", { municipalityId: organisation.municipalityId, organisationId: organisation.id });
    // Only an unanswered request is marked: of two submissions at once, the second finds it taken.
    await claimOrConflict(
      tx.surveyRequest.updateMany({ where: { id: request.id, answeredAt: null }, data: { answeredAt: now } }),
      "relations.errors.surveyAnswered",
    );
    const { before, after, ids } = await replaceRelations(tx, {
      organisationId: organisation.id,
      municipalityId: organisation.municipalityId,
      rows,
      source: "survey",
      actorId: actor.userId,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "relations.surveyAnswered",
      entityType: "organisation",
      entityId: organisation.id,
      municipalityId: organisation.municipalityId,
      before,
      after,
    });
    return { ids };
  });
}
