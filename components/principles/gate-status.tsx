import { cn } from "@/components/ui/cn";
import type { GateStatus } from "@/lib/domain/principles/check";
import type { Translate } from "@/lib/i18n/core";

/** What the check means for the move to decision, in words: blocked, overridden, or clear. */
export function GateStatusPanel({ gate, t }: { gate: GateStatus; t: Translate }) {
  const blocked = gate.blocking > 0 && !gate.overridden;
  const message = blocked
    ? t("principles.gate.blocking", { count: gate.blocking })
    : gate.overridden
      ? t("principles.gate.overridden", { count: gate.blocking })
      : t("principles.gate.none");
  return (
    <section
      aria-labelledby="gate-title"
      className={cn("rounded-lg border-l-4 px-5 py-4", blocked ? "border-danger bg-danger-soft" : "border-ok bg-ok-soft")}
      data-testid="principles-gate"
    >
      <h2 id="gate-title" className="font-semibold">
        <span aria-hidden="true">{blocked ? "✖ " : "✓ "}</span>
        {t("principles.gate.title")}
      </h2>
      <p className="mt-1">{message}</p>
      <p className="mt-1 text-sm text-muted">{t("principles.gate.counts", { warnings: gate.warnings, notes: gate.notes })}</p>
    </section>
  );
}
