import Link from "next/link";
import { navigationFor } from "@/lib/domain/navigation";
import type { Actor } from "@/lib/domain/roles";
import type { Locale, Translate } from "@/lib/i18n/core";
import { LinkButton } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { signOutEverywhereAction } from "@/lib/actions/auth";
import { SectorBadge } from "@/components/ui/sector-badge";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({
  actor,
  userName,
  municipality,
  locale,
  t,
  unreadNotifications = 0,
}: {
  actor: Actor | null;
  userName: string | null;
  municipality: { name: string; logoText: string } | null;
  locale: Locale;
  t: Translate;
  unreadNotifications?: number;
}) {
  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
          <span className="text-xl font-bold tracking-tight text-brand">{t("common.appName")}</span>
          {municipality && (
            <span className="text-sm text-muted">
              {municipality.name} {municipality.logoText}
            </span>
          )}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch locale={locale} t={t} />
          {actor ? (
            <div className="flex items-center gap-2 text-sm">
              <span data-testid="signed-in-user">{t("common.nav.signedInAs", { name: userName ?? "" })}</span>
              <SectorBadge sector={actor.sector} label={t(`common.roles.${actor.role}`)} />
              <NotificationBell unread={unreadNotifications} t={t} />
              <SignOutButton label={t("common.nav.signOut")} />
              <ButtonForm
                action={signOutEverywhereAction}
                fields={{}}
                variant="ghost"
                confirm={{
                  title: t("common.nav.signOutEverywhereTitle"),
                  description: t("common.nav.signOutEverywhereDescription"),
                  confirmLabel: t("common.nav.signOutEverywhereConfirm"),
                  variant: "danger",
                }}
              >
                {t("common.nav.signOutEverywhere")}
              </ButtonForm>
            </div>
          ) : (
            <LinkButton href="/sign-in" variant="secondary">
              {t("common.nav.signIn")}
            </LinkButton>
          )}
        </div>
      </div>
      <nav aria-label={t("common.mainNavigation")} className="border-t border-line bg-surface">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
          {navigationFor(actor).map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block px-3 py-2 text-sm font-medium text-ink no-underline hover:bg-white">
                {t(item.labelKey)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
