"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { tallyVotes, type SectorVoteCounts } from "@/lib/domain/workshop";
import { useT } from "@/lib/i18n/client";

/** Sector colours of the theme (blue and orange: never green/red, which mean yes/no here). */
const COLOURS = { public: "#1d5fa8", civil: "#a34e00", everyone: "#4a5565" } as const;

/**
 * The share of yes per statement, one bar per sector and one for everyone. A picture for those who
 * see it; the table beside it carries the same figures for everyone else (the chart is one image to
 * assistive technology, described by its label).
 */
export function ResultsChart({ statements }: { statements: Array<{ id: string; position: number; counts: SectorVoteCounts }> }) {
  const t = useT();
  const data = statements.map((statement) => {
    const tally = tallyVotes(statement.counts);
    return {
      name: String(statement.position),
      public: tally.bySector.public.yesPercent,
      civil: tally.bySector.civil.yesPercent,
      everyone: tally.total.yesPercent,
    };
  });
  const label = (key: keyof typeof COLOURS) => (key === "everyone" ? t("workshop.tally.everyone") : t(`common.sectors.${key}`));
  return (
    <figure className="space-y-2">
      <figcaption>
        <span className="block font-semibold">{t("workshop.results.chartTitle")}</span>
        <span className="block text-sm text-muted">{t("workshop.results.chartHint")}</span>
      </figcaption>
      <div role="img" aria-label={`${t("workshop.results.chartTitle")}. ${t("workshop.results.chartHint")}`} className="h-80 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tickFormatter={(value: string) => t("workshop.results.chartLabel", { number: value })} />
            <YAxis domain={[0, 100]} unit=" %" allowDecimals={false} />
            <Tooltip formatter={(value) => `${String(value)} %`} labelFormatter={(value) => t("workshop.results.chartLabel", { number: String(value) })} />
            <Legend itemSorter={null} />
            {(Object.keys(COLOURS) as Array<keyof typeof COLOURS>).map((key) => (
              <Bar key={key} dataKey={key} name={label(key)} fill={COLOURS[key]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
