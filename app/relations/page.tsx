import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { ChartCard } from "@/components/relations/chart-card";
import { MunicipalityComparison } from "@/components/relations/municipality-comparison";
import { RelationsMatrixTable } from "@/components/relations/relations-matrix";
import { SummaryFigures } from "@/components/relations/summary-figures";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { getRelationsOverview } from "@/lib/server/queries/relations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("relations.overview.title"), robots: { index: false } };
}

export default async function RelationsPage() {
  const actor = await actorAllowedTo("relations.view", "/relations");
  if (!actor) return <Forbidden />;
  const [t, overview] = await Promise.all([getT(), getRelationsOverview(actor)]);
  const number = new Intl.NumberFormat(t("relations.numberLocale"));
  const manage = overview.may.manage;
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("relations.overview.title")}
        description={t("relations.overview.description")}
        actions={
          <div className="flex flex-wrap gap-2">
            {manage && <LinkButton href="/relations/survey">{t("relations.overview.survey")}</LinkButton>}
            {manage && (
              <LinkButton href="/relations/import" variant="secondary">
                {t("relations.overview.import")}
              </LinkButton>
            )}
            {manage && (
              // A plain link: the download is a file, not a page for the client router.
              <a href="/api/relations/export" className={buttonClass("secondary")} download>
                {t("relations.overview.export")}
              </a>
            )}
            <LinkButton href="/relations/volunteers" variant="secondary">
              {t("relations.overview.volunteers")}
            </LinkButton>
          </div>
        }
      />
      <SummaryFigures
        figures={{ ...overview.summary, surveySent: overview.survey.sent, surveyAnswered: overview.survey.answered }}
        t={t}
      />
      {overview.summary.relations === 0 && (
        <EmptyState title={t("relations.overview.empty")} description={t(manage ? "relations.overview.emptyHint" : "relations.overview.emptyHintReader")} />
      )}
      <ChartCard
        id="by-type"
        title={t("relations.charts.byType.title")}
        description={t("relations.charts.byType.description")}
        categoryLabel={t("relations.charts.category")}
        valueLabel={t("relations.charts.count")}
        rows={overview.byType.map((row) => ({
          key: row.type,
          label: t(`relations.type.${row.type}`),
          shortLabel: t(`relations.typeShort.${row.type}`),
          value: row.count,
        }))}
      />
      <ChartCard
        id="by-committee"
        title={t("relations.charts.byCommittee.title")}
        description={t("relations.charts.byCommittee.description")}
        categoryLabel={t("relations.editor.committee")}
        valueLabel={t("relations.charts.count")}
        extraLabels={[t("relations.charts.amount")]}
        rows={overview.byCommittee.map((row) => ({
          key: row.committeeId ?? "none",
          label: row.name ?? t("relations.charts.noCommittee"),
          value: row.count,
          extra: [number.format(row.amount)],
        }))}
      />
      <ChartCard
        id="by-organisation-kind"
        title={t("relations.charts.byOrganisationKind.title")}
        description={t("relations.charts.byOrganisationKind.description")}
        categoryLabel={t("relations.charts.category")}
        valueLabel={t("relations.charts.count")}
        extraLabels={[t("relations.charts.byOrganisationKind.organisations")]}
        rows={overview.byOrganisationKind.map((row) => ({
          key: row.kind,
          label: t(`common.kinds.${row.kind}`),
          value: row.relations,
          extra: [t("relations.charts.byOrganisationKind.organisationsValue", { with: row.organisationsWithRelations, total: row.organisations })],
        }))}
      />
      <ChartCard
        id="by-kind"
        title={t("relations.charts.byKind.title")}
        description={t("relations.charts.byKind.description")}
        categoryLabel={t("relations.charts.category")}
        valueLabel={t("relations.charts.count")}
        extraLabels={[t("relations.charts.amount")]}
        rows={overview.byKind.map((row) => ({
          key: row.kind,
          label: t(`relations.kind.${row.kind}`),
          shortLabel: t(`relations.kindShort.${row.kind}`),
          value: row.count,
          extra: [number.format(row.amount)],
        }))}
      />
      <RelationsMatrixTable matrix={overview.matrix} t={t} />
      <MunicipalityComparison rows={overview.comparison} currentId={overview.municipalityId} t={t} />
    </div>
  );
}
