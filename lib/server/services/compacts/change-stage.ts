import { AppError, ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { evaluateTransition } from "@/lib/domain/lifecycle";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import type { Actor } from "@/lib/domain/roles";
import { changeStageSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb, type Tx } from "../../db";
import { currentVersionOf, loadCompactForActor, type LoadedCompact } from "@/lib/server/load/compact";
import { freezePrincipleCheck } from "../principles/freeze-check";
import { carryReviewProposals } from "../follow-up/carry-proposals";
import { signedIn } from "@/lib/domain/permissions";

/**
 * Moves a compact one step: forward, back with a reason, or into a new round. The lifecycle rules
 * decide; the write is one transaction that freezes a snapshot of the text, records the stage change
 * and its audit event, and only applies if nobody moved the compact since the page was loaded
 * (the revision check), so a double submit or a stale page can never move it twice.
 */
export async function changeStage(actor: Actor | null, input: unknown): Promise<{ stage: string; version: number }> {
  const data = parseInput(changeStageSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, state } = await loadCompactForActor(tx, actor, data.compactId);
    const result = evaluateTransition(state, data.kind, actor, { reason: data.reason, expectedRevision: data.expectedRevision });
    if (!result.ok) {
      if (result.status === "forbidden") throw new ForbiddenError("compact.changeStage", result.reasons);
      if (result.status === "conflict") throw new ConflictError("errors.conflict", result.reasons);
      throw new AppError("invalid", "errors.lifecycle.refused", {}, {}, result.reasons);
    }
    const moved = await tx.compact.updateMany({
      where: { id: compact.id, revision: data.expectedRevision },
      data: { stage: result.to, revision: { increment: 1 }, currentVersion: result.newVersion ?? compact.currentVersion },
    });
    if (moved.count !== 1) throw new ConflictError();

    const version = currentVersionOf(compact);
    if (result.to === "decision") await freezePrincipleCheck(tx, compact, version);
    const fingerprint = fingerprintDocument(version.content);
    const reason = data.kind === "return" ? data.reason.trim() : null;
    await tx.stageChange.create({
      data: {
        compactId: compact.id,
        versionNumber: result.newVersion ?? compact.currentVersion,
        fromStage: result.from,
        toStage: result.to,
        kind: data.kind,
        reason,
        content: version.content ?? {},
        fingerprint,
        actorId: signedIn(actor).userId,
      },
    });
    if (result.newVersion) await startNewVersion(tx, compact, result.newVersion, fingerprint);
    // The joint review's proposals go with the compact into reformulation, as comments on the text.
    if (result.from === "review" && result.to === "reformulation") await carryReviewProposals(tx, compact, signedIn(actor));
    if (data.kind === "return" && result.to === "formulation") {
      // The text may change again, so both sectors must confirm it anew.
      await tx.readinessMark.deleteMany({ where: { compactId: compact.id, versionNumber: compact.currentVersion } });
    }
    await recordAudit(tx, {
      actorId: signedIn(actor).userId,
      action: "compact.stageChanged",
      entityType: "compact",
      entityId: compact.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      before: { stage: result.from, version: compact.currentVersion, revision: compact.revision },
      after: { stage: result.to, version: result.newVersion ?? compact.currentVersion, kind: data.kind, reason, fingerprint },
    });
    return { stage: result.to, version: result.newVersion ?? compact.currentVersion };
  });
}

/** Freezes the finished version (read-only from now on) and opens the next with the same text. */
async function startNewVersion(tx: Tx, compact: LoadedCompact, number: number, fingerprint: string) {
  const previous = currentVersionOf(compact);
  await tx.compactVersion.update({ where: { id: previous.id }, data: { frozenAt: new Date(), fingerprint } });
  await tx.compactVersion.create({
    data: {
      compactId: compact.id,
      number,
      content: previous.content ?? {},
      ...(previous.yState ? { yState: previous.yState } : {}),
    },
  });
}
