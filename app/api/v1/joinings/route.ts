import { listPublicJoinings } from "@/lib/server/queries/public";
import { apiFilter, paginated } from "@/lib/server/services/publication/api";
import { publicJson } from "@/lib/server/services/publication/http";

/** Confirmed joinings of published compacts; paginated. */
export async function GET(request: Request) {
  const filter = apiFilter(request);
  const { items, window, lastModified } = await listPublicJoinings(filter);
  const body = paginated(
    request,
    items.map(({ hasFile, ...j }) => ({ ...j, evidenceFile: hasFile ? `/api/v1/joinings/${j.id}/evidence` : null })),
    window,
  );
  return publicJson(request, body, lastModified);
}
