import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentView } from "@/components/compact/document-view";
import { ParticipationMatrix } from "@/components/compact/participation-matrix";
import { StageTimeline } from "@/components/compact/stage-timeline";
import { DecisionRecord } from "@/components/public/decision-record";
import { JoiningsList } from "@/components/public/joinings-list";
import { PublicFollowUp } from "@/components/follow-up/public-follow-up";
import { PrinciplesSnapshotView } from "@/components/public/principles-snapshot";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { docToPlainText, type Doc } from "@/lib/domain/document";
import { buildMatrix } from "@/lib/domain/participation";
import { buildTimeline } from "@/lib/domain/stages";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPublicFollowUp } from "@/lib/server/queries/follow-up";
import { getPublicCompact } from "@/lib/server/queries/public";
import { absoluteUrl, publicMetadata } from "@/lib/server/public-metadata";
import { PrintAddress } from "@/components/layout/print-address";
import { getConsultationReports } from "@/lib/server/queries/comments";
import { ConsultationReportList } from "@/components/comments/consultation-report-list";

type Params = Promise<{ municipality: string; compact: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

const pick = (value: string | string[] | undefined) => (typeof value === "string" && /^[\w-]{1,64}$/.test(value) ? value : undefined);

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const { municipality, compact } = await params;
  const data = await getPublicCompact(municipality, compact, pick((await searchParams).v));
  if (!data) return {};
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const description = data.summary || docToPlainText(data.shown.content as Doc).replace(/\s+/g, " ").trim().slice(0, 200);
  // An earlier version is its own document (it was decided or consulted on as it stands), so it keeps its own address.
  const path = data.shown.id === data.latestId ? data.path : `${data.path}?v=${data.shown.id}`;
  return publicMetadata({ title: data.title, description, path, locale, type: "article", publishedTime: data.shown.publishedAt, siteName: `${t("common.appName")} – ${data.municipality.name}` });
}

/** A published compact, for everyone: the text rendered on the server from the published copy. */
export default async function PublicCompactPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { municipality, compact } = await params;
  const search = await searchParams;
  const data = await getPublicCompact(municipality, compact, pick(search.v));
  if (!data) notFound();
  const shown = data.shown;
  const [t, locale, reports, followUp] = await Promise.all([getT(), getLocale(), getConsultationReports(null, data.compactId, shown.version), getPublicFollowUp(data.compactId)]);
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const timeline = buildTimeline(data.stage, data.timelineEntries);
  const matrix = buildMatrix(data.participation, { includeMobilisation: false });
  const older = shown.id !== data.latestId;
  const query = older ? `?v=${shown.id}` : "";
  const versionsAsc = [...data.versions].reverse();

  return (
    <article className="space-y-8">
      <PageHeader
        title={data.title}
        description={data.summary || undefined}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <a href={`${data.path}/pdf${query}`} className={buttonClass("secondary")} download>
              {t("public.compact.pdf")}
            </a>
            <a href={`${data.path}/docx${query}`} className={buttonClass("secondary")} download>
              {t("public.compact.docx")}
            </a>
          </div>
        }
      />
      <PrintAddress url={absoluteUrl(`${data.path}${query}`)} fingerprint={shown.fingerprint} t={t} />
      <div className="flex flex-wrap items-center gap-2" data-testid="public-status">
        <Link href={`/${data.municipality.slug}`}>{data.municipality.name}</Link>
        <Badge>{t("public.portal.stageBadge", { stage: t(`lifecycle.stage.${data.stage}`) })}</Badge>
        <Badge>{shown.kind === "consultation" ? t("public.portal.consultation") : t("public.portal.decided", { version: shown.version })}</Badge>
      </div>
      {older && (
        <Alert>
          {t("public.compact.olderVersion", { version: shown.version, date: day(shown.publishedAt) })}
          <Link href={data.path}>{t("public.compact.latest")}</Link>
        </Alert>
      )}
      {shown.kind === "consultation" ? (
        <Alert>
          {t("public.compact.consultationNote")}{" "}
          {shown.consultationStartsAt && shown.consultationEndsAt && t("public.compact.consultationDates", { from: day(shown.consultationStartsAt), to: day(shown.consultationEndsAt) })}
        </Alert>
      ) : null}

      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("public.compact.text")}</h2>
        <p className="mb-4 break-all font-mono text-xs text-muted" data-testid="public-fingerprint">
          {t("public.fingerprint")}: {shown.fingerprint}
        </p>
        <DocumentView doc={shown.content} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("public.compact.decision")}</h2>
          <DecisionRecord decisions={data.decisions} t={t} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("public.principles.title")}</h2>
          <PrinciplesSnapshotView snapshot={data.principles} t={t} />
        </Card>
      </div>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("public.joining.title")}</h2>
        <JoiningsList joinings={data.joinings} summary={data.joiningSummary} t={t} fileHref={(id) => `/api/v1/joinings/${id}/evidence`} />
      </Card>

      <PublicFollowUp data={followUp} t={t} />

      <Card>
        <StageTimeline timeline={timeline} checklist={null} locale={locale} t={t} />
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("public.compact.participation")}</h2>
        <ParticipationMatrix matrix={matrix} t={t} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("public.compact.versions")}</h2>
          <ul className="space-y-2 text-sm" data-testid="public-versions">
            {data.versions.map((v) => (
              <li key={v.id}>
                <Link href={v.id === data.latestId ? data.path : `${data.path}?v=${v.id}`}>
                  {t("public.compact.versionLine", { version: v.version, kind: t(`public.kind.${v.kind}`), date: day(v.publishedAt) })}
                </Link>
                <p className="break-all font-mono text-xs text-muted">
                  {t("public.fingerprint")}: {v.fingerprint}
                </p>
              </li>
            ))}
          </ul>
          {versionsAsc.length > 1 && (
            <Link href={`${data.path}/compare?from=${versionsAsc[versionsAsc.length - 2]!.id}&to=${versionsAsc[versionsAsc.length - 1]!.id}`} className="mt-3 inline-block text-sm">
              {t("public.compact.compare")}
            </Link>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("public.compact.consultationReports")}</h2>
          <ConsultationReportList reports={reports} t={t} withPage={false} empty={t("public.compact.noConsultation")} />
        </Card>
      </div>
    </article>
  );
}
