import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { PortalFilterForm, PortalList } from "@/components/public/portal-list";
import { getLocale, getT } from "@/lib/i18n/server";
import { publicMetadata } from "@/lib/server/public-metadata";
import { listMunicipalityChoices, listPublishedCompacts } from "@/lib/server/queries/public";
import { readPublicFilter } from "@/lib/server/queries/public-filter";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const base = publicMetadata({ title: t("public.portal.title"), description: t("public.portal.intro"), path: "/portal", locale, siteName: t("common.appName") });
  return { ...base, alternates: { ...base.alternates, types: { "application/atom+xml": "/api/v1/feed" } } };
}

/** Published compacts across the installation, without signing in. */
export default async function PortalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = readPublicFilter(await searchParams);
  const [t, municipalities, list] = await Promise.all([getT(), listMunicipalityChoices(), listPublishedCompacts(filter)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("public.portal.title")} description={t("public.portal.intro")} />
      <PortalFilterForm filter={filter} municipalities={municipalities.length > 1 ? municipalities : null} action="/portal" t={t} />
      <PortalList items={list.items} window={list.window} filter={filter} basePath="/portal" t={t} />
      <p className="text-sm">
        <Link href="/api/v1">{t("public.portal.openData")}</Link> · <Link href="/api/v1/feed">{t("public.portal.feed")}</Link>
      </p>
    </div>
  );
}
