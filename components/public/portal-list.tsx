import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Badge } from "@/components/ui/sector-badge";
import { STAGES } from "@/lib/domain/stages";
import type { PageWindow } from "@/lib/domain/publication";
import type { Translate } from "@/lib/i18n/core";
import type { PublicCompactListItem } from "@/lib/server/queries/public";

export type PortalFilter = { q?: string | undefined; stage?: string | undefined; municipality?: string | undefined; page: number };

/** Search by text, filter by municipality (when more than one) and stage; a plain GET form. */
export function PortalFilterForm({ filter, municipalities, action, t }: { filter: PortalFilter; municipalities: { slug: string; name: string }[] | null; action: string; t: Translate }) {
  return (
    <form method="get" action={action} role="search" aria-label={t("public.portal.search")} className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="portal-q" className="block text-sm font-medium">
          {t("public.portal.search")}
        </label>
        <input id="portal-q" name="q" type="search" defaultValue={filter.q ?? ""} className="min-h-10 rounded-md border border-line px-3" />
      </div>
      {municipalities && (
        <div className="space-y-1">
          <label htmlFor="portal-municipality" className="block text-sm font-medium">
            {t("public.portal.municipality")}
          </label>
          <select id="portal-municipality" name="municipality" defaultValue={filter.municipality ?? ""} className="min-h-10 rounded-md border border-line px-3">
            <option value="">{t("public.portal.allMunicipalities")}</option>
            {municipalities.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="portal-stage" className="block text-sm font-medium">
          {t("public.portal.stage")}
        </label>
        <select id="portal-stage" name="stage" defaultValue={filter.stage ?? ""} className="min-h-10 rounded-md border border-line px-3">
          <option value="">{t("public.portal.allStages")}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`lifecycle.stage.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("public.portal.show")}
      </button>
    </form>
  );
}

export function PortalList({ items, window, filter, basePath, t }: { items: PublicCompactListItem[]; window: PageWindow; filter: PortalFilter; basePath: string; t: Translate }) {
  if (items.length === 0) return <EmptyState title={t("public.portal.none")} />;
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (filter.q) params.set("q", filter.q);
    if (filter.stage) params.set("stage", filter.stage);
    if (filter.municipality) params.set("municipality", filter.municipality);
    params.set("page", String(page));
    return `${basePath}?${params.toString()}`;
  };
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("public.portal.count", { count: window.total })}</p>
      <ul className="space-y-3" data-testid="portal-list">
        {items.map((item) => (
          <li key={item.compactId} className="rounded-lg border border-line bg-white p-4">
            <h3 className="text-lg font-semibold">
              <Link href={item.path}>{item.title}</Link>
            </h3>
            <p className="text-sm text-muted">{item.municipalityName}</p>
            {item.summary && <p className="mt-1">{item.summary}</p>}
            <div className="mt-2 flex flex-wrap gap-2">
              <Badge>{t("public.portal.stageBadge", { stage: t(`lifecycle.stage.${item.stage}`) })}</Badge>
              <Badge>
                {item.latestKind === "consultation"
                  ? item.consultationEndsAt
                    ? t("public.portal.consultationOpen", { date: item.consultationEndsAt.toISOString().slice(0, 10) })
                    : t("public.portal.consultation")
                  : t("public.portal.decided", { version: item.latestVersion })}
              </Badge>
            </div>
          </li>
        ))}
      </ul>
      {window.pages > 1 && (
        <nav aria-label={t("public.portal.pagination")} className="flex items-center gap-3">
          {window.page > 1 && <Link href={pageHref(window.page - 1)}>{t("public.portal.previous")}</Link>}
          <span className="text-sm">{t("public.portal.page", { page: window.page, pages: window.pages })}</span>
          {window.page < window.pages && <Link href={pageHref(window.page + 1)}>{t("public.portal.next")}</Link>}
        </nav>
      )}
    </div>
  );
}
