import { Card, PageHeader } from "@/components/ui/card";
import { Forbidden } from "@/components/forbidden";
import { can } from "@/lib/domain/permissions";
import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/guard";
import { CreateCompactForm } from "./create-compact-form";

export default async function NewCompactPage() {
  const actor = await requireActor("/compacts/new");
  if (!can(actor, "compact.create", { municipalityId: actor.municipalityId })) return <Forbidden />;
  const t = await getT();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("compacts.create.title")} description={t("compacts.create.intro")} />
      <Card>
        <CreateCompactForm />
      </Card>
    </div>
  );
}
