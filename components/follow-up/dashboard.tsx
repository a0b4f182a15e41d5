import type { SummaryRow } from "@/lib/domain/follow-up";
import type { ScheduleItem } from "@/lib/domain/follow-up-rhythm";
import type { Translate } from "@/lib/i18n/core";
import type { CommitmentView } from "@/lib/server/queries/follow-up";
import { Badge } from "@/components/ui/sector-badge";
import { HealthMark, PartyBadges, ProgressBar, isoDay } from "./progress-bar";
import { ProgressSummary } from "./summary-table";

/**
 * Where the follow-up stands: stale and overdue commitments, upcoming reviews and meetings, and
 * progress per party and per principle (charts with tables).
 */
export function FollowUpDashboard({
  commitments,
  schedule,
  byParty,
  byPrinciple,
  started,
  t,
}: {
  commitments: CommitmentView[];
  schedule: ScheduleItem[];
  byParty: SummaryRow[];
  byPrinciple: SummaryRow[];
  started: boolean;
  t: Translate;
}) {
  const attention = commitments.filter((c) => c.health === "stale" || c.health === "overdue");
  return (
    <div className="space-y-6">
      {!started && <p className="text-muted">{t("followUp.dashboard.notStarted")}</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="mb-2 font-semibold">{t("followUp.dashboard.stale")}</h3>
          {attention.length === 0 ? (
            <p className="text-sm text-muted">{t("followUp.dashboard.noStale")}</p>
          ) : (
            <ul className="space-y-2" data-testid="stale-commitments">
              {attention.map((c) => (
                <li key={c.id} className="rounded-md border border-line p-2 text-sm">
                  <p className="font-medium">{c.title}</p>
                  <div className="mt-1 flex flex-wrap items-center gap-2">
                    <HealthMark health={c.health} t={t} />
                    <PartyBadges party={c.party} t={t} />
                  </div>
                  <p className="mt-1 text-muted">{c.lastUpdateAt ? t("followUp.commitments.lastUpdate", { date: isoDay(c.lastUpdateAt) }) : t("followUp.commitments.noUpdate")}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="mb-2 font-semibold">{t("followUp.dashboard.schedule")}</h3>
          <ul className="space-y-1 text-sm" data-testid="schedule">
            {schedule.map((item) => (
              <li key={item.kind} className="flex flex-wrap items-center gap-2">
                <span>{t("followUp.dashboard.scheduleLine", { kind: t(`followUp.rhythmKind.${item.kind}`), date: isoDay(item.dueAt) })}</span>
                <Badge>{t(`followUp.dueState.${item.state}`)}</Badge>
                {item.lastDoneAt && <span className="text-muted">({t("followUp.dashboard.scheduleLast", { date: isoDay(item.lastDoneAt) })})</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">{t("followUp.dashboard.byParty")}</h3>
        <ul className="grid gap-3 md:grid-cols-3" data-testid="party-progress">
          {byParty.map((row) => (
            <li key={row.key} className="rounded-md border border-line p-3">
              <PartyBadges party={row.key as CommitmentView["party"]} t={t} />
              <div className="mt-2">
                <ProgressBar percent={row.averagePercent} label={t("followUp.commitments.progressLabel", { percent: row.averagePercent })} />
              </div>
            </li>
          ))}
        </ul>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <ProgressSummary title={t("followUp.dashboard.byParty")} rows={byParty} label={(k) => t(`followUp.partyShort.${k}`)} t={t} testId="by-party" />
        {byPrinciple.length > 0 ? (
          <ProgressSummary title={t("followUp.dashboard.byPrinciple")} rows={byPrinciple} label={(k) => t(`principles.name.${k}`)} t={t} testId="by-principle" />
        ) : (
          <div>
            <h3 className="mb-2 font-semibold">{t("followUp.dashboard.byPrinciple")}</h3>
            <p className="text-sm text-muted">{t("followUp.dashboard.noPrinciples")}</p>
          </div>
        )}
      </div>
    </div>
  );
}
