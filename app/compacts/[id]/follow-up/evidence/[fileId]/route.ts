import { isAppError } from "@/lib/domain/errors";
import { getActor } from "@/lib/server/auth";
import { getEvidenceFile } from "@/lib/server/queries/follow-up";

/** Downloads a progress update's evidence file, always as an attachment (never rendered inline). */
export async function GET(_request: Request, context: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await context.params;
  try {
    const file = await getEvidenceFile(await getActor(), id, fileId);
    return new Response(file.data, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
