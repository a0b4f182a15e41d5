"use client";
import { useState } from "react";
import { reportCommentAction } from "@/lib/actions/reports";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { MAX_REPORT_REASON_LENGTH } from "@/lib/domain/notifications";
import { useT } from "@/lib/i18n/client";

/** "Report": opens a short form for the reason; the administrators see the report on their moderation page. */
export function ReportComment({ compactId, commentId }: { compactId: string; commentId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="ghost" onClick={() => setOpen(true)}>
        {t("moderation.report.button")}
      </Button>
    );
  }
  return (
    <ActionForm action={reportCommentAction} successMessage={t("moderation.report.sent")} aria-label={t("moderation.report.label")} className="w-full space-y-2">
      <input type="hidden" name="compactId" value={compactId} />
      <input type="hidden" name="commentId" value={commentId} />
      <TextAreaField label={t("moderation.report.reason")} hint={t("moderation.report.reasonHint")} name="reason" rows={2} maxLength={MAX_REPORT_REASON_LENGTH + 100} />
      <div className="flex gap-2">
        <SubmitButton>{t("moderation.report.submit")}</SubmitButton>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t("moderation.report.cancel")}
        </Button>
      </div>
    </ActionForm>
  );
}
