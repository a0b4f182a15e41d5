import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { Forbidden } from "@/components/forbidden";
import { getT } from "@/lib/i18n/server";
import { actorAllowedTo } from "@/lib/server/guard";
import { getMunicipality, getOwnDecisionRule } from "@/lib/server/queries/admin";
import { DecisionRuleForm } from "./decision-rule-form";
import { SettingsForm } from "./settings-form";

export default async function SettingsPage() {
  const actor = await actorAllowedTo("municipality.manage", "/admin/settings");
  if (!actor) return <Forbidden />;
  const [t, municipality, rule] = await Promise.all([getT(), getMunicipality(actor.municipalityId), getOwnDecisionRule(actor)]);
  if (!municipality) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("admin.settings.title")} description={t("admin.settings.description")} />
      <Card>
        <SettingsForm municipality={municipality} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("public.settings.title")}</h2>
        <DecisionRuleForm rule={rule} />
      </Card>
    </div>
  );
}
