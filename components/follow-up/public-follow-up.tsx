import type { Translate } from "@/lib/i18n/core";
import type { PublicFollowUpData } from "@/lib/server/queries/follow-up";
import { HealthMark, PartyBadges, ProgressBar, isoDay } from "./progress-bar";
import { Badge } from "@/components/ui/sector-badge";

/**
 * The public follow-up of a compact, for the public compact page: commitments with progress bars per
 * party, last update date, stale ones marked, and the latest joint review. Renders nothing until the
 * follow-up is public (the compact is being carried out).
 */
export function PublicFollowUp({ data, t }: { data: PublicFollowUpData | null; t: Translate }) {
  if (!data) return null;
  return (
    <section aria-labelledby="public-follow-up" className="space-y-4" data-testid="public-follow-up">
      <h2 id="public-follow-up" className="text-lg font-semibold">
        {t("followUp.public.title")}
      </h2>
      <ul className="grid gap-3 md:grid-cols-3">
        {data.byParty.map((row) => (
          <li key={row.key} className="rounded-md border border-line p-3">
            <PartyBadges party={row.key as "municipality" | "civil" | "joint"} t={t} />
            <div className="mt-2">
              <ProgressBar percent={row.averagePercent} label={t("followUp.commitments.progressLabel", { percent: row.averagePercent })} />
            </div>
          </li>
        ))}
      </ul>
      {data.commitments.length === 0 ? (
        <p className="text-muted">{t("followUp.public.noCommitments")}</p>
      ) : (
        <ul className="space-y-3">
          {data.commitments.map((c) => (
            <li key={c.id} className="rounded-md border border-line p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">{c.title}</h3>
                <div className="flex flex-wrap items-center gap-2">
                  <PartyBadges party={c.party} t={t} />
                  <Badge>{t(`followUp.status.${c.status}`)}</Badge>
                  <HealthMark health={c.stale ? "stale" : c.overdue ? "overdue" : "ok"} t={t} />
                </div>
              </div>
              <p className="text-sm text-muted">{t("followUp.commitments.owner", { name: c.owner })}</p>
              <div className="mt-2">
                <ProgressBar percent={c.percent} label={t("followUp.commitments.progressLabel", { percent: c.percent })} />
              </div>
              <p className="mt-1 text-sm">{c.lastUpdateAt ? t("followUp.commitments.lastUpdate", { date: isoDay(c.lastUpdateAt) }) : t("followUp.commitments.noUpdate")}</p>
            </li>
          ))}
        </ul>
      )}
      {data.review && (
        <div>
          <h3 className="font-semibold">{t("followUp.review.title")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {data.review.commitments.map((c, i) => (
              <li key={i}>
                <span className="font-medium">{c.commitment}</span>: {t(`followUp.outcome.${c.outcome}`)}
                {c.why && <span className="text-muted"> – {c.why}</span>}
              </li>
            ))}
            {data.review.principles
              .filter((p) => p.stillRight !== null || p.change)
              .map((p) => (
                <li key={p.principle}>
                  <span className="font-medium">{t(`principles.name.${p.principle}`)}</span>
                  {p.stillRight !== null && <>: {t(p.stillRight ? "followUp.review.stillRightYes" : "followUp.review.stillRightNo")}</>}
                  {p.change && <span className="text-muted"> – {p.change}</span>}
                </li>
              ))}
          </ul>
          {data.review.participantsSaid && <p className="mt-2 whitespace-pre-line text-sm">{data.review.participantsSaid}</p>}
        </div>
      )}
    </section>
  );
}
