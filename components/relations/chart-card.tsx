import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { HorizontalBarChart } from "./bar-chart";

export type ChartRow = {
  key: string;
  /** Full text, for the table. */
  label: string;
  /** Short text for the chart's axis; the label when left out. */
  shortLabel?: string;
  value: number;
  /** Further columns of the table (e.g. amounts), already formatted. */
  extra?: ReactNode[];
};

/**
 * A chart and its table alternative side by side: the chart for a quick look, the table (a real
 * table, always visible) for screen readers, keyboard users and anyone who wants the exact figures.
 */
export function ChartCard({
  id,
  title,
  description,
  categoryLabel,
  valueLabel,
  extraLabels = [],
  rows,
  formatValue = String,
  chartUnit,
  chartMax,
}: {
  id: string;
  title: string;
  description?: string;
  categoryLabel: string;
  valueLabel: string;
  extraLabels?: string[];
  rows: ChartRow[];
  formatValue?: (value: number) => string;
  chartUnit?: string;
  /** A fixed end of the value axis (100 for percentages); otherwise it fits the data. */
  chartMax?: number;
}) {
  return (
    <Card>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {description && <p className="mb-4 text-sm text-muted">{description}</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        <HorizontalBarChart data={rows.map((row) => ({ name: row.shortLabel ?? row.label, value: row.value }))} valueLabel={valueLabel} unit={chartUnit} max={chartMax} />
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" aria-labelledby={`${id}-title`} data-testid={`table-${id}`}>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {categoryLabel}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  {valueLabel}
                </th>
                {extraLabels.map((label) => (
                  <th key={label} scope="col" className="py-2 pl-3 text-right font-semibold">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-line last:border-0" data-testid={`row-${id}-${row.key}`}>
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    {row.label}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums" data-testid="value">
                    {formatValue(row.value)}
                  </td>
                  {row.extra?.map((cell, index) => (
                    <td key={index} className="py-2 pl-3 text-right tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}
