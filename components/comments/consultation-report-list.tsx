import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n/core";
import type { ConsultationReport } from "@/lib/server/queries/comments";

/**
 * The consultation reports of a version, as a list with their totals and downloads: on the decision
 * basis (with a link to the report page) and on the public compact page (downloads only).
 */
export function ConsultationReportList({ reports, t, withPage, empty }: { reports: ConsultationReport[]; t: Translate; withPage: boolean; empty: string }) {
  if (reports.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="space-y-3" data-testid="consultation-reports">
      {reports.map((report) => {
        const base = `/api/compacts/${report.compactId}/consultation/${report.roundId}`;
        return (
          <li key={report.roundId} className="rounded-md border border-line p-3">
            <p className="font-medium">
              {t("comments.reportList.line", { version: report.versionNumber, from: report.openedAt.slice(0, 10), to: report.closedAt.slice(0, 10) })}
            </p>
            <p className="text-sm text-muted">
              {t("comments.reportList.totals", { total: report.totals.total, public: report.totals.bySector.public, civil: report.totals.bySector.civil })}
            </p>
            <p className="mt-2 flex flex-wrap gap-4 text-sm">
              {withPage && <Link href={`/compacts/${report.compactId}/consultation/${report.roundId}`}>{t("comments.reportList.open")}</Link>}
              <a href={`${base}/pdf`} download>
                {t("comments.reportList.pdf")}
              </a>
              <a href={`${base}/docx`} download>
                {t("comments.reportList.docx")}
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
