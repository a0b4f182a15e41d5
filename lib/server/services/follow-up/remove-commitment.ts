import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadFollowUpCompact } from "@/lib/server/load/follow-up-compact";
import { removeCommitmentSchema } from "@/lib/validation/follow-up";

/** Removes a commitment listed by mistake; one that has progress updates is history and stays. */
export async function removeCommitment(actor: Actor | null, input: unknown): Promise<void> {
  const { compactId, commitmentId } = parseInput(removeCommitmentSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadFollowUpCompact(tx, actor, compactId);
    assertCan(actor, "followUp.manageCommitments", target);
    const commitment = await tx.commitment.findFirst({ where: { id: commitmentId, compactId }, include: { _count: { select: { updates: true } } } });
    if (!commitment) throw new NotFoundError();
    if (commitment._count.updates > 0) throw new InvalidInputError("followUp.errors.hasUpdates");
    await tx.followUpReminder.deleteMany({ where: { commitmentId } });
    await tx.commitment.delete({ where: { id: commitmentId } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "followUp.commitmentRemoved",
      entityType: "commitment",
      entityId: commitmentId,
      compactId,
      municipalityId: compact.municipalityId,
      before: { title: commitment.title, party: commitment.party },
    });
  });
}
