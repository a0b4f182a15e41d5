import { AppError, UnauthenticatedError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { answerSurveySchema } from "@/lib/validation/relations";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { findSurveyRequest, surveyLinkStatus } from "../../load/survey-request";
import { replaceRelations } from "../../write/relations";
import { claimOrConflict } from "../../write/claim";


/**
 * An organisation's representative answers the survey through the link they were mailed. The link
 * is a one-time token, but not a credential on its own: the person must be signed in as a
 * representative of that very organisation (relations.answerOwn), so a forwarded or leaked link
 * cannot be used to write on an organisation's behalf, and every answer has a named author.
 * The answer replaces the organisation's relations (the form starts from what is on record).
 */
export async function answerSurvey(actor: Actor | null, input: unknown, now = new Date()): Promise<{ ids: string[] }> {
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
