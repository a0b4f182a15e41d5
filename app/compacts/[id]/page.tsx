import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { DocumentView } from "@/components/compact/document-view";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { getCompact } from "@/lib/server/queries/compacts";

export const metadata: Metadata = { robots: { index: false } };

export default async function CompactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/compacts/${id}`);
  const t = await getT();
  const compact = await getCompact(actor, id).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <PageHeader title={compact.title} description={compact.summary || undefined} />
      <div className="flex flex-wrap gap-2">
        <Badge>
          {t("compacts.detail.stage")}: {t(`compacts.stages.${compact.stage}`)}
        </Badge>
        <Badge>
          {t("compacts.detail.version")}: {compact.currentVersion}
        </Badge>
      </div>
      <Card>
        <h2 className="sr-only">{t("compacts.detail.text")}</h2>
        {compact.content ? <DocumentView doc={compact.content} /> : <p className="text-muted">{t("compacts.detail.emptyText")}</p>}
      </Card>
    </div>
  );
}
