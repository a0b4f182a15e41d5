"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { REVIEW_OUTCOMES } from "@/lib/domain/follow-up";
import { PRINCIPLES } from "@/lib/domain/principles/rules";
import { useT } from "@/lib/i18n/client";
import type { FormAction } from "@/components/ui/action-form";

export type ReviewCommitment = { id: string; title: string; status: string; percent: number; history: string[]; outcome: string; why: string };
export type ReviewPrinciple = { principle: string; stillRight: boolean | null; change: string };

/**
 * The joint review: per commitment a verdict and why (pre-filled with what was reported), per
 * principle whether it is still right and what to change, what participants said, and proposals.
 */
export function JointReviewForm({
  action,
  compactId,
  commitments,
  principles,
  participantsSaid,
  proposals,
}: {
  action: FormAction;
  compactId: string;
  commitments: ReviewCommitment[];
  principles: ReviewPrinciple[];
  participantsSaid: string;
  proposals: string;
}) {
  const t = useT();
  const principleRow = (p: string) => principles.find((r) => r.principle === p);
  return (
    <ActionForm action={action} successMessage={t("followUp.review.saved")} className="space-y-6" aria-label={t("followUp.review.title")}>
      <input type="hidden" name="compactId" value={compactId} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("followUp.review.commitmentsTitle")}</legend>
        {commitments.map((c) => (
          <div key={c.id} className="rounded-md border border-line p-3">
            <p className="font-medium">{c.title}</p>
            {c.history.length > 0 && (
              <div className="mt-1 text-sm text-muted">
                <p>{t("followUp.review.historyTitle")}</p>
                <ul className="list-disc pl-5">
                  {c.history.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              <SelectField
                label={`${t("followUp.review.outcome")}: ${c.title}`}
                name={`outcome__${c.id}`}
                defaultValue={c.outcome}
                options={[{ value: "", label: t("followUp.review.notAssessed") }, ...REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`followUp.outcome.${o}`) }))]}
              />
              <TextAreaField label={`${t("followUp.review.why")} ${c.title}`} name={`why__${c.id}`} defaultValue={c.why} rows={2} />
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("followUp.review.principlesTitle")}</legend>
        {PRINCIPLES.map((p) => {
          const row = principleRow(p);
          return (
            <div key={p} className="grid gap-3 rounded-md border border-line p-3 md:grid-cols-2">
              <SelectField
                label={`${t(`principles.name.${p}`)}: ${t("followUp.review.stillRight")}`}
                name={`stillRight__${p}`}
                defaultValue={row?.stillRight === true ? "yes" : row?.stillRight === false ? "no" : ""}
                options={[
                  { value: "", label: t("followUp.review.unsure") },
                  { value: "yes", label: t("followUp.review.yes") },
                  { value: "no", label: t("followUp.review.no") },
                ]}
              />
              <TextAreaField label={`${t(`principles.name.${p}`)}: ${t("followUp.review.change")}`} name={`change__${p}`} defaultValue={row?.change ?? ""} rows={2} />
            </div>
          );
        })}
      </fieldset>
      <TextAreaField label={t("followUp.review.participantsSaid")} name="participantsSaid" defaultValue={participantsSaid} rows={4} />
      <TextAreaField label={t("followUp.review.proposals")} name="proposals" defaultValue={proposals} rows={4} />
      <SubmitButton>{t("followUp.review.submit")}</SubmitButton>
    </ActionForm>
  );
}
