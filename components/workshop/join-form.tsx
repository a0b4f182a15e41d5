"use client";
import { useId, useState, type FormEvent } from "react";
import { SECTORS, type Sector } from "@/lib/domain/roles";
import { useT } from "@/lib/i18n/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export type Joined = { sector: Sector; organisationName: string };

type Failure = { message: string; fieldErrors?: Record<string, string[]> };

/**
 * The participant chooses a sector (and may name their organisation) and joins. The server keeps the
 * participant token in an httpOnly cookie for this workshop, so the choice is remembered on this
 * device. A signed-in user's sector comes from their account.
 */
export function JoinForm({ code, accountSector, onJoined }: { code: string; accountSector: Sector | null; onJoined: (joined: Joined) => void }) {
  const t = useT();
  const id = useId();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    try {
      const response = await fetch(`/w/${code}/join`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sector: form.get("sector") ?? undefined, organisationName: form.get("organisationName") ?? "" }),
      });
      const body = (await response.json()) as Joined & Failure;
      if (response.ok) onJoined({ sector: body.sector, organisationName: body.organisationName });
      else setFailure(body);
    } catch {
      setFailure({ message: t("workshop.participant.offline") });
    } finally {
      setPending(false);
    }
  }

  const sectorErrors = failure?.fieldErrors?.sector;
  return (
    <form onSubmit={submit} className="space-y-5" noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t("workshop.participant.joinTitle")}
      </h2>
      <p className="text-muted">{t("workshop.participant.joinDescription")}</p>
      {failure && !sectorErrors && <Alert tone="error">{failure.message}</Alert>}
      {accountSector ? (
        <p>{t("workshop.participant.signedIn", { sector: t(`common.sectors.${accountSector}`) })}</p>
      ) : (
        <fieldset className="space-y-3" aria-describedby={sectorErrors ? `${id}-sector-error` : undefined}>
          <legend className="mb-2 font-medium">{t("workshop.participant.sectorLegend")}</legend>
          {SECTORS.map((sector) => (
            <label
              key={sector}
              className={cn(
                "flex cursor-pointer items-start gap-3 rounded-lg border-2 p-4 has-[:checked]:border-brand has-[:checked]:bg-surface",
                sector === "public" ? "border-public" : "border-civil",
              )}
            >
              <input type="radio" name="sector" value={sector} className="mt-1 h-5 w-5" aria-describedby={`${id}-${sector}-hint`} />
              <span>
                <span className="block text-lg font-semibold">
                  <span aria-hidden="true">{sector === "public" ? "▣ " : "● "}</span>
                  {t(`common.sectors.${sector}`)}
                </span>
                <span id={`${id}-${sector}-hint`} className="block text-sm text-muted">
                  {t(`workshop.participant.${sector}Hint`)}
                </span>
              </span>
            </label>
          ))}
          {sectorErrors?.map((error) => (
            <p key={error} id={`${id}-sector-error`} role="alert" className="text-sm text-danger">
              {error}
            </p>
          ))}
        </fieldset>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-organisation`} className="block text-sm font-medium">
          {t("workshop.participant.organisation")}
        </label>
        <input id={`${id}-organisation`} name="organisationName" maxLength={120} autoComplete="organization" className="block min-h-11 w-full rounded-md border border-line px-3" />
      </div>
      <p className="text-sm text-muted">{t("workshop.participant.remembered")}</p>
      <Button type="submit" disabled={pending} aria-busy={pending} className="min-h-12 w-full text-lg">
        {pending ? t("common.working") : t("workshop.participant.join")}
      </Button>
    </form>
  );
}
