import { NotFoundError } from "@/lib/domain/errors";
import { DEFAULT_RHYTHM, type Rhythm } from "@/lib/domain/follow-up-rhythm";
import type { Actor } from "@/lib/domain/roles";
import type { Db, Tx } from "@/lib/server/db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/** The compact with what permissions need, for a follow-up use case. */
export async function loadFollowUpCompact(db: Db | Tx, actor: Actor | null, compactId: string) {
  return loadCompactForActor(db, actor, compactId);
}

/** The compact's own rhythm, or the national defaults. */
export async function rhythmOf(db: Db | Tx, compactId: string): Promise<Rhythm> {
  const row = await db.followUpRhythm.findUnique({ where: { compactId } });
  return row
    ? {
        actionPlanMonths: row.actionPlanMonths,
        commitmentReviewMonths: row.commitmentReviewMonths,
        principleReviewMonths: row.principleReviewMonths,
        meetingMonths: row.meetingMonths,
        staleAfterMonths: row.staleAfterMonths,
      }
    : DEFAULT_RHYTHM;
}

/** When follow-up started: the newest move into implementation (null before the compact got there). */
export async function implementationStart(db: Db | Tx, compactId: string): Promise<Date | null> {
  const change = await db.stageChange.findFirst({ where: { compactId, toStage: "implementation" }, orderBy: { createdAt: "desc" } });
  return change?.createdAt ?? null;
}

/** A commitment with its compact, or not found (also when the compact is of another municipality). */
export async function loadCommitment(db: Db | Tx, actor: Actor | null, commitmentId: string) {
  const commitment = await db.commitment.findUnique({ where: { id: commitmentId } });
  if (!commitment) throw new NotFoundError();
  const loaded = await loadCompactForActor(db, actor, commitment.compactId);
  return { commitment, ...loaded };
}
