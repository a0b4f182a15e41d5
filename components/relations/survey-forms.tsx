"use client";
import { useCallback, useState } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";


/** "Send the survey" to everyone due, with the outcome in words (how many organisations, or none). */
export function SendSurveyForm({ action }: { action: FormAction }) {
  const t = useT();
  const [outcome, setOutcome] = useState<string | null>(null);
  const onSuccess = useCallback(
    (data: unknown) => {
      const sent = data as { organisations: number; recipients: number };
      setOutcome(sent.organisations > 0 ? t("relations.survey.sent", sent) : t("relations.survey.sentNone"));
    },
    [t],
  );
  return (
    <ActionForm action={action} onSuccess={onSuccess} className="space-y-3">
      {outcome && <Alert tone="success">{outcome}</Alert>}
      <p className="text-sm text-muted">{t("relations.survey.sendHint")}</p>
      <SubmitButton>{t("relations.survey.send")}</SubmitButton>
    </ActionForm>
  );
}

/** "Send again" for one organisation: a new link, the old one stops working. */
export function SendAgainForm({ action, organisationId, organisationName }: { action: FormAction; organisationId: string; organisationName: string }) {
  const t = useT();
  return (
    <ActionForm action={action} successMessage={t("relations.survey.sentAgain")} className="space-y-1" aria-label={t("relations.survey.sendAgainFor", { name: organisationName })}>
      <input type="hidden" name="organisationId" value={organisationId} />
      <SubmitButton variant="secondary">{t("relations.survey.sendAgain")}</SubmitButton>
    </ActionForm>
  );
}
