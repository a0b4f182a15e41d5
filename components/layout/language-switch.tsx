import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES, type Locale, type Translate } from "@/lib/i18n/core";
import { cn } from "@/components/ui/cn";

/** Two buttons, one per language; the current one is marked for screen readers too. */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t("common.language")}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={cn(
            "rounded px-2 py-1 text-sm min-h-8",
            option === locale ? "bg-brand text-white" : "text-brand hover:bg-surface",
          )}
        >
          {t(`common.languageName.${option}`)}
        </button>
      ))}
    </form>
  );
}
