import type { Translate } from "@/lib/i18n/core";
import { SectorBadge } from "@/components/ui/sector-badge";
import type { CommitmentParty } from "@/lib/domain/follow-up";

/** Progress in words and as a bar; the bar is decoration, the text carries the figure. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm">{label}</p>
      <div aria-hidden="true" className="h-2.5 w-full overflow-hidden rounded-full bg-surface ring-1 ring-line">
        <div className="h-full rounded-full bg-[#1f4e79]" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </div>
    </div>
  );
}

/** The party of a commitment as sector badges (text and colour; joint shows both sectors). */
export function PartyBadges({ party, t }: { party: CommitmentParty; t: Translate }) {
  if (party === "joint") {
    return (
      <span className="inline-flex flex-wrap items-center gap-1">
        <span className="text-sm font-medium">{t("followUp.partyShort.joint")}:</span>
        <SectorBadge sector="public" label={t("common.sectors.public")} />
        <SectorBadge sector="civil" label={t("common.sectors.civil")} />
      </span>
    );
  }
  return <SectorBadge sector={party === "municipality" ? "public" : "civil"} label={t(`followUp.party.${party}`)} />;
}

/** Stale and overdue are marked with a symbol and words, not colour alone. */
export function HealthMark({ health, t }: { health: string; t: Translate }) {
  if (health !== "stale" && health !== "overdue") return null;
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-[#8a5300] bg-[#fff4e0] px-2 py-0.5 text-xs font-medium text-[#6b4000]" data-testid={`health-${health}`}>
      <span aria-hidden="true">⚠</span>
      {t(`followUp.health.${health}`)}
    </span>
  );
}

export const isoDay = (date: Date | string | null | undefined): string => (date ? new Date(date).toISOString().slice(0, 10) : "");
