import { getEnv } from "@/lib/server/env";
import { notFoundText } from "@/lib/server/http/download";
import { publicResponse } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";
import { getPublishedText } from "@/lib/server/queries/public-export";
import { publishedDocx } from "@/lib/server/documents/published-text";

/** A published version of the compact as .docx. `?v=` picks an earlier publication. */
export const GET = defineRoute<{ municipality: string; compact: string }>(
  async (_actor, request, { municipality, compact }) => {
    const v = new URL(request.url).searchParams.get("v");
    const text = await getPublishedText(municipality, compact, v && /^[\w-]{1,64}$/.test(v) ? v : undefined, getEnv().APP_URL);
    if (!text) return notFoundText();
    const body = await publishedDocx(text);
    return publicResponse(request, new Uint8Array(body), {
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      lastModified: text.publishedAt,
      etagOf: `docx:${text.id}:${text.fingerprint}`,
      filename: `${compact}-v${text.version}.docx`,
    });
  },
  { actor: false },
);
