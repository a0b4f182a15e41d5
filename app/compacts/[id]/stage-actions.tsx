"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import type { AvailableTransition } from "@/lib/domain/lifecycle";
import { useT } from "@/lib/i18n/client";
import { changeStageAction, markReadyAction } from "@/lib/actions/compacts";

/** The moves this user may make now; a move whose conditions are unmet is shown but disabled. */
export function StageActions({
  compactId,
  revision,
  transitions,
  mayMarkReady,
}: {
  compactId: string;
  revision: number;
  transitions: AvailableTransition[];
  mayMarkReady: boolean;
}) {
  const t = useT();
  if (transitions.length === 0 && !mayMarkReady) return <p className="text-sm text-muted">{t("compactPage.noMoves")}</p>;
  return (
    <div className="flex flex-wrap items-start gap-4">
      {mayMarkReady && (
        <ActionForm action={markReadyAction} successMessage={t("compactPage.readiness.marked")}>
          <input type="hidden" name="compactId" value={compactId} />
          <SubmitButton variant="secondary">{t("compactPage.readiness.mark")}</SubmitButton>
        </ActionForm>
      )}
      {transitions.map((transition) => (
        <ActionForm
          key={transition.kind}
          action={changeStageAction}
          successMessage={t("compactPage.moved")}
          className={transition.needsReason ? "w-full max-w-md space-y-2 rounded-md border border-line p-3" : "space-y-2"}
        >
          <input type="hidden" name="compactId" value={compactId} />
          <input type="hidden" name="kind" value={transition.kind} />
          <input type="hidden" name="expectedRevision" value={revision} />
          {transition.needsReason && <TextAreaField label={t("compactPage.returnReason")} name="reason" rows={2} />}
          <SubmitButton variant={transition.needsReason ? "secondary" : "primary"}>{t(transition.label.key, transition.label.params)}</SubmitButton>
          {!transition.needsReason && transition.unmet.length > 0 && <p className="text-sm text-muted">{t("compactPage.stepBlocked")}</p>}
        </ActionForm>
      ))}
    </div>
  );
}
