"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import type { DecisionRule } from "@/lib/domain/publication";
import { useT } from "@/lib/i18n/client";
import { updateDecisionRuleAction } from "@/lib/actions/settings";

/** Single decision on behalf of the body, or N individual approvals by politicians. */
export function DecisionRuleForm({ rule }: { rule: DecisionRule }) {
  const t = useT();
  return (
    <ActionForm action={updateDecisionRuleAction} successMessage={t("public.settings.saved")}>
      <SelectField
        label={t("public.settings.mode")}
        name="mode"
        defaultValue={rule.mode}
        options={[
          { value: "single", label: t("public.settings.single") },
          { value: "approvals", label: t("public.settings.approvals") },
        ]}
      />
      <TextField label={t("public.settings.approvalsRequired")} hint={t("public.settings.approvalsHint")} name="approvalsRequired" type="number" min={1} max={25} defaultValue={String(rule.approvalsRequired)} />
      <SubmitButton>{t("common.save")}</SubmitButton>
    </ActionForm>
  );
}
