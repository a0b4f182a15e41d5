import { balanceByStage, type StageBalance } from "@/lib/domain/comment-balance";
import type { LoadedCompact } from "@/lib/server/load/compact";
import { stageHistoryOf } from "@/lib/server/load/principle-facts";

/**
 * The balance between the sectors per stage of the policy cycle, over every version of the compact:
 * top-level comments that were not withdrawn, each in the stage it was written in. Read from what the
 * compact load already holds for the principle check (its stage history and comment facts).
 */
export function stageBalanceOf(compact: Pick<LoadedCompact, "checkedComments" | "stageChanges">): StageBalance[] {
  const counted = compact.checkedComments.filter((c) => c.parentId === null && !c.withdrawn);
  return balanceByStage(counted, stageHistoryOf(compact.stageChanges));
}
