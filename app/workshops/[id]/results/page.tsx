import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/sector-badge";
import { ResultsChart } from "@/components/workshop/results-chart";
import { ResultsTable } from "@/components/workshop/results-table";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { getWorkshopResults } from "@/lib/server/queries/workshops";

export const metadata: Metadata = { robots: { index: false } };

/** The results with a chart, the same figures as a table, and CSV and PDF exports for the minutes. */
export default async function WorkshopResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/workshops/${id}/results`);
  const t = await getT();
  const { workshop, snapshot } = await getWorkshopResults(actor, id).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("workshop.results.title", { title: workshop.title })}
        description={t("workshop.results.description")}
        actions={
          <>
            {/* Plain links: files from route handlers, not pages to navigate to. */}
            <a href={`/api/workshops/${id}/export/csv`} className={buttonClass("secondary")} download>
              {t("workshop.results.csv")}
            </a>
            <a href={`/api/workshops/${id}/export/pdf`} className={buttonClass("secondary")} download>
              {t("workshop.results.pdf")}
            </a>
            {workshop.mayManage && (
              <LinkButton href={`/workshops/${id}`} variant="ghost">
                {t("workshop.results.console")}
              </LinkButton>
            )}
          </>
        }
      />
      <div className="flex flex-wrap gap-2">
        <Badge>{t(`workshop.status.${workshop.status}`)}</Badge>
        <Badge>{t("workshop.console.participants", { public: snapshot.participants.public, civil: snapshot.participants.civil })}</Badge>
      </div>
      {snapshot.statements.length === 0 ? (
        <p className="text-muted">{t("workshop.results.empty")}</p>
      ) : (
        <>
          <Card>
            <ResultsChart statements={snapshot.statements} />
          </Card>
          <Card>
            <ResultsTable statements={snapshot.statements} />
          </Card>
        </>
      )}
    </div>
  );
}
