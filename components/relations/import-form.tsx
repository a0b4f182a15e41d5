"use client";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

type Report = {
  committed: boolean;
  imported: number;
  importable: number;
  duplicates: number;
  errorRows: number;
  errors: { line: number; column: string | null; message: string }[];
  truncated: boolean;
};
type Failure = { message: string; details?: string[] };

/**
 * Uploads a CSV file to the import route and shows its report: what was imported, and a table of the
 * rows with errors (line, column, reason). When nothing was imported because of errors, the same file
 * can be imported again with "only the valid rows".
 */
export function ImportForm() {
  const t = useT();
  const router = useRouter();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function upload(mode: string) {
    const file = fileRef.current?.files?.[0];
    setReport(null);
    setFailure(null);
    if (!file) {
      setFailure({ message: t("relations.import.errors.noFile") });
      resultRef.current?.focus();
      return;
    }
    const body = new FormData();
    body.set("file", file);
    body.set("mode", mode);
    setPending(true);
    try {
      const response = await fetch("/api/relations/import", { method: "POST", body });
      const json = (await response.json()) as Report & Failure;
      if (response.ok) setReport(json);
      else setFailure(json);
      if (response.ok && json.committed) router.refresh();
    } catch {
      setFailure({ message: t("errors.unexpected") });
    } finally {
      setPending(false);
      resultRef.current?.focus();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const mode = new FormData(event.currentTarget).get("mode");
    void upload(typeof mode === "string" ? mode : "all_or_nothing");
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium">
            {t("relations.import.file")}
          </label>
          <input ref={fileRef} id={fileId} name="file" type="file" accept=".csv,text/csv" className="block text-sm" />
        </div>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t("relations.import.mode")}</legend>
          {(["all_or_nothing", "valid_only"] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm">
              <input type="radio" name="mode" value={mode} defaultChecked={mode === "all_or_nothing"} className="h-4 w-4" />
              {t(mode === "all_or_nothing" ? "relations.import.modeAll" : "relations.import.modeValid")}
            </label>
          ))}
        </fieldset>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("common.working") : t("relations.import.submit")}
        </Button>
      </form>
      <div ref={resultRef} tabIndex={-1} className="space-y-3 outline-none">
        {failure && (
          <Alert tone="error">
            <p>{failure.message}</p>
            {!!failure.details?.length && (
              <ul className="mt-1 list-disc pl-5">
                {failure.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {report && <ReportView report={report} pending={pending} onImportValid={() => void upload("valid_only")} />}
      </div>
    </div>
  );
}

function ReportView({ report, pending, onImportValid }: { report: Report; pending: boolean; onImportValid: () => void }) {
  const t = useT();
  return (
    <div className="space-y-3" data-testid="import-report">
      {report.committed ? (
        <Alert tone="success">
          <p>{t("relations.import.imported", { count: report.imported })}</p>
          {report.duplicates > 0 && <p>{t("relations.import.duplicates", { count: report.duplicates })}</p>}
          {report.errorRows > 0 && <p>{t("relations.import.skipped", { count: report.errorRows })}</p>}
        </Alert>
      ) : (
        <Alert tone="error">
          <p>{t("relations.import.refused", { count: report.errorRows })}</p>
          {report.importable === 0 && <p>{t("relations.import.noValid")}</p>}
        </Alert>
      )}
      {!report.committed && report.importable > 0 && (
        <Button variant="secondary" onClick={onImportValid} disabled={pending}>
          {t("relations.import.importValid", { count: report.importable })}
        </Button>
      )}
      {report.errors.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="import-errors">
            <caption className="mb-2 text-left font-semibold">{t("relations.import.caption")}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-3">{t("relations.import.line")}</th>
                <th scope="col" className="py-2 pr-3">{t("relations.import.column")}</th>
                <th scope="col" className="py-2">{t("relations.import.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, index) => (
                <tr key={index} className="border-b border-line last:border-0">
                  <td className="py-2 pr-3 tabular-nums">{error.line}</td>
                  <td className="py-2 pr-3 font-mono">{error.column ?? t("relations.import.wholeRow")}</td>
                  <td className="py-2">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.truncated && <p className="mt-2 text-sm text-muted">{t("relations.import.moreErrors", { shown: report.errors.length })}</p>}
        </div>
      )}
    </div>
  );
}
