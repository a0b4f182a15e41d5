"use client";
import { SECTORS, type Sector } from "@/lib/domain/roles";
import { gapMessageKey, tallyVotes, type SectorVoteCounts, type ShareLine } from "@/lib/domain/workshop";
import { useT } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";

type Size = "normal" | "large";

const SIZES = {
  normal: { label: "text-sm font-semibold", bar: "h-6", text: "text-sm", gap: "text-base" },
  large: { label: "text-2xl font-bold md:text-3xl", bar: "h-14", text: "text-xl md:text-2xl", gap: "text-2xl md:text-3xl" },
} as const;

/** The group's name, in text and with the sector's icon (never colour alone). */
function GroupLabel({ group, size }: { group: Sector | "everyone"; size: Size }) {
  const t = useT();
  const icon = group === "public" ? "▣" : group === "civil" ? "●" : "Σ";
  const colour = group === "public" ? "text-public" : group === "civil" ? "text-civil" : "text-ink";
  return (
    <span className={cn(SIZES[size].label, "flex items-center gap-2")}>
      <span aria-hidden="true" className={colour}>
        {icon}
      </span>
      {group === "everyone" ? t("workshop.tally.everyone") : t(`common.sectors.${group}`)}
    </span>
  );
}

/** One bar: green for yes and red for no, with the numbers written out beside it. */
function Bar({ line, size }: { line: ShareLine; size: Size }) {
  const t = useT();
  return (
    <div className="space-y-1">
      <div className={cn("flex w-full overflow-hidden rounded-md border-2 border-ink bg-surface", SIZES[size].bar)} aria-hidden="true">
        {line.total > 0 && (
          <>
            <div className="bg-ok transition-[width] duration-300" style={{ width: `${line.yesShare * 100}%` }} />
            <div className="bg-danger transition-[width] duration-300" style={{ width: `${line.noShare * 100}%` }} />
          </>
        )}
      </div>
      <p className={cn(SIZES[size].text, "font-medium")}>
        {line.total === 0 ? t("workshop.tally.noVotes") : t("workshop.tally.line", { ...line })}{" "}
        <span className="text-muted">({t("workshop.tally.votes", { count: line.total })})</span>
      </p>
    </div>
  );
}

/**
 * Yes and no per sector and for everyone, as bars with the counts and shares in text, and the gap
 * between the sectors. Used large on the projector and normal in the facilitator's console.
 */
export function TallyBars({ counts, size = "normal" }: { counts: SectorVoteCounts; size?: Size }) {
  const t = useT();
  const tally = tallyVotes(counts);
  const groups: Array<{ group: Sector | "everyone"; line: ShareLine }> = [
    ...SECTORS.map((sector) => ({ group: sector, line: tally.bySector[sector] })),
    { group: "everyone", line: tally.total },
  ];
  return (
    <div className={size === "large" ? "space-y-6" : "space-y-3"} data-testid="tally">
      {groups.map(({ group, line }) => (
        <div key={group} className="space-y-1" data-testid={`tally-${group}`}>
          <GroupLabel group={group} size={size} />
          <Bar line={line} size={size} />
        </div>
      ))}
      <div className="border-t-2 border-line pt-3" data-testid="tally-gap">
        <p className={cn(SIZES[size].label)}>{t("workshop.tally.gapTitle")}</p>
        <p className={SIZES[size].gap}>{t(gapMessageKey(tally.gap), { points: tally.gap?.points ?? 0 })}</p>
      </div>
    </div>
  );
}
