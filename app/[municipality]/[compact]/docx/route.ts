import { getEnv } from "@/lib/server/env";
import { getPublishedText } from "@/lib/server/queries/public-export";
import { publishedDocx } from "@/lib/server/documents/published-text";
import { publicResponse } from "@/lib/server/services/publication/http";

type Context = { params: Promise<{ municipality: string; compact: string }> };

/** A published version of the compact as .docx. `?v=` picks an earlier publication. */
export async function GET(request: Request, context: Context) {
  const { municipality, compact } = await context.params;
  const v = new URL(request.url).searchParams.get("v");
  const text = await getPublishedText(municipality, compact, v && /^[\w-]{1,64}$/.test(v) ? v : undefined, getEnv().APP_URL);
  if (!text) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = await publishedDocx(text);
  return publicResponse(request, new Uint8Array(body), {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    lastModified: text.publishedAt,
    etagOf: `docx:${text.id}:${text.fingerprint}`,
    filename: `${compact}-v${text.version}.docx`,
  });
}
