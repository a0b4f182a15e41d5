import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { stageSummarySchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/** The drafting group writes the summary the current stage (implementation or review) needs. */
export async function saveStageSummary(actor: Actor | null, input: unknown): Promise<void> {
  const { compactId, text } = parseInput(stageSummarySchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "compact.writeSummary", target);
    const key = { compactId, versionNumber: compact.currentVersion, stage: compact.stage };
    const before = compact.summaries.find((s) => s.versionNumber === key.versionNumber && s.stage === key.stage);
    await tx.stageSummary.upsert({
      where: { compactId_versionNumber_stage: key },
      create: { ...key, text, authorId: actor.userId },
      update: { text, authorId: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "compact.summarySaved",
      entityType: "compact",
      entityId: compactId,
      compactId,
      municipalityId: compact.municipalityId,
      before: before ? { stage: key.stage, text: before.text } : null,
      after: { stage: key.stage, text },
    });
  });
}
