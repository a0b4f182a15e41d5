import type { NotificationKind, Recipient } from "@/lib/domain/notifications";
import { createTranslator, isLocale, type Locale } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Tx } from "@/lib/server/db";
import { getDb } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { sendMail } from "@/lib/server/mail";

/** What a notification is about: the compact, and the comment or round when there is one. */
export type NotificationSubject = { compactId: string; commentId?: string | null; roundId?: string | null; actorId: string | null };

/** A notification written in a transaction, to be mailed once that transaction has committed. */
export type PendingNotification = NotificationSubject & { recipientId: string; kind: NotificationKind };

/**
 * Writes one in-app notification per recipient, inside the caller's transaction (so a change and the
 * notifications about it stand or fall together). Returns them for `mailNotifications`, which the
 * caller runs after the commit: mail is never sent for a change that was rolled back.
 */
export async function notify(tx: Tx, recipients: readonly Recipient[], subject: NotificationSubject): Promise<PendingNotification[]> {
  if (recipients.length === 0) return [];
  const pending = recipients.map((r) => ({
    recipientId: r.userId,
    kind: r.kind,
    compactId: subject.compactId,
    commentId: subject.commentId ?? null,
    roundId: subject.roundId ?? null,
    actorId: subject.actorId,
  }));
  await tx.notification.createMany({ data: pending });
  return pending;
}

/**
 * With SMTP_URL set, each notification is also mailed (through the outbox, like every mail of the
 * app); without it they stay in-app only, so the outbox is not filled with mail nobody sends. A mail
 * that cannot be written or sent never undoes the change: it is logged.
 */
export async function mailNotifications(pending: readonly PendingNotification[]): Promise<void> {
  const env = getEnv();
  if (!env.SMTP_URL || pending.length === 0) return;
  try {
    const db = getDb();
    const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
    const [users, compacts] = await Promise.all([
      db.user.findMany({ where: { id: { in: ids([...pending.map((p) => p.recipientId), ...pending.map((p) => p.actorId)]) } }, select: { id: true, name: true, email: true, locale: true, active: true } }),
      db.compact.findMany({ where: { id: { in: ids(pending.map((p) => p.compactId)) } }, select: { id: true, title: true, municipalityId: true } }),
    ]);
    const user = new Map(users.map((u) => [u.id, u]));
    const compact = new Map(compacts.map((c) => [c.id, c]));
    for (const note of pending) {
      const recipient = user.get(note.recipientId);
      if (!recipient?.active) continue;
      const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "sv";
      const t = createTranslator(MESSAGES[locale]);
      const link = `${env.APP_URL}${notificationHref(note)}`;
      const params = { name: recipient.name, actor: note.actorId ? (user.get(note.actorId)?.name ?? "—") : "—", compact: compact.get(note.compactId)?.title ?? "—", link };
      await sendMail({ municipalityId: compact.get(note.compactId)?.municipalityId ?? null, to: recipient.email, subject: t(`notifications.mail.subject.${note.kind}`, params), body: `${t(`notifications.kinds.${note.kind}`, params)}\n\n${t("notifications.mail.body", params)}`, link });
    }
  } catch (error) {
    // Not the error itself: a database error quotes the message it could not write, link and address included.
    const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
    console.error(`[notifications] mail failed: ${String(code ?? name ?? "unknown error")}`);
  }
}

/** Where a notification leads: the comment on the compact page, or the compact itself. */
export function notificationHref(note: { compactId: string; commentId?: string | null }): string {
  return note.commentId ? `/compacts/${note.compactId}#comment-${note.commentId}` : `/compacts/${note.compactId}`;
}
