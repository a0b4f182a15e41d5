"use client";
import { useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

type Outcome = { ok: true; blocks: number } | { ok: false; message: string } | null;

/**
 * Word in and out. Export is a plain download link (everyone who sees the draft); import posts the
 * file to the route handler, which puts it into the live text, so everyone sees it arrive.
 */
export function WordPanel({ compactId, canImport }: { compactId: string; canImport: boolean }) {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const endpoint = `/api/compacts/${encodeURIComponent(compactId)}/docx`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch(endpoint, { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; blocks?: number; message?: string };
      setOutcome(response.ok && body.ok ? { ok: true, blocks: body.blocks ?? 0 } : { ok: false, message: body.message ?? t("errors.unexpected") });
    } catch {
      setOutcome({ ok: false, message: t("editor.import.unavailable") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 text-sm">
      <h3 id={`${id}-title`} className="font-semibold">
        {t("editor.word.title")}
      </h3>
      <a href={endpoint} download className="inline-block underline">
        {t("editor.word.export")}
      </a>
      {canImport ? (
        <form onSubmit={submit} className="space-y-2" aria-describedby={`${id}-outcome`}>
          <h4 className="font-semibold">{t("editor.word.importTitle")}</h4>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-file`}>{t("editor.word.fileLabel")}</label>
            <input id={`${id}-file`} name="file" type="file" required accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
          </div>
          <fieldset className="space-y-1">
            <legend>{t("editor.word.mode")}</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="replace" defaultChecked /> {t("editor.word.replace")}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="append" /> {t("editor.word.append")}
            </label>
          </fieldset>
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? t("editor.word.importing") : t("editor.word.submit")}
          </Button>
          <p id={`${id}-outcome`} role="status" aria-live="polite" className={outcome && !outcome.ok ? "text-danger" : "text-ok"}>
            {outcome ? (outcome.ok ? t("editor.word.done", { count: outcome.blocks }) : outcome.message) : ""}
          </p>
        </form>
      ) : null}
    </section>
  );
}
