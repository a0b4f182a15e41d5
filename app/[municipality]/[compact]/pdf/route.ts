import { getLocale, getT } from "@/lib/i18n/server";
import { getEnv } from "@/lib/server/env";
import { getPublishedText } from "@/lib/server/queries/public-export";
import { publishedPdf } from "@/lib/server/documents/published-text";
import { publicResponse } from "@/lib/server/services/publication/http";

type Context = { params: Promise<{ municipality: string; compact: string }> };

/** A published version of the compact as PDF, with its fingerprint printed on it. `?v=` picks an earlier publication. */
export async function GET(request: Request, context: Context) {
  const { municipality, compact } = await context.params;
  const v = new URL(request.url).searchParams.get("v");
  const text = await getPublishedText(municipality, compact, v && /^[\w-]{1,64}$/.test(v) ? v : undefined, getEnv().APP_URL);
  if (!text) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const body = await publishedPdf(text, t);
  return publicResponse(request, new Uint8Array(body), {
    contentType: "application/pdf",
    lastModified: text.publishedAt,
    etagOf: `pdf:${locale}:${text.id}:${text.fingerprint}`,
    filename: `${compact}-v${text.version}.pdf`,
  });
}
