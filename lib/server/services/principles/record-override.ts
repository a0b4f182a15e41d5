import { AppError, ConflictError } from "@/lib/domain/errors";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { overridePrinciplesSchema } from "@/lib/validation/principles";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { currentVersionOf, loadCompactForActor } from "@/lib/server/load/compact";
import { checkCompactVersion } from "@/lib/server/load/principle-facts";

/**
 * A drafting-group member records, for their own sector, that the current version may go to
 * decision despite its blocking findings, with a motivation. Only while blocking findings stand, and
 * once per sector and version; the gate opens when both sectors have done so. The audit event keeps
 * which findings were overridden and the text's fingerprint at that moment.
 */
export async function recordPrincipleOverride(actor: Actor | null, input: unknown): Promise<void> {
  const data = parseInput(overridePrinciplesSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, data.compactId);
    assertCan(actor, "principles.override", target);
    if (data.version !== compact.currentVersion) throw new ConflictError("principles.errors.versionChanged");
    const { findings, gate } = checkCompactVersion(compact);
    if (gate.blocking === 0) throw new AppError("invalid", "principles.errors.nothingToOverride");
    if (compact.overrides.some((o) => o.versionNumber === compact.currentVersion && o.sector === actor.sector)) {
      throw new AppError("invalid", "principles.errors.alreadyOverridden");
    }
    const created = await tx.principleOverride.create({
      data: { compactId: compact.id, versionNumber: compact.currentVersion, sector: actor.sector, motivation: data.motivation, userId: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "principles.overridden",
      entityType: "principleOverride",
      entityId: created.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: {
        version: compact.currentVersion,
        sector: actor.sector,
        motivation: data.motivation,
        overridden: findings.filter((f) => f.severity === "blocking").map((f) => f.rule),
        fingerprint: fingerprintDocument(currentVersionOf(compact).content),
      },
    });
  });
}
