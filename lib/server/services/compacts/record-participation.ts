import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { participationSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/** Records how civil society took part in a stage: level, methods, dates, and counts per sector. */
export async function recordParticipation(actor: Actor | null, input: unknown, source = "manual"): Promise<{ id: string }> {
  const { compactId, ...entry } = parseInput(participationSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "compact.recordParticipation", target);
    const created = await tx.participationEntry.create({
      data: { compactId, ...entry, source, createdById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "compact.participationRecorded",
      entityType: "participation",
      entityId: created.id,
      compactId,
      municipalityId: compact.municipalityId,
      after: { ...entry, source },
    });
    return { id: created.id };
  });
}
