import { exportRelationsCsv } from "@/lib/server/queries/relations-csv";
import { csvDownload } from "../csv-download";

/** GET: the municipality's relations as CSV, in the import's columns. */
export function GET() {
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(`relationer-${day}.csv`, (actor) => exportRelationsCsv(actor));
}
