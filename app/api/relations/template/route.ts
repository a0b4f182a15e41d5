import { relationsCsvTemplate } from "@/lib/server/queries/relations-csv";
import { csvDownload } from "../csv-download";

/** GET: the import template (columns and an example row). */
export function GET() {
  return csvDownload("relationer-mall.csv", (actor, t) =>
    relationsCsvTemplate(actor, { organisation: t("relations.import.exampleOrganisation"), note: t("relations.import.exampleNote") }),
  );
}
