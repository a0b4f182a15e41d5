import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentBody } from "@/components/comments/comment-body";
import { Card, PageHeader } from "@/components/ui/card";
import { SectorBadge } from "@/components/ui/sector-badge";
import { COMMENT_OUTCOMES } from "@/lib/domain/comments";
import { SECTORS } from "@/lib/domain/roles";
import { getLocale, getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { requireActor } from "@/lib/server/guard";
import { getConsultationReport } from "@/lib/server/queries/comments";
import { absoluteUrl } from "@/lib/server/public-metadata";
import { PrintAddress } from "@/components/layout/print-address";

export const metadata: Metadata = { robots: { index: false } };

/** The consultation report (samrådsredogörelse) of a closed comment round, with its downloads. */
export default async function ConsultationReportPage({ params }: { params: Promise<{ id: string; roundId: string }> }) {
  const { id, roundId } = await params;
  await requireActor(`/compacts/${id}/consultation/${roundId}`);
  const [t, locale, actor] = await Promise.all([getT(), getLocale(), getActor()]);
  const report = await getConsultationReport(actor, id, roundId);
  if (!report) notFound();
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" });
  const api = `/api/compacts/${encodeURIComponent(id)}/consultation/${encodeURIComponent(roundId)}`;
  const outcomes = [...COMMENT_OUTCOMES, "unanswered"] as const;
  return (
    <div className="space-y-6">
      <PageHeader title={t("comments.report.title")} description={t("comments.report.subtitle", { title: report.compactTitle, version: report.versionNumber })} />
      <PrintAddress url={absoluteUrl(`/compacts/${id}/consultation/${roundId}`)} t={t} />
      <p className="print:hidden">
        <Link href={`/compacts/${id}`}>{t("comments.report.back")}</Link>
      </p>
      <Card>
        <p>{t("comments.report.period", { from: date.format(new Date(report.openedAt)), to: date.format(new Date(report.closedAt)) })}</p>
        <p>{t("comments.report.invited", { audience: [t(`comments.round.audienceOptions.${report.audience}`), ...report.organisations].join(", ") })}</p>
        <div className="mt-3 flex flex-wrap gap-4 print:hidden">
          <a href={`${api}/pdf`} download className="underline">
            {t("comments.report.downloadPdf")}
          </a>
          <a href={`${api}/docx`} download className="underline">
            {t("comments.report.downloadDocx")}
          </a>
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("comments.report.totals")}</h2>
        <table className="w-full border-collapse text-sm" data-testid="report-totals">
          <caption className="sr-only">{t("comments.report.totals")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line p-2 text-left">
                {t("comments.report.outcome")}
              </th>
              {SECTORS.map((s) => (
                <th key={s} scope="col" className="border-b border-line p-2 text-right">
                  {t(`common.sectors.${s}`)}
                </th>
              ))}
              <th scope="col" className="border-b border-line p-2 text-right">
                {t("comments.report.total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((outcome) => (
              <tr key={outcome}>
                <th scope="row" className="border-b border-line p-2 text-left font-normal">
                  {t(`comments.response.outcomes.${outcome}`)}
                </th>
                {SECTORS.map((s) => (
                  <td key={s} className="border-b border-line p-2 text-right">
                    {report.totals.matrix[outcome][s]}
                  </td>
                ))}
                <td className="border-b border-line p-2 text-right">{report.totals.byOutcome[outcome]}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="p-2 text-left">
                {t("comments.report.total")}
              </th>
              {SECTORS.map((s) => (
                <td key={s} className="p-2 text-right">
                  {report.totals.bySector[s]}
                </td>
              ))}
              <td className="p-2 text-right">{report.totals.total}</td>
            </tr>
          </tbody>
        </table>
      </Card>
      {report.sections.length === 0 && <p className="text-muted">{t("comments.report.empty")}</p>}
      {report.sections.map((group) => (
        <Card key={group.section}>
          <h2 className="mb-3 text-lg font-semibold">{group.section || t("comments.report.wholeCompact")}</h2>
          <ol className="space-y-4">
            {group.items.map((entry) => (
              <li key={entry.id} className="space-y-1 border-b border-line pb-3 last:border-b-0">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {entry.organisation} <SectorBadge sector={entry.sector} label={t(`common.sectors.${entry.sector}`)} />
                  <span className="font-normal text-muted">{entry.author}</span>
                </p>
                {entry.quote && <p className="text-sm italic text-muted">{t("comments.report.quote", { quote: entry.quote })}</p>}
                <CommentBody text={entry.body} />
                {entry.joint && <p className="text-sm">{t("comments.report.jointBy", { names: entry.signatories.map((s) => `${s.name}, ${s.organisation}`).join("; ") })}</p>}
                <p className="text-sm">
                  <span className="font-medium">
                    {t("comments.report.outcome")}: {t(`comments.response.outcomes.${entry.outcome ?? "unanswered"}`)}.
                  </span>{" "}
                  {entry.motivation || t("comments.report.noMotivation")}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      ))}
    </div>
  );
}
