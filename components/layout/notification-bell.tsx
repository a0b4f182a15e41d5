import Link from "next/link";
import type { Translate } from "@/lib/i18n/core";

/**
 * The bell in the header: a link to the notifications page whose accessible name says how many are
 * unread (the number is also shown as text, never as a coloured dot alone).
 */
export function NotificationBell({ unread, t }: { unread: number; t: Translate }) {
  const label = unread > 0 ? t("notifications.bell", { count: unread }) : t("notifications.bellNone");
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      data-unread={unread}
      className="inline-flex min-h-10 items-center gap-1 rounded-md border border-line px-2 py-1 text-ink no-underline hover:bg-surface"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" className="rounded-full bg-brand px-1.5 text-xs font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
