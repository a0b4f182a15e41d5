import { NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { getLocale, getT } from "@/lib/i18n/server";
import { download } from "@/lib/server/http/download";
import { defineRoute } from "@/lib/server/http/route";
import { getConsultationReport } from "@/lib/server/queries/comments";
import { reportDocx, reportPdf } from "@/lib/server/documents/consultation-report";
import { idSchema } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

const TYPES = { pdf: "application/pdf", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } as const;

/**
 * GET /api/compacts/<id>/consultation/<roundId>/pdf or …/docx: the consultation report of a closed
 * round. 401 not signed in (and the report not public yet), 404 no such closed round (or not yours to see).
 */
export const GET = defineRoute<{ id: string; roundId: string; format: string }>(async (actor, _request, { id, roundId, format }) => {
  if (!idSchema.safeParse(id).success || !idSchema.safeParse(roundId).success || !(format === "pdf" || format === "docx")) throw new NotFoundError();
  const report = await getConsultationReport(actor, id, roundId);
  if (!report) throw actor ? new NotFoundError() : new UnauthenticatedError();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const body = format === "pdf" ? await reportPdf(report, t, locale) : await reportDocx(report, t, locale);
  return download(new Uint8Array(body), { contentType: TYPES[format], filename: `samradsredogorelse-v${report.versionNumber}.${format}` });
});
