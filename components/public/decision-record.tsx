import type { Translate } from "@/lib/i18n/core";

type DecisionRow = { id: string; version: number; body: string; caseNumber: string; meetingDate: Date; motivation: string; fingerprint: string };

/** The body's decision record: who decided, case number, meeting date, motivation and the fingerprint decided on. */
export function DecisionRecord({ decisions, t }: { decisions: DecisionRow[]; t: Translate }) {
  if (decisions.length === 0) return <p className="text-muted">{t("public.decision.none")}</p>;
  return (
    <ul className="space-y-3" data-testid="public-decisions">
      {decisions.map((d) => (
        <li key={d.id} className="rounded-md border border-line p-3">
          <p className="font-medium">
            {t("public.decision.line", { body: d.body, date: d.meetingDate.toISOString().slice(0, 10), caseNumber: d.caseNumber, version: d.version })}
          </p>
          <p className="text-sm">{d.motivation}</p>
          <p className="mt-1 break-all font-mono text-xs text-muted">
            {t("public.fingerprint")}: {d.fingerprint}
          </p>
        </li>
      ))}
    </ul>
  );
}
