import { Card } from "@/components/ui/card";
import type { Locale, Translate } from "@/lib/i18n/core";
import type { CompactPageData } from "@/lib/server/queries/compact-page";

/** Stage changes and the full audit trail, read-only. */
export function CompactHistory({ page, locale, t }: { page: CompactPageData; locale: Locale; t: Translate }) {
  const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Stockholm" });
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("compactPage.history.title")}</h2>
      <h3 className="font-semibold">{t("compactPage.history.stageChanges")}</h3>
      <ol className="mt-2 space-y-2 text-sm" data-testid="stage-changes">
        {page.stageChanges.map((change) => (
          <li key={change.id} className="border-l-2 border-line pl-3">
            <p>
              <span className="font-medium">
                {change.from
                  ? t("compactPage.history.change", { from: t(`lifecycle.stage.${change.from}`), to: t(`lifecycle.stage.${change.to}`) })
                  : t("compactPage.history.created", { to: t(`lifecycle.stage.${change.to}`) })}
              </span>{" "}
              ({t(`compactPage.history.kind.${change.kind}`)}, {t("compactPage.history.version", { number: change.version })}) · {format.format(change.createdAt)}{" "}
              {change.actorName && t("compactPage.history.by", { name: change.actorName })}
            </p>
            {change.reason && <p className="text-muted">{t("compactPage.history.reason", { reason: change.reason })}</p>}
            {change.fingerprint && <p className="break-all font-mono text-xs text-muted">{change.fingerprint}</p>}
          </li>
        ))}
      </ol>
      <details className="mt-6">
        <summary className="cursor-pointer font-semibold">{t("compactPage.history.audit")}</summary>
        <p className="mt-1 text-sm text-muted">{t("compactPage.history.auditHint")}</p>
        {page.audit.length === 0 ? (
          <p className="text-sm text-muted">{t("compactPage.history.auditEmpty")}</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{t("compactPage.history.audit")}</caption>
            <tbody>
              {page.audit.map((event) => (
                <tr key={event.id} className="border-t border-line align-top">
                  <td className="whitespace-nowrap py-1 pr-3 text-muted">{format.format(event.createdAt)}</td>
                  <td className="py-1 pr-3">{t(`compactPage.audit.${event.action}`)}</td>
                  <td className="py-1">{event.actorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </Card>
  );
}
