import type { MunicipalityComparisonRow } from "@/lib/domain/relations";
import type { Translate } from "@/lib/i18n/core";
import { ChartCard } from "./chart-card";

/** The municipalities of the installation side by side: coverage in the chart, the totals in the table. */
export function MunicipalityComparison({ rows, currentId, t }: { rows: MunicipalityComparisonRow[]; currentId: string; t: Translate }) {
  const number = new Intl.NumberFormat(t("relations.numberLocale"), { maximumFractionDigits: 1 });
  const name = (row: MunicipalityComparisonRow) => (row.municipalityId === currentId ? t("relations.comparison.yours", { name: row.name }) : row.name);
  return (
    <div className="space-y-2">
      <ChartCard
        id="comparison"
        title={t("relations.comparison.title")}
        description={t("relations.comparison.description")}
        categoryLabel={t("relations.comparison.municipality")}
        valueLabel={t("relations.comparison.coverage")}
        chartUnit=" %"
        chartMax={100}
        formatValue={(value) => `${number.format(value)} %`}
        extraLabels={[t("relations.comparison.organisations"), t("relations.overview.relations"), t("relations.comparison.perOrganisation")]}
        rows={rows.map((row) => ({
          key: row.municipalityId,
          label: name(row),
          shortLabel: row.name,
          value: Math.round(row.coverage * 1000) / 10,
          extra: [row.organisations, row.relations, number.format(row.relationsPerOrganisation)],
        }))}
      />
      {rows.length < 2 && <p className="text-sm text-muted">{t("relations.comparison.onlyOne")}</p>}
    </div>
  );
}
