import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { ImportForm } from "@/components/relations/import-form";
import { ImportHelp } from "@/components/relations/import-help";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { getImportNames } from "@/lib/server/queries/relations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("relations.import.title"), robots: { index: false } };
}

export default async function ImportRelationsPage() {
  const actor = await actorAllowedTo("relations.manage", "/relations/import");
  if (!actor) return <Forbidden />;
  const [t, names] = await Promise.all([getT(), getImportNames(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("relations.import.title")} description={t("relations.import.description")} />
      <Link href="/relations">{t("relations.survey.back")}</Link>
      <Card className="space-y-4">
        <div className="space-y-2">
          <a href="/api/relations/template" className={buttonClass("secondary")} download>
            {t("relations.import.template")}
          </a>
          <p className="text-sm text-muted">{t("relations.import.templateHint")}</p>
        </div>
        <ImportForm />
      </Card>
      <ImportHelp names={names} t={t} />
    </div>
  );
}
