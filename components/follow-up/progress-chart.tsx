"use client";
import { HorizontalBarChart } from "@/components/relations/bar-chart";

/** Average progress per party or principle, 0–100 %. The table beside it has the same figures. */
export function ProgressChart({ data, valueLabel }: { data: { name: string; value: number }[]; valueLabel: string }) {
  return <HorizontalBarChart data={data} valueLabel={valueLabel} unit=" %" max={100} />;
}
