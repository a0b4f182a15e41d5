import { buttonClass } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/core";

/** The two versions to compare, as a plain GET form (works without JavaScript); shared by the member and public compare pages. */
export function VersionPicker({ options, from, to, t }: { options: { value: string; label: string }[]; from: string; to: string; t: Translate }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {(["from", "to"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={`version-${name}`} className="block text-sm font-medium">
            {t(`versions.${name}`)}
          </label>
          <select id={`version-${name}`} name={name} defaultValue={name === "from" ? from : to} className="min-h-10 rounded-md border border-line px-3">
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className={buttonClass("secondary")}>
        {t("versions.compare")}
      </button>
    </form>
  );
}
