import { csvField } from "@/lib/domain/publication";
import { listPublicJoinings } from "@/lib/server/queries/public";
import { apiFilter } from "@/lib/server/http/api-query";
import { publicResponse } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

const COLUMNS = ["compact", "url", "municipality", "organisation", "sector", "kind", "joined_on", "evidence"] as const;

/** All confirmed joinings of published compacts as CSV (UTF-8 with BOM, for spreadsheets). */
export const GET = defineRoute(
  async (_actor, request) => {
    const filter = apiFilter(request);
    const { items, lastModified } = await listPublicJoinings({ municipality: filter.municipality, pageSize: 0 });
    const lines = [COLUMNS.join(","), ...items.map((j) => [j.compact.title, j.compact.path, j.compact.municipality, j.organisation, j.sector, j.kind, j.joinedOn.toISOString().slice(0, 10), j.evidence].map(csvField).join(","))];
    return publicResponse(request, `\uFEFF${lines.join("\r\n")}\r\n`, { contentType: "text/csv; charset=utf-8", lastModified, filename: "joinings.csv" });
  },
  { actor: false },
);
