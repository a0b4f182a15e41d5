"use client";
import Link from "next/link";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";
import { ButtonForm } from "@/components/ui/button-form";
import { Badge } from "@/components/ui/sector-badge";
import { useT } from "@/lib/i18n/client";
import type { NotificationView } from "@/lib/server/queries/notifications";

/** The user's notifications, newest first; unread ones say so in words and can be marked read. */
export function NotificationList({ notifications, locale }: { notifications: NotificationView[]; locale: string }) {
  const t = useT();
  const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "short", timeStyle: "short" });
  const unread = notifications.some((n) => !n.read);
  return (
    <div className="space-y-4">
      {unread && <ButtonForm action={markAllNotificationsReadAction} fields={{}}>{t("notifications.markAllRead")}</ButtonForm>}
      <ol className="space-y-3" aria-label={t("notifications.title")}>
        {notifications.map((n) => (
          <li key={n.id} className={`space-y-2 rounded-lg border p-4 ${n.read ? "border-line" : "border-brand bg-surface"}`} data-testid="notification" data-read={n.read}>
            <div className="flex flex-wrap items-center gap-2">
              <Badge>{n.read ? t("notifications.read") : t("notifications.unread")}</Badge>
              <time dateTime={n.createdAt} className="text-sm text-muted">
                {format.format(new Date(n.createdAt))}
              </time>
            </div>
            <p>{t(`notifications.kinds.${n.kind}`, { actor: n.actorName ?? "—", compact: n.compactTitle })}</p>
            {n.reason && <p className="text-sm">{t("notifications.reason", { reason: n.reason })}</p>}
            <div className="flex flex-wrap items-center gap-3">
              <Link href={n.href} className="underline">{t("notifications.open")}</Link>
              {!n.read && <ButtonForm action={markNotificationReadAction} fields={{ notificationId: n.id }} variant="ghost">{t("notifications.markRead")}</ButtonForm>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
