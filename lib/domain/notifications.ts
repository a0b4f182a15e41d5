import type { Sector } from "./roles";

/**
 * Who is told about what: the rules behind in-app notifications (and the mail that follows them when
 * a mail server is configured), and how a hidden comment reads. Plain functions over plain data.
 */

export const NOTIFICATION_KINDS = ["reply", "threadReply", "signRequest", "roundOpened", "roundClosed", "commentHidden"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export type Recipient = { userId: string; kind: NotificationKind };

/**
 * Nobody is told about their own action, and nobody twice about the same one (the first kind wins).
 * `actorId` is null when nobody acted (a round that closed by its end date).
 */
export function withoutActor(recipients: readonly Recipient[], actorId: string | null): Recipient[] {
  const seen = new Set<string>(actorId === null ? [] : [actorId]);
  return recipients.filter((r) => {
    if (seen.has(r.userId)) return false;
    seen.add(r.userId);
    return true;
  });
}

/**
 * A reply in a thread: the author of the comment replied to is told "a reply to your comment", the
 * others who wrote in the thread "a reply in a thread you took part in"; never the one who replied.
 */
export function replyRecipients(thread: { authorId: string; replyAuthorIds: readonly string[] }, actorId: string): Recipient[] {
  return withoutActor(
    [{ userId: thread.authorId, kind: "reply" }, ...thread.replyAuthorIds.map((userId) => ({ userId, kind: "threadReply" as const }))],
    actorId,
  );
}

export type Candidate = { userId: string; sector: Sector; mayTakePart: boolean };

/**
 * A joint comment was drafted: the members of the other sector who may sign it are asked to.
 * `mayTakePart` is the permission check the caller made for each candidate (drafting group, or the
 * open round's audience).
 */
export function signRequestRecipients(candidates: readonly Candidate[], drafter: { userId: string; sector: Sector }): Recipient[] {
  return withoutActor(
    candidates.filter((c) => c.mayTakePart && c.sector !== drafter.sector).map((c) => ({ userId: c.userId, kind: "signRequest" as const })),
    drafter.userId,
  );
}

/** A round opened or closed: everyone in its audience except the official who opened or closed it. */
export function roundRecipients(candidates: readonly Candidate[], kind: "roundOpened" | "roundClosed", actorId: string | null): Recipient[] {
  return withoutActor(
    candidates.filter((c) => c.mayTakePart).map((c) => ({ userId: c.userId, kind })),
    actorId,
  );
}

/** The author of a hidden comment is told, unless the admin hid their own comment. */
export function hiddenRecipients(authorId: string, adminId: string): Recipient[] {
  return withoutActor([{ userId: authorId, kind: "commentHidden" }], adminId);
}

export const MAX_REPORT_REASON_LENGTH = 500;
export const MAX_HIDE_REASON_LENGTH = 500;

/**
 * What a reader sees of a comment an admin hid: the author keeps their own words (with the notice),
 * everyone else only the notice and the admin's reason.
 */
export function visibleBody(comment: { authorId: string; body: string }, hidden: { reason: string } | null, viewerId: string | null): string {
  if (!hidden) return comment.body;
  return viewerId !== null && viewerId === comment.authorId ? comment.body : "";
}
