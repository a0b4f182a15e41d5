import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getLocale, getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { listNotifications } from "@/lib/server/queries/notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("notifications.title") };
}

export default async function NotificationsPage() {
  const actor = await requireActor("/notifications");
  const [t, locale, notifications] = await Promise.all([getT(), getLocale(), listNotifications(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("notifications.title")} description={t("notifications.description")} />
      {notifications.length === 0 ? <EmptyState title={t("notifications.empty")} /> : <NotificationList notifications={notifications} locale={locale} />}
    </div>
  );
}
