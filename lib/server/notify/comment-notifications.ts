import { hiddenRecipients, replyRecipients, roundRecipients, signRequestRecipients } from "@/lib/domain/notifications";
import type { Sector } from "@/lib/domain/roles";
import type { Tx } from "@/lib/server/db";
import { notify, type PendingNotification } from "@/lib/server/notify/notify";
import { candidatesFor, roundAudience, type CompactFacts, type RoundFacts } from "@/lib/server/notify/recipients";

type WrittenComment = { id: string; parentId: string | null; joint: boolean; roundId: string | null };

/**
 * After a comment is written: a reply tells the thread (the author replied to, and the others who
 * wrote in it); a proposed joint comment asks the other sector's members who may sign it to sign.
 */
export async function notifyAboutComment(
  tx: Tx,
  written: WrittenComment,
  context: { compact: CompactFacts; openRound: RoundFacts; parent: { id: string; authorId: string } | null; actor: { userId: string; sector: Sector } },
): Promise<PendingNotification[]> {
  const subject = { compactId: context.compact.id, commentId: written.id, roundId: written.roundId, actorId: context.actor.userId };
  if (context.parent) {
    const replies = await tx.comment.findMany({ where: { parentId: context.parent.id }, select: { authorId: true }, orderBy: { createdAt: "asc" } });
    const recipients = replyRecipients({ authorId: context.parent.authorId, replyAuthorIds: replies.map((r) => r.authorId) }, context.actor.userId);
    return notify(tx, recipients, { ...subject, commentId: context.parent.id });
  }
  if (!written.joint) return [];
  // Signing a comment of a round needs that round's invitation; one outside rounds, the drafting group.
  const candidates = await candidatesFor(tx, context.compact, written.roundId ? context.openRound : null, "comment.sign");
  return notify(tx, signRequestRecipients(candidates, context.actor), subject);
}

/** A round opened or closed: its audience is told, except the official who did it. */
export async function notifyAboutRound(
  tx: Tx,
  kind: "roundOpened" | "roundClosed",
  compact: CompactFacts,
  round: NonNullable<RoundFacts> & { id: string },
  actorId: string | null,
): Promise<PendingNotification[]> {
  const candidates = await roundAudience(tx, compact, round);
  return notify(tx, roundRecipients(candidates, kind, actorId), { compactId: compact.id, roundId: round.id, actorId });
}

/** An admin hid a comment: its author is told (with the reason, on the notifications page). */
export async function notifyAboutHiding(tx: Tx, comment: { id: string; compactId: string; authorId: string; roundId: string | null }, adminId: string): Promise<PendingNotification[]> {
  return notify(tx, hiddenRecipients(comment.authorId, adminId), { compactId: comment.compactId, commentId: comment.id, roundId: comment.roundId, actorId: adminId });
}
