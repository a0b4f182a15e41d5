import { VersionPicker } from "@/components/compact/version-picker";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VersionDiffView } from "@/components/compact/version-diff-view";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { docToPlainText, type Doc } from "@/lib/domain/document";
import { getLocale, getT } from "@/lib/i18n/server";
import { publicMetadata } from "@/lib/server/public-metadata";
import { publicCompactPath } from "@/lib/domain/publication";
import { getPublicVersionPair } from "@/lib/server/queries/public";

type Params = Promise<{ municipality: string; compact: string }>;

const pick = (value: string | string[] | undefined) => (typeof value === "string" && /^[\w-]{1,64}$/.test(value) ? value : "");

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const { municipality, compact } = await params;
  const search = await searchParams;
  const [t, locale, data] = await Promise.all([getT(), getLocale(), getPublicVersionPair(municipality, compact, pick(search.from), pick(search.to))]);
  if (!data || !data.from || !data.to) return {};
  const title = `${t("public.compact.compareTitle")}: ${data.title}`;
  const description = t("public.compact.compareDescription", { from: data.from.versionNumber, to: data.to.versionNumber, title: data.title });
  // The texts are the published versions' own pages; a comparison is shared, not indexed again.
  return publicMetadata({ title, description, path: `${publicCompactPath(municipality, compact)}/compare?from=${data.from.id}&to=${data.to.id}`, locale, siteName: t("common.appName"), index: false });
}

/** Two published versions side by side and inline, word by word. */
export default async function PublicComparePage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { municipality, compact } = await params;
  const search = await searchParams;
  const data = await getPublicVersionPair(municipality, compact, pick(search.from), pick(search.to));
  if (!data || !data.from || !data.to) notFound();
  const t = await getT();
  const label = (p: { versionNumber: number; kind: string; publishedAt: Date }) =>
    t("public.compact.versionLine", { version: p.versionNumber, kind: t(`public.kind.${p.kind === "consultation" ? "consultation" : "decided"}`), date: p.publishedAt.toISOString().slice(0, 10) });
  const base = `/${municipality}/${compact}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${t("public.compact.compareTitle")}: ${data.title}`}
        actions={
          <LinkButton href={base} variant="secondary">
            {t("common.back")}
          </LinkButton>
        }
      />
      <Card>
        <VersionPicker options={data.versions.map((v) => ({ value: v.id, label: t("public.compact.versionLine", { version: v.version, kind: t(`public.kind.${v.kind}`), date: v.publishedAt.toISOString().slice(0, 10) }) }))} from={data.from!.id} to={data.to!.id} t={t} />
      </Card>
      <VersionDiffView oldText={docToPlainText(data.from.content as Doc)} newText={docToPlainText(data.to.content as Doc)} oldLabel={label(data.from)} newLabel={label(data.to)} t={t} />
    </div>
  );
}
