import type { Translate } from "@/lib/i18n/core";
import type { JointReviewView, ProposalView } from "@/lib/server/queries/follow-up";
import { isoDay } from "./progress-bar";

/** A saved joint review, read-only. `titles` maps commitment ids to their titles. */
export function ReviewView({ review, titles, t }: { review: JointReviewView; titles: Map<string, string>; t: Translate }) {
  const principles = review.principles.filter((p) => p.stillRight !== null || p.change);
  return (
    <div className="space-y-4" data-testid="joint-review">
      <p className="text-sm text-muted">{t("followUp.review.written", { date: isoDay(review.updatedAt) })}</p>
      {review.commitments.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("followUp.review.commitmentsTitle")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {review.commitments.map((c) => (
              <li key={c.commitmentId}>
                <span className="font-medium">{titles.get(c.commitmentId) ?? ""}</span>: {t(`followUp.outcome.${c.outcome}`)}
                {c.why && <span className="text-muted"> – {c.why}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {principles.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("followUp.review.principlesTitle")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {principles.map((p) => (
              <li key={p.principle}>
                <span className="font-medium">{t(`principles.name.${p.principle}`)}</span>
                {p.stillRight !== null && <>: {t(p.stillRight ? "followUp.review.stillRightYes" : "followUp.review.stillRightNo")}</>}
                {p.change && <span className="text-muted"> – {p.change}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {review.participantsSaid && (
        <div>
          <h3 className="font-semibold">{t("followUp.review.participantsSaid")}</h3>
          <p className="whitespace-pre-line text-sm">{review.participantsSaid}</p>
        </div>
      )}
    </div>
  );
}

/** The proposals from the review of the previous version, for the version being written now. */
export function ProposalList({ proposals, t }: { proposals: ProposalView[]; t: Translate }) {
  if (proposals.length === 0) return null;
  const first = proposals[0]!;
  return (
    <div data-testid="review-proposals">
      <h3 className="font-semibold">{t("followUp.card.proposalsTitle")}</h3>
      <p className="text-sm text-muted">{t("followUp.card.proposalsIntro", { from: first.fromVersion, to: first.versionNumber })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {proposals.map((p) => (
          <li key={p.id}>
            <span className="font-medium">
              {t(`followUp.source.${p.source}`)}
              {p.subject ? ` (${p.source === "principle" ? t(`principles.name.${p.subject}`) : p.subject})` : ""}:
            </span>{" "}
            {p.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
