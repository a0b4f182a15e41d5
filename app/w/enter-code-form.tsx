import { buttonClass } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/core";

/**
 * The code form: a plain GET form, so it works before any script has loaded (a phone on a slow
 * venue network). An error, if any, is tied to the field for screen readers.
 */
export function EnterCodeForm({ t, error, defaultValue = "" }: { t: Translate; error?: string; defaultValue?: string }) {
  return (
    <form method="get" action="/w" className="space-y-3" noValidate>
      <div className="space-y-1">
        <label htmlFor="join-code" className="block font-medium">
          {t("workshop.participant.codeLabel")}
        </label>
        <p id="join-code-hint" className="text-sm text-muted">
          {t("workshop.participant.codeHint")}
        </p>
        <input
          id="join-code"
          name="code"
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "join-code-hint join-code-error" : "join-code-hint"}
          className="block min-h-12 w-full rounded-md border border-line px-3 font-mono text-2xl tracking-widest uppercase aria-[invalid=true]:border-danger"
        />
        {error && (
          <p id="join-code-error" className="text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className={buttonClass("primary", "min-h-12 w-full text-lg")}>
        {t("workshop.participant.go")}
      </button>
    </form>
  );
}
