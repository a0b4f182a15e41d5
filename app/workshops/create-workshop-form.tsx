"use client";
import { useState } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { TEMPLATE_STATEMENT_KEYS } from "@/lib/domain/workshop";
import { useT } from "@/lib/i18n/client";
import { createWorkshopAction } from "@/lib/actions/workshops";

/** Title, optional compact, and the statements; the example statements from the domain notes on request. */
export function CreateWorkshopForm({ compacts }: { compacts: Array<{ id: string; title: string }> }) {
  const t = useT();
  const [template, setTemplate] = useState<string | null>(null);
  return (
    <ActionForm action={createWorkshopAction}>
      <TextField label={t("workshop.create.titleLabel")} name="title" required />
      <SelectField
        label={t("workshop.create.compact")}
        name="compactId"
        hint={t("workshop.create.compactHint")}
        options={[{ value: "", label: t("workshop.create.compactNone") }, ...compacts.map((compact) => ({ value: compact.id, label: compact.title }))]}
      />
      {/* Remounted with the template as its starting text when the button below is used. */}
      <TextAreaField
        key={template ?? "empty"}
        label={t("workshop.create.statements")}
        name="statements"
        hint={t("workshop.create.statementsHint")}
        rows={8}
        defaultValue={template ?? ""}
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setTemplate(TEMPLATE_STATEMENT_KEYS.map((key) => t(`workshop.template.${key}`)).join("\n"))}>
          {t("workshop.create.useTemplate")}
        </Button>
        <SubmitButton>{t("workshop.create.submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
