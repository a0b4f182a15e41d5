import { listPublicJoinings } from "@/lib/server/queries/public";
import { apiFilter, paginated } from "@/lib/server/http/api-query";
import { publicJson } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

/** Confirmed joinings of published compacts; paginated. */
export const GET = defineRoute(
  async (_actor, request) => {
    const filter = apiFilter(request);
    const { items, window, lastModified } = await listPublicJoinings(filter);
    const body = paginated(
      request,
      items.map(({ hasFile, ...j }) => ({ ...j, evidenceFile: hasFile ? `/api/v1/joinings/${j.id}/evidence` : null })),
      window,
    );
    return publicJson(request, body, lastModified);
  },
  { actor: false },
);
