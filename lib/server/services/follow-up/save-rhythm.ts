import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadFollowUpCompact, rhythmOf } from "@/lib/server/load/follow-up-compact";
import { rhythmSchema } from "@/lib/validation/follow-up";

/** The drafting group sets the compact's follow-up rhythm while it writes the text. */
export async function saveFollowUpRhythm(actor: Actor | null, input: unknown): Promise<void> {
  const { compactId, ...rhythm } = parseInput(rhythmSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadFollowUpCompact(tx, actor, compactId);
    assertCan(actor, "followUp.manageCommitments", target);
    const before = await rhythmOf(tx, compactId);
    await tx.followUpRhythm.upsert({
      where: { compactId },
      create: { compactId, ...rhythm, updatedById: actor.userId },
      update: { ...rhythm, updatedById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "followUp.rhythmSaved",
      entityType: "compact",
      entityId: compactId,
      compactId,
      municipalityId: compact.municipalityId,
      before,
      after: rhythm,
    });
  });
}
