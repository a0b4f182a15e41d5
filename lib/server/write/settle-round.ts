import { isRoundOpen, roundClosedAt } from "@/lib/domain/comments";
import { recordAudit } from "@/lib/server/audit";
import { type Tx } from "@/lib/server/db";
import { notifyAboutRound } from "@/lib/server/notify/comment-notifications";
import { type PendingNotification } from "@/lib/server/notify/notify";
import { type LoadedRound } from "@/lib/server/load/comment-context";

/**
 * Closes a round for good and adds its entry to the participation matrix (level consultation, the
 * people who commented or signed, by sector), once. Called when an official closes it, and when the
 * drafting group first answers a comment of a round whose end date has passed.
 */
export async function settleRound(tx: Tx, round: LoadedRound, compact: { id: string; stage: string; municipalityId: string }, actorId: string | null, now: Date): Promise<PendingNotification[]> {
  if (round.participationEntryId) return [];
  const closedAt = round.closedAt ?? (isRoundOpen(round, now) ? now : roundClosedAt(round));
  const comments = await tx.comment.findMany({ where: { roundId: round.id, status: { not: "withdrawn" } }, select: { authorId: true, sector: true, signatures: { select: { userId: true, sector: true } } } });
  const people = new Map<string, string>();
  for (const comment of comments) {
    people.set(comment.authorId, comment.sector);
    for (const signature of comment.signatures) people.set(signature.userId, signature.sector);
  }
  const count = (sector: string) => [...people.values()].filter((s) => s === sector).length;
  const entry = await tx.participationEntry.create({
    data: {
      compactId: compact.id,
      stage: compact.stage,
      level: "consultation",
      methods: ["online_consultation"],
      startDate: round.createdAt,
      endDate: closedAt,
      publicCount: count("public"),
      civilCount: count("civil"),
      note: "",
      source: "comment_round",
      createdById: actorId,
    },
  });
  await tx.commentRound.update({ where: { id: round.id }, data: { closedAt, closedById: actorId, participationEntryId: entry.id } });
  await recordAudit(tx, {
    actorId,
    action: "comment.roundClosed",
    entityType: "commentRound",
    entityId: round.id,
    compactId: compact.id,
    municipalityId: compact.municipalityId,
    after: { closedAt: closedAt.toISOString(), publicCount: entry.publicCount, civilCount: entry.civilCount, participationEntryId: entry.id },
  });
  return notifyAboutRound(tx, "roundClosed", compact, round, actorId);
}
