import { isNotificationKind, type NotificationKind } from "@/lib/domain/notifications";
import type { Actor } from "@/lib/domain/roles";
import { getDb } from "../db";
import { notificationHref } from "@/lib/server/notify/notify";

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  /** Who did it (the replier, the drafter, the official, the admin); null for a round that closed by its date. */
  actorName: string | null;
  compactTitle: string;
  href: string;
  /** For a hidden comment: the administrator's reason. */
  reason: string | null;
  createdAt: string;
  read: boolean;
};

/** How many unread notifications the actor has (the bell in the header). */
export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  if (!actor) return 0;
  return getDb().notification.count({ where: { recipientId: actor.userId, readAt: null } });
}

/** The actor's own notifications, newest first (the latest 200). */
export async function listNotifications(actor: Actor | null, take = 200): Promise<NotificationView[]> {
  if (!actor) return [];
  const db = getDb();
  const rows = await db.notification.findMany({ where: { recipientId: actor.userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
  const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  const [users, compacts, hidings] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids(rows.map((r) => r.actorId)) } }, select: { id: true, name: true } }),
    db.compact.findMany({ where: { id: { in: ids(rows.map((r) => r.compactId)) } }, select: { id: true, title: true } }),
    db.commentModeration.findMany({ where: { commentId: { in: ids(rows.filter((r) => r.kind === "commentHidden").map((r) => r.commentId)) } }, select: { commentId: true, reason: true } }),
  ]);
  const name = new Map(users.map((u) => [u.id, u.name]));
  const title = new Map(compacts.map((c) => [c.id, c.title]));
  const reason = new Map(hidings.map((h) => [h.commentId, h.reason]));
  return rows.flatMap((row) =>
    isNotificationKind(row.kind)
      ? [
          {
            id: row.id,
            kind: row.kind,
            actorName: row.actorId ? (name.get(row.actorId) ?? "—") : null,
            compactTitle: title.get(row.compactId) ?? "—",
            href: notificationHref(row),
            reason: row.kind === "commentHidden" && row.commentId ? (reason.get(row.commentId) ?? null) : null,
            createdAt: row.createdAt.toISOString(),
            read: row.readAt !== null,
          },
        ]
      : [],
  );
}
