import type { Translate } from "@/lib/i18n/core";

type Figures = {
  relations: number;
  organisations: number;
  organisationsWithRelations: number;
  grantTotal: number;
  surveySent: number;
  surveyAnswered: number;
};

/** The headline figures of the overview, as a description list. */
export function SummaryFigures({ figures, t }: { figures: Figures; t: Translate }) {
  const number = new Intl.NumberFormat(t("relations.numberLocale"));
  const items = [
    { key: "relations", label: t("relations.overview.relations"), value: number.format(figures.relations) },
    {
      key: "organisations",
      label: t("relations.overview.organisationsWith"),
      value: t("relations.overview.organisationsWithValue", { with: figures.organisationsWithRelations, total: figures.organisations }),
    },
    { key: "grants", label: t("relations.overview.grantTotal"), value: t("relations.overview.kronor", { amount: number.format(figures.grantTotal) }) },
    {
      key: "survey",
      label: t("relations.overview.surveyAnswered"),
      value: t("relations.overview.surveyAnsweredValue", { answered: figures.surveyAnswered, sent: figures.surveySent }),
    },
  ];
  return (
    <section aria-label={t("relations.overview.figures")}>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((item) => (
          <div key={item.key} className="rounded-lg border border-line bg-surface p-4" data-testid={`figure-${item.key}`}>
            <dt className="text-sm text-muted">{item.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
