import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { I18nProvider } from "@/lib/i18n/client";
import { MESSAGES } from "@/lib/i18n/messages";
import { getLocale, getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { getEnv } from "@/lib/server/env";
import { getDefaultMunicipality, getMunicipality, getUserName } from "@/lib/server/queries/admin";
import { countUnreadNotifications } from "@/lib/server/queries/notifications";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  // Nothing is indexed unless the page says so (the public pages do, through publicMetadata): member
  // pages, drafts and forms stay out of search engines even if a link to them leaks.
  return {
    metadataBase: new URL(getEnv().APP_URL),
    title: { default: t("common.appName"), template: `%s – ${t("common.appName")}` },
    description: t("common.tagline"),
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, actor] = await Promise.all([getLocale(), getT(), getActor()]);
  const [municipality, userName, unreadNotifications] = await Promise.all([
    actor ? getMunicipality(actor.municipalityId) : getDefaultMunicipality(),
    actor ? getUserName(actor.userId) : null,
    countUnreadNotifications(actor),
  ]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("common.skipToContent")}
        </a>
        <I18nProvider locale={locale} messages={MESSAGES[locale]}>
          <SiteHeader actor={actor} userName={userName} municipality={municipality} locale={locale} t={t} unreadNotifications={unreadNotifications} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
            {children}
          </main>
          <footer className="border-t border-line bg-surface print:hidden">
            <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-muted">{t("common.footer")}</p>
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
