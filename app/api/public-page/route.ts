import { z } from "zod";
import { PAGE_HEADER } from "@/lib/domain/public-cache";
import { isPublicPagePath } from "@/lib/domain/publication";
import { getT } from "@/lib/i18n/server";
import { defineRoute } from "@/lib/server/http/route";
import { servePublicPage } from "@/lib/server/public-cache";

/**
 * The public page cache (lib/server/public-cache.ts). Reached only through proxy.ts, which rewrites an
 * anonymous visitor's request of a portal page here, with the page's path and query and the response's
 * CSP nonce in request headers; never linked to.
 */
const query = z.object({
  path: z
    .string()
    .max(1300)
    .regex(/^\/[^\s]*$/)
    .refine((value) => isPublicPagePath(new URL(value, "http://local").pathname)),
  nonce: z.string().regex(/^[A-Za-z0-9+/=]{16,128}$/),
});

export const GET = defineRoute(
  async (_actor, request) => {
    const parsed = query.safeParse({ path: request.headers.get(PAGE_HEADER), nonce: request.headers.get("x-nonce") });
    if (!parsed.success) return new Response(null, { status: 404 });
    try {
      return await servePublicPage(request, parsed.data.path, parsed.data.nonce);
    } catch (error) {
      // A page, not an API: a plain-text 503 the visitor's browser retries, never the JSON problem.
      console.error("[public-cache] could not render", parsed.data.path, error);
      const t = await getT();
      return new Response(t("errors.unexpected"), { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" } });
    }
  },
  { actor: false },
);
