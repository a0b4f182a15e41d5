import { tokenStatus } from "@/lib/domain/sign-in-limits";
import type { Db, Tx } from "../db";
import { hashToken } from "../one-time-token";

/** The survey request behind a link, with its organisation; null for a link that does not exist. */
export function findSurveyRequest(db: Db | Tx, token: string) {
  return db.surveyRequest.findUnique({ where: { tokenHash: hashToken(token) }, include: { organisation: true } });
}

/** Whether a survey link can still be answered: "valid", "used" (answered), "expired" or "unknown". */
export function surveyLinkStatus(request: { expiresAt: Date; answeredAt: Date | null } | null, now: Date) {
  return tokenStatus(request && { expiresAt: request.expiresAt, usedAt: request.answeredAt }, now);
}
