import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { volunteerEstimateSchema } from "@/lib/validation/relations";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";

/** An official saves the municipality's volunteer estimate (one per municipality; saving replaces it). */
export async function saveVolunteerEstimate(actor: Actor | null, input: unknown): Promise<void> {
  const data = parseInput(volunteerEstimateSchema, input);
  assertCan(actor, "relations.manage", { municipalityId: actor?.municipalityId });
  const municipalityId = actor.municipalityId;
  await getDb().$transaction(async (tx) => {
    const before = await tx.volunteerEstimate.findUnique({ where: { municipalityId } });
    await tx.volunteerEstimate.upsert({
      where: { municipalityId },
      create: { municipalityId, ...data, updatedById: actor.userId },
      update: { ...data, updatedById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "relations.volunteerEstimateSaved",
      entityType: "municipality",
      entityId: municipalityId,
      municipalityId,
      before: before && {
        residents: before.residents,
        shareVolunteering: before.shareVolunteering,
        hoursPerWeek: before.hoursPerWeek,
        weeksPerYear: before.weeksPerYear,
      },
      after: data,
    });
  });
}
