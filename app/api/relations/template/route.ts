import { relationsCsvTemplate } from "@/lib/server/services/relations/export-relations";
import { csvDownload } from "../csv-download";

/** GET: the import template (columns and an example row). */
export function GET() {
  return csvDownload("relationer-mall.csv", (actor, t) =>
    relationsCsvTemplate(actor, { organisation: t("relations.import.exampleOrganisation"), note: t("relations.import.exampleNote") }),
  );
}
