"use client";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

export type BarDatum = { name: string; value: number };

/**
 * A horizontal bar chart for the sighted reader's overview. It is hidden from assistive technology
 * and takes no focus: the table beside it carries the same figures for everyone.
 */
export function HorizontalBarChart({ data, valueLabel, unit = "", max }: { data: BarDatum[]; valueLabel: string; unit?: string; max?: number }) {
  const height = Math.max(120, data.length * 36 + 40);
  return (
    <div aria-hidden="true" className="min-w-0">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", height }}
        accessibilityLayer={false}
        margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#d7dde5" />
        <XAxis type="number" allowDecimals={false} domain={[0, max ?? "auto"]} tick={{ fontSize: 12, fill: "#4a5565" }} unit={unit} />
        <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12, fill: "#1b2430" }} interval={0} />
        <Tooltip cursor={{ fill: "#f6f8fa" }} formatter={(value) => [`${String(value)}${unit}`, valueLabel]} />
        <Bar dataKey="value" name={valueLabel} fill="#1f4e79" isAnimationActive={false} radius={[0, 3, 3, 0]} />
      </BarChart>
    </div>
  );
}
