import { cn } from "@/components/ui/cn";
import type { Finding, Severity } from "@/lib/domain/principles/rules";
import type { Translate } from "@/lib/i18n/core";
import { findingMessage } from "./finding-text";

const STYLE: Record<Severity, string> = {
  blocking: "border-danger bg-danger-soft",
  warning: "border-muted bg-surface",
  note: "border-line bg-white",
};
// Symbols every system font has (an emoji such as ⛔ shows as an empty box without an emoji font).
const ICON: Record<Severity, string> = { blocking: "✖", warning: "⚠", note: "ℹ" };

/** The automatic findings of one principle: how serious (in words, not colour alone), why, and where. */
export function FindingList({ findings, t }: { findings: readonly Finding[]; t: Translate }) {
  if (findings.length === 0) return <p className="text-sm text-muted">{t("principles.page.noFindings")}</p>;
  return (
    <ul className="space-y-2">
      {findings.map((finding, index) => (
        <li key={`${finding.rule}-${index}`} className={cn("rounded-md border-l-4 px-3 py-2 text-sm", STYLE[finding.severity])} data-severity={finding.severity}>
          <p>
            <span className="mr-2 font-semibold">
              <span aria-hidden="true">{ICON[finding.severity]} </span>
              {t(`principles.severity.${finding.severity}`)}:
            </span>{" "}
            {findingMessage(finding, t)}
          </p>
          {finding.where && (
            <p className="mt-1 text-muted">
              <span className="font-medium">{t("principles.page.inText")}</span> <q>{finding.where.excerpt}</q>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
