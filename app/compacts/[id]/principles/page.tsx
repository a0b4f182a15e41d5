import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { SectorBadge } from "@/components/ui/sector-badge";
import { GateStatusPanel } from "@/components/principles/gate-status";
import { PrinciplesChart } from "@/components/principles/principles-chart";
import { PrinciplesTable } from "@/components/principles/principles-table";
import { isAppError } from "@/lib/domain/errors";
import { chartRows, compareAssessments } from "@/lib/domain/principles/assessment";
import { findingsOf } from "@/lib/domain/principles/check";
import { PRINCIPLES } from "@/lib/domain/principles/rules";
import { getLocale, getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { requireActor } from "@/lib/server/guard";
import { getPrincipleCheckPage } from "@/lib/server/queries/principles";
import { OverrideForm } from "./forms";
import { PrincipleSection } from "./principle-section";

export const metadata: Metadata = { robots: { index: false } };

export default async function PrinciplesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireActor(`/compacts/${id}/principles`);
  const [t, locale, actor] = await Promise.all([getT(), getLocale(), getActor()]);
  const page = await getPrincipleCheckPage(actor, id).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long", timeZone: "Europe/Stockholm" });
  const comparison = compareAssessments(page.current);
  const rows = chartRows(page.current, page.previous);
  const showOverrides = page.gate.blocking > 0 || page.overrides.length > 0;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("principles.page.title")}
        description={`${page.title} · ${t("principles.page.description", { version: page.currentVersion })}`}
        actions={
          <LinkButton href={`/compacts/${page.id}`} variant="secondary">
            {t("principles.page.back")}
          </LinkButton>
        }
      />
      {page.frozenAt && <p className="text-sm text-muted">{t("principles.page.frozen", { date: date.format(page.frozenAt), version: page.currentVersion })}</p>}
      <GateStatusPanel gate={page.gate} t={t} />

      {showOverrides && (
        <Card>
          <section aria-labelledby="override-title" className="space-y-3" data-testid="principles-overrides">
            <h2 id="override-title" className="text-lg font-semibold">{t("principles.override.title")}</h2>
            <p className="text-sm text-muted">{t("principles.override.description")}</p>
            {page.overrides.length === 0 ? (
              <p className="text-sm">{t("principles.override.none")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {page.overrides.map((o) => (
                  <li key={o.sector} className="rounded-md border border-line p-3">
                    <SectorBadge sector={o.sector} label={t(`common.sectors.${o.sector}`)} /> <span>{o.motivation}</span>
                    {o.userName && <span className="block text-xs text-muted">{t("principles.override.by", { name: o.userName })}</span>}
                  </li>
                ))}
              </ul>
            )}
            {page.may.override && <OverrideForm compactId={page.id} version={page.currentVersion} sector={page.viewerSector} />}
          </section>
        </Card>
      )}

      <Card>
        <section aria-labelledby="chart-title" className="space-y-3">
          <h2 id="chart-title" className="text-lg font-semibold">{t("principles.chart.title")}</h2>
          <p className="text-sm text-muted">{t("principles.chart.description")}</p>
          <PrinciplesChart rows={rows} currentVersion={page.currentVersion} previousVersion={page.previousVersion} />
          <details>
            <summary className="cursor-pointer font-medium">{t("principles.chart.showTable")}</summary>
            <div className="mt-3">
              <PrinciplesTable rows={rows} currentVersion={page.currentVersion} previousVersion={page.previousVersion} t={t} />
            </div>
          </details>
        </section>
      </Card>

      {PRINCIPLES.map((principle, index) => (
        <PrincipleSection
          key={principle}
          compactId={page.id}
          version={page.currentVersion}
          principle={principle}
          findings={findingsOf(page.findings, principle)}
          scores={comparison[index]!}
          assessAs={page.may.assess ? page.viewerSector : null}
          t={t}
        />
      ))}
    </div>
  );
}
