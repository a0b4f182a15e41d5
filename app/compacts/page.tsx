import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Badge } from "@/components/ui/sector-badge";
import { can } from "@/lib/domain/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { listCompacts } from "@/lib/server/queries/compacts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("compacts.list.title") };
}

export default async function CompactsPage() {
  const actor = await requireActor("/compacts");
  const [t, locale, compacts] = await Promise.all([getT(), getLocale(), listCompacts(actor)]);
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "medium" });
  const mayCreate = can(actor, "compact.create", { municipalityId: actor.municipalityId });
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("compacts.list.title")}
        description={t("compacts.list.description")}
        actions={mayCreate && <LinkButton href="/compacts/new">{t("common.nav.newCompact")}</LinkButton>}
      />
      {compacts.length === 0 ? (
        <EmptyState title={t("compacts.list.empty")} description={t("compacts.list.emptyHint")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {compacts.map((compact) => (
            <li key={compact.id} className="rounded-lg border border-line p-4 shadow-sm">
              <Link href={`/compacts/${compact.id}`} className="text-lg font-semibold">
                {compact.title}
              </Link>
              {compact.summary && <p className="mt-1 line-clamp-3 text-sm text-muted">{compact.summary}</p>}
              <div className="mt-3 flex flex-wrap gap-2 text-xs">
                <Badge>{t(`compacts.stages.${compact.stage}`)}</Badge>
                <Badge>{t("compacts.list.version", { number: compact.currentVersion })}</Badge>
                <Badge>{t("compacts.list.updated", { date: date.format(compact.updatedAt) })}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
