import type { SummaryRow } from "@/lib/domain/follow-up";
import type { Translate } from "@/lib/i18n/core";
import { ProgressChart } from "./progress-chart";

/** A chart of average progress and the same figures as a table (the table is always there for screen readers). */
export function ProgressSummary({ title, rows, label, t, testId }: { title: string; rows: SummaryRow[]; label: (key: string) => string; t: Translate; testId: string }) {
  return (
    <div data-testid={testId}>
      <h3 className="mb-2 font-semibold">{title}</h3>
      <p className="sr-only">{t("followUp.dashboard.chartLabel")}</p>
      <ProgressChart data={rows.map((r) => ({ name: label(r.key), value: r.averagePercent }))} valueLabel={t("followUp.dashboard.colPercent")} />
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2">{t("followUp.dashboard.colKey")}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t("followUp.dashboard.colCommitments")}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t("followUp.dashboard.colDone")}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t("followUp.dashboard.colStale")}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t("followUp.dashboard.colOverdue")}</th>
            <th scope="col" className="py-1 text-right">{t("followUp.dashboard.colPercent")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-line last:border-0">
              <th scope="row" className="py-1 pr-2 font-medium">{label(r.key)}</th>
              <td className="py-1 pr-2 text-right">{r.commitments}</td>
              <td className="py-1 pr-2 text-right">{r.done}</td>
              <td className="py-1 pr-2 text-right">{r.stale}</td>
              <td className="py-1 pr-2 text-right">{r.overdue}</td>
              <td className="py-1 text-right">{r.averagePercent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
