import { AppError, ConflictError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import type { Actor } from "@/lib/domain/roles";
import { decisionSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { currentVersionOf, loadCompactForActor } from "./compact-state";

/**
 * A politician records the decision on the version in the decision stage, bound to that version's
 * fingerprint. Approval lets officials move on to implementation; a rejection sends the compact back
 * to formulation with the motivation, as a stage change of its own. Decision rows are never changed.
 */
export async function recordDecision(actor: Actor, input: unknown): Promise<{ id: string }> {
  const { compactId, expectedRevision, ...decision } = parseInput(decisionSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "decision.record", target);
    if (compact.revision !== expectedRevision) throw new ConflictError();
    if (compact.decisions.some((d) => d.versionNumber === compact.currentVersion && d.outcome === "approved")) {
      throw new AppError("invalid", "errors.lifecycle.alreadyDecided");
    }
    const version = currentVersionOf(compact);
    const fingerprint = fingerprintDocument(version.content);
    const created = await tx.decision.create({
      data: { compactId, versionNumber: version.number, fingerprint, ...decision, decidedById: actor.userId },
    });
    const rejected = decision.outcome === "rejected";
    await tx.compact.update({
      where: { id: compactId },
      data: { revision: { increment: 1 }, ...(rejected ? { stage: "formulation" } : {}) },
    });
    if (rejected) {
      await tx.stageChange.create({
        data: {
          compactId,
          versionNumber: version.number,
          fromStage: "decision",
          toStage: "formulation",
          kind: "rejected",
          reason: decision.motivation,
          content: version.content ?? {},
          fingerprint,
          actorId: actor.userId,
        },
      });
      await tx.readinessMark.deleteMany({ where: { compactId, versionNumber: version.number } });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: rejected ? "decision.rejected" : "decision.approved",
      entityType: "decision",
      entityId: created.id,
      compactId,
      municipalityId: compact.municipalityId,
      after: { ...decision, version: version.number, fingerprint },
    });
    return { id: created.id };
  });
}
