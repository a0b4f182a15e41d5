import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { STAGES } from "@/lib/domain/stages";
import { compactListFilterSchema } from "@/lib/validation/compact";
import { Badge } from "@/components/ui/sector-badge";
import { can } from "@/lib/domain/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { listCompacts } from "@/lib/server/queries/compacts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("compacts.list.title") };
}

export default async function CompactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/compacts");
  const filter = compactListFilterSchema.parse(await searchParams);
  const [t, locale, compacts] = await Promise.all([getT(), getLocale(), listCompacts(actor, { stage: filter.stage, query: filter.q })]);
  const filtered = Boolean(filter.stage || filter.q);
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "medium" });
  const mayCreate = can(actor, "compact.create", { municipalityId: actor.municipalityId });
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("compacts.list.title")}
        description={t("compacts.list.description")}
        actions={mayCreate && <LinkButton href="/compacts/new">{t("common.nav.newCompact")}</LinkButton>}
      />
      <form method="get" role="search" className="flex flex-wrap items-end gap-3" aria-label={t("common.search")}>
        <div className="space-y-1">
          <label htmlFor="compact-search" className="block text-sm font-medium">
            {t("compactPage.list.search")}
          </label>
          <input id="compact-search" name="q" type="search" defaultValue={filter.q ?? ""} className="min-h-10 rounded-md border border-line px-3" />
        </div>
        <div className="space-y-1">
          <label htmlFor="compact-stage" className="block text-sm font-medium">
            {t("compactPage.list.filterStage")}
          </label>
          <select id="compact-stage" name="stage" defaultValue={filter.stage ?? ""} className="min-h-10 rounded-md border border-line px-3">
            <option value="">{t("compactPage.list.allStages")}</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {t(`lifecycle.stage.${stage}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("compactPage.list.apply")}
        </button>
      </form>
      {compacts.length === 0 ? (
        filtered ? (
          <EmptyState title={t("compactPage.list.noMatch")} />
        ) : (
          <EmptyState title={t("compacts.list.empty")} description={t("compacts.list.emptyHint")} />
        )
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("compacts.list.title")}>
          {compacts.map((compact) => (
            <li key={compact.id} className="rounded-lg border border-line p-4 shadow-sm">
              <Link href={`/compacts/${compact.id}`} className="text-lg font-semibold">
                {compact.title}
              </Link>
              {compact.summary && <p className="mt-1 line-clamp-3 text-sm text-muted">{compact.summary}</p>}
              <div className="mt-3 flex flex-wrap gap-2 text-xs">
                <Badge>{t(`lifecycle.stage.${compact.stage}`)}</Badge>
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
