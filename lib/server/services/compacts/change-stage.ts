import { evaluateTransition } from "@/lib/domain/lifecycle";
import type { Actor } from "@/lib/domain/roles";
import { changeStageSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { getDb } from "../../db";
import { allowedOrThrow, applyTransition } from "../../write/apply-transition";
import { currentVersionOf, loadCompactForActor } from "@/lib/server/load/compact";
import { freezePrincipleCheck } from "@/lib/server/write/freeze-principle-check";
import { carryReviewProposals } from "@/lib/server/write/carry-review-proposals";
import { signedIn } from "@/lib/domain/permissions";

/**
 * Moves a compact one step: forward, back with a reason, or into a new round. The lifecycle rules
 * decide; applyTransition writes the move in this transaction: it freezes a snapshot of the text,
 * records the stage change and its audit event, and only applies if nobody moved the compact since
 * the page was loaded (the revision check), so a double submit or a stale page can never move it twice.
 */
export async function changeStage(actor: Actor | null, input: unknown): Promise<{ stage: string; version: number }> {
  const data = parseInput(changeStageSchema, input);
  return getDb().$transaction(async (tx) => {
    const { compact, state } = await loadCompactForActor(tx, actor, data.compactId);
    const evaluated = evaluateTransition(state, data.kind, actor, { reason: data.reason, expectedRevision: data.expectedRevision });
    const transition = allowedOrThrow(evaluated, "compact.changeStage");
    const applied = await applyTransition(tx, compact, transition);
    if (transition.to === "decision") await freezePrincipleCheck(tx, compact, currentVersionOf(compact));
    // The joint review's proposals go with the compact into reformulation, as comments on the text.
    if (transition.from === "review" && transition.to === "reformulation") await carryReviewProposals(tx, compact, signedIn(actor));
    return { stage: applied.stage, version: applied.version };
  });
}
