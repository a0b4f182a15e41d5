import { getPublicEvidenceFile } from "@/lib/server/queries/public";
import { notFoundJson, publicResponse } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

/** The PDF a confirmed joining was registered with (e.g. the board's minutes). */
export const GET = defineRoute<{ id: string }>(
  async (_actor, request, { id }) => {
    if (!/^[\w-]{1,64}$/.test(id)) return notFoundJson();
    const file = await getPublicEvidenceFile(id);
    if (!file) return notFoundJson();
    return publicResponse(request, new Uint8Array(file.bytes), { contentType: "application/pdf", filename: file.name });
  },
  { actor: false },
);
