import { SectorBadge } from "@/components/ui/sector-badge";
import type { JoiningSummary } from "@/lib/domain/publication";
import { isSector } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/core";

type Joined = { id: string; organisation: string; sector: string; kind: string; joinedOn: Date; evidence: string; hasFile: boolean };

/** Who has joined, when, by sector and kind, with a count; each sector in words, not only colour. */
export function JoiningsList({ joinings, summary, t, fileHref }: { joinings: Joined[]; summary: JoiningSummary; t: Translate; fileHref?: (id: string) => string }) {
  if (joinings.length === 0) return <p className="text-muted">{t("public.joining.none")}</p>;
  return (
    <div className="space-y-3">
      <p data-testid="joining-count">
        {t("public.joining.count", { count: summary.total })}{" "}
        {Object.entries(summary.bySector)
          .map(([sector, n]) => `${t(`common.sectors.${sector}`)}: ${n}`)
          .join(", ")}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("public.joining.title")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-3">{t("public.joining.organisation")}</th>
            <th scope="col" className="py-1 pr-3">{t("public.joining.sectorKind")}</th>
            <th scope="col" className="py-1 pr-3">{t("public.joining.date")}</th>
            <th scope="col" className="py-1">{t("public.joining.evidence")}</th>
          </tr>
        </thead>
        <tbody>
          {joinings.map((j) => (
            <tr key={j.id} className="border-b border-line align-top">
              <td className="py-1 pr-3 font-medium">{j.organisation}</td>
              <td className="py-1 pr-3">
                {isSector(j.sector) ? <SectorBadge sector={j.sector} label={t(`common.sectors.${j.sector}`)} /> : null} {t(`common.kinds.${j.kind}`)}
              </td>
              <td className="py-1 pr-3">{j.joinedOn.toISOString().slice(0, 10)}</td>
              <td className="py-1">
                {j.evidence}
                {j.hasFile && fileHref && (
                  <>
                    {" "}
                    <a href={fileHref(j.id)}>{t("public.joining.pdf", { organisation: j.organisation })}</a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
