import { slugify } from "@/lib/domain/slug";
import { NotFoundError } from "@/lib/domain/errors";
import { getLocale, getT } from "@/lib/i18n/server";
import { exportFormatSchema } from "@/lib/validation/workshop";
import { getActor } from "@/lib/server/auth";
import { getWorkshopResults } from "@/lib/server/queries/workshops";
import { resultsCsv } from "@/lib/server/documents/workshop-csv";
import { resultsPdf } from "@/lib/server/documents/workshop-pdf";
import { withErrors } from "../../../respond";

export const dynamic = "force-dynamic";

/** GET /api/workshops/<id>/export/csv or …/pdf: the results per statement and sector, for the minutes. */
export const GET = withErrors<{ id: string; format: string }>(async (_request, { id, format }) => {
  const parsed = exportFormatSchema.safeParse(format);
  if (!parsed.success) throw new NotFoundError();
  const [results, t, locale] = await Promise.all([getWorkshopResults(await getActor(), id), getT(), getLocale()]);
  const name = `workshop-${slugify(results.workshop.title)}.${parsed.data}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" };
  if (parsed.data === "csv") {
    return new Response(resultsCsv(results, t), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const pdf = await resultsPdf(results, t, locale);
  return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Type": "application/pdf" } });
});
