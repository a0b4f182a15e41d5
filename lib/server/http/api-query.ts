import "server-only";
import { docToPlainText, type Doc } from "@/lib/domain/document";
import type { PageWindow } from "@/lib/domain/publication";
import { readPublicFilter } from "@/lib/server/queries/public-filter";

/** The query string of an API request, read leniently (unknown values are ignored). */
export function apiFilter(request: Request) {
  return readPublicFilter(Object.fromEntries(new URL(request.url).searchParams.entries()));
}

/** A page of results with links to the neighbouring pages. */
export function paginated<T>(request: Request, items: T[], window: PageWindow) {
  const link = (page: number) => {
    const url = new URL(request.url);
    url.searchParams.set("page", String(page));
    return `${url.pathname}?${url.searchParams.toString()}`;
  };
  return {
    items,
    page: window.page,
    pageSize: window.pageSize,
    total: window.total,
    pages: window.pages,
    next: window.page < window.pages ? link(window.page + 1) : null,
    previous: window.page > 1 ? link(window.page - 1) : null,
  };
}

export const plainText = (content: unknown) => docToPlainText(content as Doc);
