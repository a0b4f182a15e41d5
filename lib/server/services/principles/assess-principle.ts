import { ConflictError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { assessPrincipleSchema } from "@/lib/validation/principles";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/**
 * A drafting-group member scores one principle (1–5, with a justification) for their own sector and
 * the current version. A sector has one score per principle and version: scoring again replaces it,
 * and the audit trail keeps what it was.
 */
export async function assessPrinciple(actor: Actor | null, input: unknown): Promise<void> {
  const data = parseInput(assessPrincipleSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, data.compactId);
    assertCan(actor, "principles.assess", target);
    // The form names the version it was filled in for; a new round since then must not get the score.
    if (data.version !== compact.currentVersion) throw new ConflictError("principles.errors.versionChanged");
    const key = { compactId: compact.id, versionNumber: compact.currentVersion, sector: actor.sector, principle: data.principle };
    const before = compact.assessments.find((a) => a.versionNumber === key.versionNumber && a.sector === key.sector && a.principle === key.principle);
    await tx.principleAssessment.upsert({
      where: { compactId_versionNumber_sector_principle: key },
      create: { ...key, score: data.score, justification: data.justification, userId: actor.userId },
      update: { score: data.score, justification: data.justification, userId: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "principles.assessed",
      entityType: "compact",
      entityId: compact.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      before: before ? { score: before.score, justification: before.justification } : null,
      after: { version: key.versionNumber, sector: key.sector, principle: key.principle, score: data.score, justification: data.justification },
    });
  });
}
