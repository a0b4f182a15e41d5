import { NextResponse, type NextRequest } from "next/server";
import { isAppError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { getLocale, getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";
import { getConsultationReport } from "@/lib/server/queries/comments";
import { reportDocx, reportPdf } from "@/lib/server/documents/consultation-report";
import { idSchema } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; roundId: string; format: string }> };
const TYPES = { pdf: "application/pdf", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } as const;

/**
 * GET /api/compacts/<id>/consultation/<roundId>/pdf or …/docx: the consultation report of a closed
 * round. 401 not signed in (and the report not public yet), 404 no such closed round (or not yours to see).
 */
export async function GET(_request: NextRequest, context: Context) {
  const t = await getT();
  try {
    const { id, roundId, format } = await context.params;
    if (!idSchema.safeParse(id).success || !idSchema.safeParse(roundId).success || !(format === "pdf" || format === "docx")) throw new NotFoundError();
    const actor = await getActor();
    const report = await getConsultationReport(actor, id, roundId);
    if (!report) throw actor ? new NotFoundError() : new UnauthenticatedError();
    const locale = await getLocale();
    const body = format === "pdf" ? await reportPdf(report, t, locale) : await reportDocx(report, t, locale);
    const filename = `samradsredogorelse-v${report.versionNumber}.${format}`;
    return new NextResponse(new Uint8Array(body), {
      headers: { "Content-Type": TYPES[format], "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ ok: false, message: t(error.messageKey) }, { status: error.status });
    console.error("[consultation export] unexpected error", error);
    return NextResponse.json({ ok: false, message: t("errors.unexpected") }, { status: 500 });
  }
}
