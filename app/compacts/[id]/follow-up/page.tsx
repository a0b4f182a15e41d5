import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { CommitmentItem } from "@/components/follow-up/commitment-item";
import { CommitmentForm } from "@/components/follow-up/commitment-form";
import { FollowUpDashboard } from "@/components/follow-up/dashboard";
import { ActionPlanForm, RemoveCommitmentButton, RhythmForm } from "@/components/follow-up/plan-forms";
import { ProgressForm } from "@/components/follow-up/progress-form";
import { isoDay } from "@/components/follow-up/progress-bar";
import { ProposalList, ReviewView } from "@/components/follow-up/review-view";
import { ReviewSection } from "@/components/follow-up/review-section";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { requireActor } from "@/lib/server/guard";
import { getFollowUpPage } from "@/lib/server/queries/follow-up";
import { addActionPlanAction, addCommitmentAction, postProgressAction, removeCommitmentAction, saveJointReviewAction, saveRhythmAction } from "@/lib/actions/follow-up";

export const metadata: Metadata = { robots: { index: false } };

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireActor(`/compacts/${id}/follow-up`);
  const [t, actor] = await Promise.all([getT(), getActor()]);
  const page = await getFollowUpPage(actor, id).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const today = isoDay(new Date());
  const titles = new Map(page.commitments.map((c) => [c.id, c.title]));
  const currentReview = page.reviews.find((r) => r.versionNumber === page.compact.currentVersion) ?? null;
  const latestReview = page.reviews[0] ?? null;

  return (
    <div className="space-y-8">
      <PageHeader title={t("followUp.pageTitle", { title: page.compact.title })} description={t("followUp.description")} />
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/compacts/${id}`} className="underline">
          {t("followUp.back")}
        </Link>
        <Badge>{t("compactPage.stageBadge", { stage: t(`lifecycle.stage.${page.compact.stage}`) })}</Badge>
        <Badge>{t("compactPage.versionBadge", { number: page.compact.currentVersion })}</Badge>
      </div>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("followUp.dashboard.title")}</h2>
        <FollowUpDashboard commitments={page.commitments} schedule={page.schedule} byParty={page.byParty} byPrinciple={page.byPrinciple} started={page.implementationStartedAt !== null} t={t} />
      </Card>

      {page.proposals.length > 0 && (
        <Card>
          <ProposalList proposals={page.proposals} t={t} />
        </Card>
      )}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("followUp.commitments.title")}</h2>
        {page.commitments.length === 0 ? (
          <EmptyState title={t("followUp.commitments.empty")} description={page.may.manage ? t("followUp.commitmentForm.help") : undefined} />
        ) : (
          <ul className="space-y-3">
            {page.commitments.map((c) => (
              <CommitmentItem key={c.id} commitment={c} t={t} compactId={id}>
                {page.may.postOn.includes(c.id) && <ProgressForm action={postProgressAction} compactId={id} commitmentId={c.id} title={c.title} today={today} />}
                {page.may.manage && c.updates.length === 0 && <RemoveCommitmentButton action={removeCommitmentAction} compactId={id} commitmentId={c.id} title={c.title} />}
              </CommitmentItem>
            ))}
          </ul>
        )}
        {page.may.manage && (
          <details className="mt-4 rounded-md border border-line p-3">
            <summary className="cursor-pointer font-medium">{t("followUp.commitmentForm.title")}</summary>
            <p className="mt-2 text-sm text-muted">{t("followUp.commitmentForm.help")}</p>
            <div className="mt-3">
              <CommitmentForm action={addCommitmentAction} compactId={id} organisations={page.organisations} actionPlans={page.actionPlans} />
            </div>
          </details>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("followUp.actionPlans.title")}</h2>
          {page.actionPlans.length === 0 ? (
            <p className="text-muted">{t("followUp.actionPlans.empty")}</p>
          ) : (
            <ul className="space-y-2">
              {page.actionPlans.map((plan) => (
                <li key={plan.id} className="rounded-md border border-line p-3">
                  <p className="font-medium">{plan.title}</p>
                  <p className="text-sm text-muted">{t("followUp.actionPlans.period", { start: isoDay(plan.startDate), end: isoDay(plan.endDate) })}</p>
                  {plan.priorityAreas.length > 0 && (
                    <>
                      <p className="mt-1 text-sm">{t("followUp.actionPlans.priorities")}</p>
                      <ul className="list-disc pl-5 text-sm">
                        {plan.priorityAreas.map((area) => (
                          <li key={area}>{area}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {page.may.manage && (
            <details className="mt-4 rounded-md border border-line p-3">
              <summary className="cursor-pointer font-medium">{t("followUp.actionPlans.formTitle")}</summary>
              <div className="mt-3">
                <ActionPlanForm action={addActionPlanAction} compactId={id} />
              </div>
            </details>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("followUp.rhythm.title")}</h2>
          <p className="mb-3 text-sm text-muted">{t("followUp.rhythm.description")}</p>
          {page.may.manage ? (
            <RhythmForm action={saveRhythmAction} compactId={id} rhythm={page.rhythm} />
          ) : (
            <ul className="text-sm">
              {(["actionPlanMonths", "commitmentReviewMonths", "principleReviewMonths", "meetingMonths", "staleAfterMonths"] as const).map((key) => (
                <li key={key}>
                  {t(`followUp.rhythm.${key}`)}: {page.rhythm[key]}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card>
        <h2 className="text-lg font-semibold">{t("followUp.review.title")}</h2>
        {page.may.review ? (
          <ReviewSection page={page} review={currentReview} action={saveJointReviewAction} t={t} />
        ) : latestReview ? (
          <ReviewView review={latestReview} titles={titles} t={t} />
        ) : (
          <p className="text-muted">{t("followUp.review.empty")}</p>
        )}
      </Card>
    </div>
  );
}
