import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { PortalFilterForm, PortalList } from "@/components/public/portal-list";
import { getLocale, getT } from "@/lib/i18n/server";
import { publicMetadata } from "@/lib/server/public-metadata";
import { getPublicMunicipality, listPublishedCompacts } from "@/lib/server/queries/public";
import { readPublicFilter } from "@/lib/server/queries/public-filter";

type Params = Promise<{ municipality: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [t, locale, municipality] = await Promise.all([getT(), getLocale(), getPublicMunicipality((await params).municipality)]);
  if (!municipality) return {};
  return publicMetadata({
    title: municipality.name,
    description: t("public.portal.municipalityIntro", { name: municipality.name }),
    path: `/${municipality.slug}`,
    locale,
    siteName: t("common.appName"),
  });
}

/** A municipality's start page on the portal: its published compacts. */
export default async function MunicipalityPortalPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const slug = (await params).municipality;
  const municipality = await getPublicMunicipality(slug);
  if (!municipality) notFound();
  const filter = { ...readPublicFilter(await searchParams), municipality: municipality.slug };
  const [t, list] = await Promise.all([getT(), listPublishedCompacts(filter)]);
  return (
    <div className="space-y-6">
      <PageHeader title={municipality.name} description={t("public.portal.municipalityIntro", { name: municipality.name })} />
      <PortalFilterForm filter={filter} municipalities={null} action={`/${municipality.slug}`} t={t} />
      <PortalList items={list.items} window={list.window} filter={{ ...filter, municipality: undefined }} basePath={`/${municipality.slug}`} t={t} />
    </div>
  );
}
