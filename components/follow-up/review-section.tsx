import type { Translate } from "@/lib/i18n/core";
import type { FollowUpPage, JointReviewView } from "@/lib/server/queries/follow-up";
import { isoDay } from "./progress-bar";
import { JointReviewForm } from "./review-form";
import type { FormAction } from "@/components/ui/action-form";

/**
 * The review stage: the participation record, the comment figures of the version, and the review
 * form, pre-filled with each commitment's progress history (and with the saved review, once there is one).
 */
export function ReviewSection({ page, review, action, t }: { page: FollowUpPage; review: JointReviewView | null; action: FormAction; t: Translate }) {
  const verdicts = new Map(review?.commitments.map((c) => [c.commitmentId, c]) ?? []);
  const commitments = page.commitments.map((c) => {
    const history = c.updates.map((u) =>
      t("followUp.commitments.updateLine", {
        date: isoDay(u.date),
        status: t(`followUp.status.${u.status}`),
        percent: u.percent,
        organisation: u.organisationName,
        sector: t(`common.sectors.${u.sector}`),
      }) + (u.text ? ` – ${u.text}` : ""),
    );
    const latest = c.updates.at(-1);
    return {
      id: c.id,
      title: c.title,
      status: c.status,
      percent: c.percent,
      history,
      outcome: verdicts.get(c.id)?.outcome ?? "",
      why: verdicts.get(c.id)?.why ?? (latest ? `${isoDay(latest.date)}: ${latest.text}` : ""),
    };
  });
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("followUp.review.description")}</p>
      <div>
        <h3 className="font-semibold">{t("followUp.review.participationTitle")}</h3>
        {page.participation.length === 0 ? (
          <p className="text-sm text-muted">{t("followUp.review.participationNone")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {page.participation.map((p) => (
              <li key={p.id}>
                {t("followUp.review.participationLine", { stage: t(`lifecycle.stage.${p.stage}`), level: t(`lifecycle.level.${p.level}`), civil: p.civilCount, public: p.publicCount })}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-sm" data-testid="review-comment-figures">
          {t("followUp.review.commentFigures", { version: page.compact.currentVersion, ...page.commentFigures })}
        </p>
      </div>
      <JointReviewForm
        action={action}
        compactId={page.compact.id}
        commitments={commitments}
        principles={review?.principles ?? []}
        participantsSaid={review?.participantsSaid ?? ""}
        proposals={review?.proposals.join("\n") ?? ""}
      />
    </div>
  );
}
