import type { Metadata } from "next";
import Link from "next/link";
import { ConsultationReportList } from "@/components/comments/consultation-report-list";
import { notFound } from "next/navigation";
import { DocumentView } from "@/components/compact/document-view";
import { ParticipationMatrix } from "@/components/compact/participation-matrix";
import { DecisionRecord } from "@/components/public/decision-record";
import { PrinciplesSnapshotView } from "@/components/public/principles-snapshot";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge, SectorBadge } from "@/components/ui/sector-badge";
import { isAppError } from "@/lib/domain/errors";
import { buildMatrix } from "@/lib/domain/participation";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { requireActor } from "@/lib/server/guard";
import { getDecisionBasis } from "@/lib/server/queries/public-decision-basis";
import { absoluteUrl } from "@/lib/server/public-metadata";
import { PrintAddress } from "@/components/layout/print-address";
import { ApprovalForm, ConfirmJoiningForm, JoiningForm, PublishConsultationForm } from "./forms";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The decision basis, for politicians at the decision stage (and readable by everyone who may see the
 * draft), with the decision itself; below it, publication and joinings for officials and associations.
 */
export default async function DecisionBasisPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireActor(`/compacts/${id}/decision`);
  const [t, actor] = await Promise.all([getT(), getActor()]);
  const basis = await getDecisionBasis(actor, id).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const { page, rule, tally } = basis;
  const individual = rule.mode === "approvals";
  const matrix = buildMatrix(page.participation, { includeMobilisation: false });
  const approvedDecisions = page.decisions.filter((d) => d.outcome === "approved");

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("public.basis.title", { title: page.title })}
        description={t("public.basis.description")}
        actions={
          <LinkButton href={`/compacts/${id}`} variant="secondary">
            {t("public.basis.backToCompact")}
          </LinkButton>
        }
      />
      <PrintAddress url={absoluteUrl(`/compacts/${id}/decision`)} fingerprint={basis.fingerprint} t={t} />
      <div className="flex flex-wrap gap-2">
        <Badge>{t("compactPage.stageBadge", { stage: t(`lifecycle.stage.${page.stage}`) })}</Badge>
        <Badge>{t("compactPage.versionBadge", { number: page.currentVersion })}</Badge>
        {basis.publicPath && (
          <Link href={basis.publicPath} className="text-sm">
            {t("public.basis.publicPage")}
          </Link>
        )}
      </div>
      {page.stage !== "decision" && <Alert>{t("public.basis.notAtDecision")}</Alert>}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("public.basis.decisionTitle")}</h2>
        <p className="mb-3 text-sm text-muted" data-testid="decision-rule">
          {individual ? t("public.basis.ruleApprovals", { required: rule.approvalsRequired }) : t("public.basis.ruleSingle")}
        </p>
        {individual && (
          <div className="mb-4 space-y-2">
            <p className="font-medium" data-testid="approval-tally">
              {t("public.basis.tally", { approvals: tally.approvals, required: tally.required })}
            </p>
            {basis.approvals.length > 0 && (
              <ul className="space-y-1 text-sm">
                {basis.approvals.map((a) => (
                  <li key={a.id}>
                    {t(a.outcome === "approved" ? "public.basis.approvedBy" : "public.basis.rejectedBy", { name: a.name, date: a.createdAt.toISOString().slice(0, 10) })}
                    {!a.current && ` ${t("public.basis.otherText")}`}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <DecisionRecord decisions={approvedDecisions} t={t} />
        {page.may.recordDecision && !basis.alreadyApproved && (
          <div className="mt-4 border-t border-line pt-4 print:hidden">
            <h3 className="mb-3 font-semibold">{t(individual ? "public.decision.recordApproval" : "compactPage.decision.record")}</h3>
            <ApprovalForm compactId={page.id} revision={page.revision} individual={individual} />
          </div>
        )}
        {basis.alreadyApproved && page.stage === "decision" && <p className="mt-3 text-sm text-muted">{t("public.basis.youApproved")}</p>}
      </Card>

      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("public.basis.textTitle", { number: page.currentVersion })}</h2>
        <p className="mb-3 break-all font-mono text-xs text-muted" data-testid="basis-fingerprint">
          {t("public.fingerprint")}: {basis.fingerprint}
        </p>
        <DocumentView doc={page.content} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("public.principles.title")}</h2>
          <PrinciplesSnapshotView snapshot={basis.principles} t={t} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("compactPage.group.title")}</h2>
          {page.draftingGroup.length === 0 ? (
            <p className="text-muted">{t("public.basis.noGroup")}</p>
          ) : (
            <ul className="space-y-1">
              {page.draftingGroup.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-2">
                  <span>{m.name}</span>
                  <SectorBadge sector={m.sector} label={t(`common.sectors.${m.sector}`)} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("public.basis.consultationTitle")}</h2>
        <ConsultationReportList reports={basis.consultationReports} t={t} withPage empty={t("public.basis.noConsultation")} />
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("compactPage.participation.title")}</h2>
        <ParticipationMatrix matrix={matrix} t={t} />
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("public.manage.title")}</h2>
        {basis.publications.length === 0 ? (
          <p className="text-muted">{t("public.manage.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="publications">
            {basis.publications.map((p) => (
              <li key={p.id}>
                {t(p.kind === "consultation" ? "public.manage.lineConsultation" : "public.manage.lineDecided", { version: p.versionNumber, date: p.publishedAt.toISOString().slice(0, 10) })}
              </li>
            ))}
          </ul>
        )}
        {basis.may.publish && (
          <div className="mt-4 border-t border-line pt-4 print:hidden">
            <h3 className="mb-1 font-semibold">{t("public.manage.consultationTitle")}</h3>
            <p className="mb-3 text-sm text-muted">{t("public.manage.consultationHint")}</p>
            <PublishConsultationForm compactId={page.id} />
          </div>
        )}
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("public.joining.title")}</h2>
        {!basis.adopted && <p className="text-muted">{t("public.joining.notYet")}</p>}
        {basis.joinings.length > 0 && (
          <ul className="mb-4 space-y-2 text-sm" data-testid="member-joinings">
            {basis.joinings.map((j) => (
              <li key={j.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{j.organisation}</span>
                <span>{j.joinedOn.toISOString().slice(0, 10)}</span>
                <Badge>{t(`public.joining.status.${j.status}`)}</Badge>
                <span className="text-muted">{j.evidence}</span>
                {j.status === "pending" && basis.may.registerJoining && <ConfirmJoiningForm compactId={page.id} joiningId={j.id} name={j.organisation} />}
              </li>
            ))}
          </ul>
        )}
        {basis.may.registerJoining && (
          <div className="border-t border-line pt-4 print:hidden">
            <h3 className="mb-3 font-semibold">{t("public.joining.registerTitle")}</h3>
            <JoiningForm
              compactId={page.id}
              mode="register"
              organisations={basis.organisations.map((o) => ({ id: o.id, label: `${o.name} (${t(`common.sectors.${o.sector}`)})` }))}
            />
          </div>
        )}
        {basis.may.applyToJoin && actor && (
          <div className="border-t border-line pt-4 print:hidden">
            <h3 className="mb-3 font-semibold">{t("public.joining.applyTitle")}</h3>
            <JoiningForm
              compactId={page.id}
              mode="apply"
              organisations={basis.organisations.filter((o) => o.id === actor.organisationId).map((o) => ({ id: o.id, label: o.name }))}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
