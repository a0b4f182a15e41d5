import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { CompactTextSection } from "@/components/editor/compact-text-section";
import { ParticipationMatrix } from "@/components/compact/participation-matrix";
import { StageTimeline } from "@/components/compact/stage-timeline";
import { isAppError } from "@/lib/domain/errors";
import { availableTransitions, checklist } from "@/lib/domain/lifecycle";
import { buildMatrix } from "@/lib/domain/participation";
import { buildTimeline, participationLevels } from "@/lib/domain/stages";
import { getLocale, getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { requireActor } from "@/lib/server/guard";
import { getCompactPageParts } from "@/lib/server/queries/compact-page";
import { collabPublicUrl } from "@/lib/server/collab-client";
import { AgendaForm } from "./agenda-form";
import { ParticipationForm, SummaryForm } from "./compact-forms";
import { ApprovalForm } from "./decision/forms";
import { DraftingGroup } from "./drafting-group";
import { CompactHistory } from "./compact-history";
import { StageActions } from "./stage-actions";
import { AgendaEvidence } from "@/components/relations/agenda-evidence";
import { PrinciplesSummary } from "@/components/principles/principles-summary";
import { FollowUpCard } from "@/components/follow-up/follow-up-card";
import { CommentsOverview } from "@/components/comments/comments-overview";

export const metadata: Metadata = { robots: { index: false } };

export default async function CompactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireActor(`/compacts/${id}`);
  const [t, locale, actor] = await Promise.all([getT(), getLocale(), getActor()]);
  const { page, text, comments, principles, evidence, followUp } = await getCompactPageParts(actor, id).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const timeline = buildTimeline(page.stage, page.timelineEntries);
  const transitions = availableTransitions(page.state, actor);
  const levels = participationLevels({ includeMobilisation: false });
  const matrix = buildMatrix(page.participation, { includeMobilisation: false });
  const agenda = page.agenda;

  return (
    <div className="space-y-8">
      <PageHeader title={page.title} description={page.summary || undefined} />
      <div className="flex flex-wrap gap-2" data-testid="compact-status">
        <Badge>{t("compactPage.stageBadge", { stage: t(`lifecycle.stage.${page.stage}`) })}</Badge>
        <Badge>{t("compactPage.versionBadge", { number: page.currentVersion })}</Badge>
      </div>

      <Card>
        <StageTimeline timeline={timeline} checklist={checklist(page.state)} locale={locale} t={t} />
        <div className="mt-6 border-t border-line pt-4">
          <h2 className="mb-3 text-base font-semibold">{t("compactPage.moveOn")}</h2>
          <StageActions compactId={page.id} revision={page.revision} transitions={transitions} mayMarkReady={page.may.markReady} />
        </div>
      </Card>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("compactPage.text.title")}</h2>
            <CompactTextSection
              compactId={page.id}
              versionNumber={text.versionNumber}
              initialContent={text.content}
              canEdit={text.access === "edit"}
              user={text.user}
              collabUrl={collabPublicUrl()}
              comments={comments}
            />
            {text.access === "read" && <p className="mt-4 text-sm text-muted">{t("compactPage.text.readOnly")}</p>}
          </Card>

          <CommentsOverview data={comments} t={t} locale={locale} />

          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("compactPage.agenda.title")}</h2>
            {page.may.editAgenda ? (
              <AgendaForm compactId={page.id} agenda={agenda} />
            ) : agenda ? (
              <dl className="space-y-3">
                <div>
                  <dt className="font-medium">{t("compactPage.agenda.why")}</dt>
                  <dd className="text-muted">{agenda.why}</dd>
                </div>
                {(["issues", "invited"] as const).map((key) => (
                  <div key={key}>
                    <dt className="font-medium">{t(`compactPage.agenda.${key}`)}</dt>
                    <dd>
                      <ul className="list-disc pl-5 text-muted">
                        {agenda[key].map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="text-muted">{t("compactPage.agenda.empty")}</p>
            )}
            <AgendaEvidence compactId={page.id} evidence={evidence.evidence} mayAttach={evidence.mayAttach} hasEstimate={evidence.hasEstimate} t={t} />
          </Card>

          {(page.stage === "implementation" || page.stage === "review") && (
            <Card>
              <h2 className="text-lg font-semibold">{t("compactPage.summary.title")}</h2>
              <p className="mb-3 text-sm text-muted">{t("compactPage.summary.description")}</p>
              {page.may.writeSummary ? <SummaryForm compactId={page.id} text={page.stageSummary} /> : <p>{page.stageSummary ?? "—"}</p>}
            </Card>
          )}

          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("compactPage.decision.title")}</h2>
            <p className="mb-3 text-sm">
              <Link href={`/compacts/${page.id}/decision`}>{t("public.basis.link")}</Link>
            </p>
            {page.decisions.length === 0 ? (
              <p className="text-muted">{t("compactPage.decision.none")}</p>
            ) : (
              <ul className="space-y-2" data-testid="decisions">
                {page.decisions.map((d) => (
                  <li key={d.id} className="rounded-md border border-line p-3">
                    <p className="font-medium">
                      {t("compactPage.decision.line", {
                        outcome: t(`compactPage.decision.${d.outcome}`),
                        body: d.body,
                        date: d.meetingDate.toISOString().slice(0, 10),
                        caseNumber: d.caseNumber,
                        version: d.version,
                      })}
                    </p>
                    <p className="text-sm text-muted">{d.motivation}</p>
                  </li>
                ))}
              </ul>
            )}
            {page.may.recordDecision && (
              <div className="mt-4 border-t border-line pt-4">
                <h3 className="mb-3 font-semibold">{t("compactPage.decision.record")}</h3>
                <ApprovalForm compactId={page.id} revision={page.revision} individual={page.individualApprovals} />
              </div>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <h2 className="text-lg font-semibold">{t("compactPage.group.title")}</h2>
            <p className="mb-3 text-sm text-muted">{t("compactPage.group.description")}</p>
            <DraftingGroup compactId={page.id} members={page.draftingGroup} others={page.otherOrganisations} mayManage={page.may.manageDraftingGroup} />
          </Card>
          <PrinciplesSummary compactId={page.id} {...principles} t={t} />
          <FollowUpCard summary={followUp} compactId={page.id} t={t} />
          {page.stage === "formulation" && (
            <Card>
              <h2 className="text-lg font-semibold">{t("compactPage.readiness.title")}</h2>
              <p className="mb-3 text-sm text-muted">{t("compactPage.readiness.description")}</p>
              <ul className="space-y-1 text-sm" data-testid="readiness">
                {(["public", "civil"] as const).map((sector) => {
                  const mark = page.readiness.find((r) => r.sector === sector);
                  const label = t(`common.sectors.${sector}`);
                  return <li key={sector}>{mark ? t("compactPage.readiness.markedBy", { sector: label, name: mark.userName }) : t("compactPage.readiness.notMarked", { sector: label })}</li>;
                })}
              </ul>
            </Card>
          )}
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("compactPage.history.versions")}</h2>
            <ul className="space-y-2 text-sm">
              {page.versions.map((v) => (
                <li key={v.number}>
                  <span className="font-medium">{t("compactPage.history.version", { number: v.number })}</span>{" "}
                  {v.number === page.currentVersion ? <Badge>{t("compactPage.history.current")}</Badge> : <Badge>{t("compactPage.frozen")}</Badge>}
                  {v.fingerprint && (
                    <p className="break-all font-mono text-xs text-muted">
                      {t("compactPage.history.fingerprint")}: {v.fingerprint}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            {page.versions.length > 1 && (
              <Link href={`/compacts/${page.id}/compare?from=${page.currentVersion - 1}&to=${page.currentVersion}`} className="mt-3 inline-block text-sm">
                {t("compactPage.history.compare")}
              </Link>
            )}
          </Card>
        </div>
      </div>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("compactPage.participation.title")}</h2>
        <ParticipationMatrix matrix={matrix} t={t} />
        {page.may.recordParticipation && (
          <details className="mt-4 rounded-md border border-line p-3">
            <summary className="cursor-pointer font-medium">{t("compactPage.participation.record")}</summary>
            <div className="mt-3">
              <ParticipationForm compactId={page.id} stage={page.stage} levels={levels} />
            </div>
          </details>
        )}
      </Card>

      <CompactHistory page={page} locale={locale} t={t} />
    </div>
  );
}
