import { Card, EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { getUserName } from "@/lib/server/queries/admin";
import { PortalList } from "@/components/public/portal-list";
import { listOpenConsultations, listPublishedCompacts } from "@/lib/server/queries/public";
import Link from "next/link";
import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/server";
import { publicMetadata } from "@/lib/server/public-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return { ...publicMetadata({ title: t("common.appName"), description: t("common.tagline"), path: "/", locale, siteName: t("common.appName") }), title: { absolute: t("common.appName") } };
}

export default async function HomePage() {
  const [t, actor] = await Promise.all([getT(), getActor()]);
  const [name, published, consultations] = await Promise.all([actor ? getUserName(actor.userId) : null, listPublishedCompacts({ pageSize: 5 }), listOpenConsultations(new Date(), { limit: 10 })]);
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        {name && <p className="text-sm font-medium text-muted">{t("home.welcome", { name })}</p>}
        <h1 className="text-3xl font-semibold tracking-tight">{t("home.title")}</h1>
        <p className="text-lg text-muted">{t("home.intro")}</p>
      </div>
      <section aria-labelledby="published-heading" className="space-y-3">
        <h2 id="published-heading" className="text-xl font-semibold">
          {t("home.published")}
        </h2>
        {published.items.length === 0 ? (
          <EmptyState title={t("home.noPublished")} description={t("home.noPublishedHint")} />
        ) : (
          <>
            <PortalList items={published.items} window={{ ...published.window, pages: 1 }} filter={{ page: 1 }} basePath="/portal" t={t} />
            <Link href="/portal">{t("public.portal.title")}</Link>
          </>
        )}
      </section>
      {consultations.length > 0 && (
        <section aria-labelledby="consultations-heading" className="space-y-3">
          <h2 id="consultations-heading" className="text-xl font-semibold">
            {t("home.consultations")}
          </h2>
          <ul className="space-y-2" data-testid="open-consultations">
            {consultations.map((c) => (
              <li key={c.compactId}>
                <Link href={c.path}>{c.title}</Link>{" "}
                <span className="text-sm text-muted">
                  {c.consultationEndsAt
                    ? t("home.consultationUntil", { municipality: c.municipalityName, date: c.consultationEndsAt.toISOString().slice(0, 10) })
                    : t("home.consultationOpenEnded", { municipality: c.municipalityName })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Card>
        <h2 className="text-lg font-semibold">{t("home.forMembers")}</h2>
        <p className="mt-1 text-muted">{t("home.forMembersBody")}</p>
        <div className="mt-4">
          <LinkButton href={actor ? "/compacts" : "/sign-in"}>{actor ? t("home.goToCompacts") : t("common.nav.signIn")}</LinkButton>
        </div>
      </Card>
    </div>
  );
}
