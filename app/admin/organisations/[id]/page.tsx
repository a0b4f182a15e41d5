import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { Forbidden } from "@/components/forbidden";
import { listOrganisations } from "@/lib/server/queries/admin";
import { OrganisationForm } from "../organisation-form";

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await actorAllowedTo("organisation.manage", `/admin/organisations/${id}`);
  if (!actor) return <Forbidden />;
  const [t, organisations] = await Promise.all([getT(), listOrganisations(actor)]);
  const organisation = organisations.find((o) => o.id === id);
  if (!organisation) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("admin.organisations.editTitle", { name: organisation.name })}
        actions={
          <LinkButton href="/admin/organisations" variant="secondary">
            {t("common.back")}
          </LinkButton>
        }
      />
      <Card>
        <OrganisationForm organisation={organisation} />
      </Card>
    </div>
  );
}
