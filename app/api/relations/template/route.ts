import { getT } from "@/lib/i18n/server";
import { download } from "@/lib/server/http/download";
import { defineRoute } from "@/lib/server/http/route";
import { relationsCsvTemplate } from "@/lib/server/queries/relations-csv";

/** GET: the import template (columns and an example row). */
export const GET = defineRoute(async (actor) => {
  const t = await getT();
  const csv = await relationsCsvTemplate(actor, { organisation: t("relations.import.exampleOrganisation"), note: t("relations.import.exampleNote") });
  return download(csv, { contentType: "text/csv; charset=utf-8", filename: "relationer-mall.csv" });
});
