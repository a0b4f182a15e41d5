import { getPublicEvidenceFile } from "@/lib/server/queries/public";
import { notFoundJson, publicResponse } from "@/lib/server/services/publication/http";

type Context = { params: Promise<{ id: string }> };

/** The PDF a confirmed joining was registered with (e.g. the board's minutes). */
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  if (!/^[\w-]{1,64}$/.test(id)) return notFoundJson();
  const file = await getPublicEvidenceFile(id);
  if (!file) return notFoundJson();
  return publicResponse(request, new Uint8Array(file.bytes), { contentType: "application/pdf", filename: file.name });
}
