import { ConflictError } from "@/lib/domain/errors";
import type { Tx } from "../db";

/**
 * Claims the state a use case read, or ends it in a conflict. `write` is a conditional update whose
 * `where` repeats what was read (a compact's revision, a workshop's status, an agenda's `updatedAt`, a
 * survey link not yet answered): it touches exactly one row while nobody else has changed that row,
 * and none once somebody has. Inside a transaction the loser of two concurrent writes waits for the
 * winner and then finds nothing to claim, so a double submit or a stale page can never act twice.
 * Without a message the user is told "the compact has changed, reload" (errors.conflict).
 */
export async function claimOrConflict(write: PromiseLike<{ count: number }>, messageKey?: string): Promise<void> {
  const { count } = await write;
  if (count !== 1) throw new ConflictError(messageKey);
}

/** What may be written together with a compact's revision claim. */
export type CompactClaimData = { stage?: string; currentVersion?: number };

/**
 * Claims a compact at the revision the page was loaded with, bumping the revision (and writing `data`
 * with it), or throws ConflictError when the compact has changed since.
 */
export async function claimCompactRevision(tx: Tx, compactId: string, expectedRevision: number, data: CompactClaimData = {}): Promise<void> {
  await claimOrConflict(tx.compact.updateMany({ where: { id: compactId, revision: expectedRevision }, data: { ...data, revision: { increment: 1 } } }));
}
