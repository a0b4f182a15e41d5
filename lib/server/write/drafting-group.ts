import { AppError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { draftingGroupSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "@/lib/server/audit";
import { getDb } from "@/lib/server/db";
import { loadCompactForActor } from "@/lib/server/load/compact";

export async function changeDraftingGroup(actor: Actor | null, input: unknown, change: "add" | "remove"): Promise<void> {
  const { compactId, organisationId } = parseInput(draftingGroupSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "compact.manageDraftingGroup", target);
    const organisation = await tx.organisation.findFirst({ where: { id: organisationId, municipalityId: compact.municipalityId } });
    if (!organisation) throw new NotFoundError();
    const isMember = compact.draftingGroup.some((m) => m.organisationId === organisationId);
    if (change === "add") {
      if (isMember) throw new AppError("invalid", "errors.lifecycle.alreadyInGroup");
      await tx.draftingGroupMember.create({ data: { compactId, organisationId } });
    } else {
      if (!isMember) throw new AppError("invalid", "errors.lifecycle.notInGroup");
      await tx.draftingGroupMember.delete({ where: { compactId_organisationId: { compactId, organisationId } } });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: change === "add" ? "compact.draftingGroupAdded" : "compact.draftingGroupRemoved",
      entityType: "compact",
      entityId: compactId,
      compactId,
      municipalityId: compact.municipalityId,
      after: { organisationId, name: organisation.name, sector: organisation.sector },
    });
  });
}
