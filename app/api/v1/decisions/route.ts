import { listPublicDecisions } from "@/lib/server/queries/public";
import { apiFilter, paginated } from "@/lib/server/services/publication/api";
import { publicJson } from "@/lib/server/services/publication/http";

/** Adoption decisions on published compacts, newest first; paginated. */
export async function GET(request: Request) {
  const filter = apiFilter(request);
  const { items, window, lastModified } = await listPublicDecisions(filter);
  return publicJson(request, paginated(request, items, window), lastModified);
}
