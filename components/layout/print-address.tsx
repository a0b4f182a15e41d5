import type { Translate } from "@/lib/i18n/core";

/**
 * Printed only: where the page lives (its full address) and, for a text, the fingerprint that
 * identifies the version, so a paper copy can be traced back and checked.
 */
export function PrintAddress({ url, fingerprint, t }: { url: string; fingerprint?: string | null; t: Translate }) {
  return (
    <div className="hidden text-sm print:block" data-testid="print-address">
      <p>
        {t("common.print.address")}: <span className="break-all">{url}</span>
      </p>
      {fingerprint && (
        <p className="break-all font-mono text-xs">
          {t("public.fingerprint")}: {fingerprint}
        </p>
      )}
    </div>
  );
}
