"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";
import type { EvidenceKind } from "@/lib/validation/relations";


/** One button that attaches (or refreshes) a snapshot of one kind to the agenda statement. */
export function AttachEvidenceForm({ action, compactId, kind, label }: { action: FormAction; compactId: string; kind: EvidenceKind; label: string }) {
  const t = useT();
  return (
    <ActionForm action={action} successMessage={t("relations.evidence.attached")} className="space-y-2">
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="kind" value={kind} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </ActionForm>
  );
}
