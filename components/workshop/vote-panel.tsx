"use client";
import { useId, useState } from "react";
import type { VoteValue } from "@/lib/domain/workshop";
import { useT } from "@/lib/i18n/client";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";

const CHOICES = [
  { value: "yes", answer: "common.yes", meaning: "workshop.participant.yesMeaning", icon: "✓", colour: "bg-ok" },
  { value: "no", answer: "common.no", meaning: "workshop.participant.noMeaning", icon: "✕", colour: "bg-danger" },
] as const;

type Props = {
  code: string;
  statement: { id: string; position: number; text: string };
  /** The vote the server has counted for this statement, if any. */
  current: VoteValue | undefined;
  onVoted: (statementId: string, value: VoteValue) => void;
};

/**
 * A big green "Ja" and a big red "Nej" for the open statement. The meaning is in text (and an icon),
 * not in colour alone; the counted vote is the pressed button, and a status line says it was counted.
 */
export function VotePanel({ code, statement, current, onVoted }: Props) {
  const t = useT();
  const id = useId();
  const [pending, setPending] = useState<VoteValue | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function vote(value: VoteValue) {
    setPending(value);
    setError(null);
    try {
      const response = await fetch(`/w/${code}/vote`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ statementId: statement.id, value }),
      });
      if (response.ok) onVoted(statement.id, value);
      else setError(((await response.json()) as { message: string }).message);
    } catch {
      setError(t("workshop.participant.offline"));
    } finally {
      setPending(null);
    }
  }

  const counted = CHOICES.find((choice) => choice.value === current);
  return (
    <section aria-labelledby={`${id}-statement`} className="space-y-5">
      <p className="text-sm font-semibold text-muted">{t("workshop.participant.statement", { number: statement.position })}</p>
      <h2 id={`${id}-statement`} className="text-2xl leading-snug font-bold" data-testid="participant-statement">
        {statement.text}
      </h2>
      <div className="grid grid-cols-2 gap-3">
        {CHOICES.map((choice) => (
          <button
            key={choice.value}
            type="button"
            aria-pressed={current === choice.value}
            aria-busy={pending === choice.value}
            disabled={pending !== null}
            onClick={() => void vote(choice.value)}
            className={cn(
              "flex min-h-36 flex-col items-center justify-center gap-1 rounded-xl border-4 px-2 text-white shadow-md disabled:cursor-wait",
              choice.colour,
              current === choice.value ? "border-ink ring-4 ring-focus" : "border-transparent",
            )}
          >
            <span className="text-4xl font-bold">
              <span aria-hidden="true">{current === choice.value ? "✔ " : `${choice.icon} `}</span>
              {t(choice.answer)}
            </span>
            <span className="text-base font-medium">{t(choice.meaning)}</span>
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite" className="min-h-12 text-center" data-testid="vote-status">
        {counted && (
          <>
            <p className="text-lg font-semibold">{t("workshop.participant.counted", { answer: t(counted.answer) })}</p>
            <p className="text-sm text-muted">{t("workshop.participant.change")}</p>
          </>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </section>
  );
}
