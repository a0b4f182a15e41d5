import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n/core";

export type PrinciplesSummaryProps = {
  compactId: string;
  /** Blocking findings in the check (before overrides). */
  blocking: number;
  warnings: number;
  /** Both sectors have overridden the blocking findings of this version. */
  overridden: boolean;
  t: Translate;
};

/** A short principles summary for the compact page, with a link to the full check. */
export function PrinciplesSummary({ compactId, blocking, warnings, overridden, t }: PrinciplesSummaryProps) {
  const status = blocking === 0 ? t("principles.summary.noBlocking") : overridden ? t("principles.summary.overridden") : t("principles.summary.blocking", { count: blocking });
  const blocked = blocking > 0 && !overridden;
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("principles.summary.title")}</h2>
      <ul className="mt-2 space-y-1 text-sm" data-testid="principles-summary">
        <li className={blocked ? "font-semibold text-danger" : undefined}>
          <span aria-hidden="true">{blocked ? "✖ " : "✓ "}</span>
          {status}
        </li>
        <li>{t("principles.summary.warnings", { count: warnings })}</li>
      </ul>
      <Link href={`/compacts/${compactId}/principles`} className="mt-3 inline-block text-sm">
        {t("principles.summary.link")}
      </Link>
    </Card>
  );
}
