import { download } from "@/lib/server/http/download";
import { defineRoute } from "@/lib/server/http/route";
import { exportRelationsCsv } from "@/lib/server/queries/relations-csv";

/** GET: the municipality's relations as CSV, in the import's columns (the service checks the permission). */
export const GET = defineRoute(async (actor) => {
  const day = new Date().toISOString().slice(0, 10);
  return download(await exportRelationsCsv(actor), { contentType: "text/csv; charset=utf-8", filename: `relationer-${day}.csv` });
});
