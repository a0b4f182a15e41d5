import { Card, PageHeader } from "@/components/ui/card";
import { Forbidden } from "@/components/forbidden";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { CreateCompactForm } from "./create-compact-form";

export default async function NewCompactPage() {
  const actor = await actorAllowedTo("compact.create", "/compacts/new");
  if (!actor) return <Forbidden />;
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
