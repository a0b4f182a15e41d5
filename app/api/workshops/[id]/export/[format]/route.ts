import { slugify } from "@/lib/domain/slug";
import { NotFoundError } from "@/lib/domain/errors";
import { getLocale, getT } from "@/lib/i18n/server";
import { exportFormatSchema } from "@/lib/validation/workshop";
import { download } from "@/lib/server/http/download";
import { defineRoute } from "@/lib/server/http/route";
import { getWorkshopResults } from "@/lib/server/queries/workshops";
import { resultsCsv } from "@/lib/server/documents/workshop-csv";
import { resultsPdf } from "@/lib/server/documents/workshop-pdf";

export const dynamic = "force-dynamic";

/** GET /api/workshops/<id>/export/csv or …/pdf: the results per statement and sector, for the minutes. */
export const GET = defineRoute<{ id: string; format: string }>(async (actor, _request, { id, format }) => {
  const parsed = exportFormatSchema.safeParse(format);
  if (!parsed.success) throw new NotFoundError();
  const [results, t, locale] = await Promise.all([getWorkshopResults(actor, id), getT(), getLocale()]);
  const filename = `workshop-${slugify(results.workshop.title)}.${parsed.data}`;
  if (parsed.data === "csv") return download(resultsCsv(results, t), { contentType: "text/csv; charset=utf-8", filename });
  return download(new Uint8Array(await resultsPdf(results, t, locale)), { contentType: "application/pdf", filename });
});
