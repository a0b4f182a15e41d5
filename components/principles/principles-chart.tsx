"use client";
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import type { ChartRow } from "@/lib/domain/principles/assessment";
import { useT } from "@/lib/i18n/client";

// The sectors' colours (globals.css); the previous version is the same hue, paler and outlined.
const PUBLIC = "#1d5fa8";
const CIVIL = "#a34e00";

/**
 * Both sectors' scores per principle as grouped bars, this version beside the previous one. The
 * chart is a picture for sighted readers; the same figures are in the table that follows it.
 */
export function PrinciplesChart({ rows, currentVersion, previousVersion }: { rows: ChartRow[]; currentVersion: number; previousVersion: number | null }) {
  const t = useT();
  const data = rows.map((row) => ({ ...row, label: t(`principles.short.${row.principle}`) }));
  const name = (sector: "public" | "civil", version: number) => t("principles.chart.series", { sector: t(`common.sectors.${sector}`), version });
  return (
    <div role="img" aria-label={t("principles.chart.label")} className="w-full">
      <BarChart responsive data={data} accessibilityLayer={false} style={{ width: "100%", height: 340 }} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12, fill: "#1b2430" }} />
        <YAxis domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} tick={{ fontSize: 12, fill: "#1b2430" }} />
        <Legend wrapperStyle={{ fontSize: 13, color: "#1b2430" }} />
        {previousVersion !== null && (
          <Bar dataKey="publicPrevious" name={name("public", previousVersion)} fill={PUBLIC} fillOpacity={0.3} stroke={PUBLIC} isAnimationActive={false} />
        )}
        <Bar dataKey="publicCurrent" name={name("public", currentVersion)} fill={PUBLIC} isAnimationActive={false} />
        {previousVersion !== null && (
          <Bar dataKey="civilPrevious" name={name("civil", previousVersion)} fill={CIVIL} fillOpacity={0.3} stroke={CIVIL} isAnimationActive={false} />
        )}
        <Bar dataKey="civilCurrent" name={name("civil", currentVersion)} fill={CIVIL} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
