import type { ReactNode } from "react";
import { Badge } from "@/components/ui/sector-badge";
import type { Translate } from "@/lib/i18n/core";
import type { CommitmentView } from "@/lib/server/queries/follow-up";
import { HealthMark, PartyBadges, ProgressBar, isoDay } from "./progress-bar";

/** One commitment: what, who, when, how it is followed up, progress, last update, and its reports. */
export function CommitmentItem({ commitment: c, t, compactId, children }: { commitment: CommitmentView; t: Translate; compactId: string; children?: ReactNode }) {
  return (
    <li className="rounded-md border border-line p-4" data-testid="commitment" aria-labelledby={`commitment-${c.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`commitment-${c.id}`} className="font-semibold">
          {c.title}
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          <PartyBadges party={c.party} t={t} />
          <Badge>{t(`followUp.status.${c.status}`)}</Badge>
          <HealthMark health={c.health} t={t} />
        </div>
      </div>
      {c.description && <p className="mt-1 text-sm text-muted">{c.description}</p>}
      <ul className="mt-2 space-y-0.5 text-sm text-muted">
        <li>{t("followUp.commitments.owner", { name: c.owner.name })}</li>
        {c.partner && <li>{t("followUp.commitments.partner", { name: c.partner.name })}</li>}
        <li>{t("followUp.commitments.contact", { role: c.contactRole })}</li>
        {c.dueDate && <li>{t("followUp.commitments.due", { date: isoDay(c.dueDate) })}</li>}
        {c.recurrence && <li>{t("followUp.commitments.recurs", { recurrence: t(`followUp.recurrence.${c.recurrence}`) })}</li>}
        <li>
          {c.followUpKind === "indicator"
            ? t("followUp.commitments.indicator", { indicator: c.indicator, target: c.target })
            : t("followUp.commitments.deliverable", { deliverable: c.deliverable })}
        </li>
        {c.principles.length > 0 && <li>{t("followUp.commitments.principles", { list: c.principles.map((p) => t(`principles.name.${p}`)).join(", ") })}</li>}
        {c.actionPlanTitle && <li>{t("followUp.commitments.plan", { title: c.actionPlanTitle })}</li>}
        <li>{t("followUp.commitments.addedIn", { number: c.versionNumber })}</li>
      </ul>
      <div className="mt-3">
        <ProgressBar percent={c.percent} label={t("followUp.commitments.progressLabel", { percent: c.percent })} />
        <p className="mt-1 text-sm" data-testid="last-update">
          {c.lastUpdateAt ? t("followUp.commitments.lastUpdate", { date: isoDay(c.lastUpdateAt) }) : t("followUp.commitments.noUpdate")}
        </p>
        {c.awaitingParty && <p className="text-sm">{t("followUp.commitments.awaiting", { party: t(`common.sectors.${c.awaitingParty}`) })}</p>}
      </div>
      {c.updates.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">{t("followUp.commitments.history", { count: c.updates.length })}</summary>
          <ol className="mt-2 space-y-2 text-sm">
            {[...c.updates].reverse().map((u) => (
              <li key={u.id} className="border-l-2 border-line pl-3">
                <p className="font-medium">
                  {t("followUp.commitments.updateLine", {
                    date: isoDay(u.date),
                    status: t(`followUp.status.${u.status}`),
                    percent: u.percent,
                    organisation: u.organisationName,
                    sector: t(`common.sectors.${u.sector}`),
                  })}
                </p>
                <p className="whitespace-pre-line text-muted">{u.text}</p>
                {u.evidenceUrl && (
                  <a href={u.evidenceUrl} rel="noopener noreferrer nofollow" className="underline">
                    {t("followUp.commitments.evidenceLink")}
                  </a>
                )}
                {u.evidenceFile && (
                  <a href={`/compacts/${compactId}/follow-up/evidence/${u.evidenceFile.id}`} className="block underline">
                    {t("followUp.commitments.evidenceFile", { name: u.evidenceFile.fileName })}
                  </a>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
      {children}
    </li>
  );
}
