"use client";
import type { RefusalReason } from "@/lib/collab/protocol";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import type { ConnectionState } from "./use-collab-session";

const DOT: Record<ConnectionState, string> = {
  connecting: "○",
  saving: "◐",
  saved: "●",
  offline: "⊘",
};

/**
 * The connection in words ("Sparat", "Sparar …", "Offline: …"), announced politely to screen
 * readers when it changes; a refusal from the server is an alert with a way out (reload).
 */
export function ConnectionStatus({ state, readOnly, refusal }: { state: ConnectionState; readOnly: boolean; refusal: RefusalReason | null }) {
  const t = useT();
  return (
    <div className="space-y-2 text-sm">
      <p role="status" aria-live="polite" aria-label={t("editor.status.label")} data-testid="connection-status" data-state={state} className="flex items-center gap-2">
        <span aria-hidden="true">{DOT[state]}</span>
        <span>{readOnly && state !== "offline" && state !== "connecting" ? t("editor.status.readOnly") : t(`editor.status.${state}`)}</span>
      </p>
      {refusal ? (
        <div role="alert" className="rounded border border-danger bg-danger-soft p-3 text-ink">
          <p>{t(`editor.refused.${refusal}`)}</p>
          <Button variant="secondary" className="mt-2" onClick={() => window.location.reload()}>
            {t("editor.refused.reload")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
