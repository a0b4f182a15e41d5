import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { RelationsEditor } from "@/components/relations/relations-editor";
import { Card, PageHeader } from "@/components/ui/card";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { getOrganisationRelations } from "@/lib/server/queries/relations";
import { saveRelationsAction } from "@/lib/actions/relations";

export const metadata: Metadata = { robots: { index: false } };

export default async function OrganisationRelationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await actorAllowedTo("relations.manage", `/relations/organisations/${id}`);
  if (!actor) return <Forbidden />;
  const [t, data] = await Promise.all([
    getT(),
    getOrganisationRelations(actor, id).catch((error: unknown) => {
      if (isAppError(error)) notFound();
      throw error;
    }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("relations.organisation.title", { name: data.organisation.name })} description={t("relations.organisation.description")} />
      <Link href="/relations/survey">{t("relations.survey.title")}</Link>
      <Card>
        <RelationsEditor
          action={saveRelationsAction}
          hidden={{ organisationId: data.organisation.id }}
          initialRows={data.rows}
          committees={data.committees}
          submitLabel={t("relations.editor.save")}
          successMessage={t("relations.editor.saved")}
        />
      </Card>
    </div>
  );
}
