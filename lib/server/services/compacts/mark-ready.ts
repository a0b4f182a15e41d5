import { AppError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { compactRefSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/**
 * A drafting-group member marks the draft "ready for decision" for their own sector. One mark per
 * sector and version: the second member of a sector is told it is already done.
 */
export async function markReady(actor: Actor | null, input: unknown): Promise<void> {
  const { compactId } = parseInput(compactRefSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "compact.markReady", target);
    const existing = compact.readiness.find((m) => m.versionNumber === compact.currentVersion && m.sector === actor.sector);
    if (existing) throw new AppError("invalid", "errors.lifecycle.alreadyReady");
    await tx.readinessMark.create({
      data: { compactId, versionNumber: compact.currentVersion, sector: actor.sector, userId: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "compact.markedReady",
      entityType: "compact",
      entityId: compactId,
      compactId,
      municipalityId: compact.municipalityId,
      after: { version: compact.currentVersion, sector: actor.sector },
    });
  });
}
