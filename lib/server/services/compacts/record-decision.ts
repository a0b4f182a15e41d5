import { AppError, ConflictError } from "@/lib/domain/errors";
import { evaluateTransition } from "@/lib/domain/lifecycle";
import { assertCan } from "@/lib/domain/permissions";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import { effectOfApproval, tallyApprovals, type ApprovalFact } from "@/lib/domain/publication";
import type { Actor } from "@/lib/domain/roles";
import { decisionSchema, type DecisionInput } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb, type Tx } from "../../db";
import { getDecisionRule } from "../../load/decision-rule";
import { publishVersion } from "@/lib/server/write/publish-version";
import { currentVersionOf, loadCompactForActor, type LoadedCompact } from "@/lib/server/load/compact";
import { allowedOrThrow, applyTransition } from "../../write/apply-transition";
import { claimCompactRevision } from "../../write/claim";

export type DecisionResult = { id: string; outcome: "counted" | "approved" | "rejected"; approvals: number; required: number };

/**
 * A politician records the decision on the version in the decision stage, bound to that version's
 * fingerprint. How it counts depends on the municipality's decision rule: in "single" mode this one
 * decision is the body's; in "approvals" mode it is one individual approval, and the decision is
 * recorded when the N-th politician approves. Approval publishes the decided version and lets
 * officials move on to implementation; a rejection (by anyone) sends the compact back to formulation
 * with the motivation: the lifecycle's "rejected" transition, written by applyTransition like every
 * other move. Decision and approval rows are never changed.
 */
export async function recordDecision(actor: Actor | null, input: unknown): Promise<DecisionResult> {
  const { compactId, expectedRevision, ...decision } = parseInput(decisionSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, state, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "decision.record", target);
    if (compact.revision !== expectedRevision) throw new ConflictError();
    if (compact.decisions.some((d) => d.versionNumber === compact.currentVersion && d.outcome === "approved")) {
      throw new AppError("invalid", "errors.lifecycle.alreadyDecided");
    }
    const version = currentVersionOf(compact);
    const fingerprint = fingerprintDocument(version.content);
    const rule = await getDecisionRule(tx, compact.municipalityId);
    const before = await approvalsThisRound(tx, compact);
    if (before.some((a) => a.politicianId === actor.userId && a.fingerprint === fingerprint)) {
      throw new AppError("invalid", "public.errors.alreadyApproved");
    }
    const next: ApprovalFact = { politicianId: actor.userId, outcome: decision.outcome, fingerprint };
    const effect = effectOfApproval(rule, before, next);
    // Claim the revision first: of two politicians approving at the same moment, the second waits for
    // the first and is then told the compact changed, so the N-th approval can never be missed. A
    // rejection claims it by moving the compact back to formulation.
    if (effect === "decided_rejected") {
      const rejection = evaluateTransition(state, "rejected", actor, { reason: decision.motivation, expectedRevision });
      await applyTransition(tx, compact, allowedOrThrow(rejection, "decision.record"));
    } else {
      await claimCompactRevision(tx, compactId, expectedRevision);
    }
    const approval = await tx.decisionApproval.create({
      data: { compactId, versionNumber: version.number, fingerprint, ...decision, politicianId: actor.userId },
    });
    const tally = tallyApprovals(rule, [...before, next], fingerprint);
    if (effect === "counted") {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "decision.approvalCounted",
        entityType: "decisionApproval",
        entityId: approval.id,
        compactId,
        municipalityId: compact.municipalityId,
        after: { version: version.number, fingerprint, approvals: tally.approvals, required: tally.required },
      });
      return { id: approval.id, outcome: "counted", approvals: tally.approvals, required: tally.required };
    }
    const created = await decide(tx, actor.userId, compact, version, fingerprint, decision);
    return { id: created.id, outcome: decision.outcome, approvals: tally.approvals, required: tally.required };
  });
}

/** Approvals of the current version since the compact last entered the decision stage. */
async function approvalsThisRound(tx: Tx, compact: LoadedCompact): Promise<ApprovalFact[]> {
  const entered = await tx.stageChange.findFirst({
    where: { compactId: compact.id, toStage: "decision" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const rows = await tx.decisionApproval.findMany({
    where: { compactId: compact.id, versionNumber: compact.currentVersion, ...(entered ? { createdAt: { gte: entered.createdAt } } : {}) },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ politicianId: r.politicianId, outcome: r.outcome === "rejected" ? "rejected" : "approved", fingerprint: r.fingerprint }));
}

async function decide(
  tx: Tx,
  actorId: string,
  compact: LoadedCompact,
  version: { number: number; content: unknown },
  fingerprint: string,
  decision: Omit<DecisionInput, "compactId" | "expectedRevision">,
) {
  const created = await tx.decision.create({
    data: { compactId: compact.id, versionNumber: version.number, fingerprint, ...decision, decidedById: actorId },
  });
  const rejected = decision.outcome === "rejected";
  await recordAudit(tx, {
    actorId,
    action: rejected ? "decision.rejected" : "decision.approved",
    entityType: "decision",
    entityId: created.id,
    compactId: compact.id,
    municipalityId: compact.municipalityId,
    after: { ...decision, version: version.number, fingerprint },
  });
  // The decided version becomes public at the compact's stable address.
  if (!rejected) await publishVersion(tx, { compact, version, kind: "decided", actorId });
  return created;
}
