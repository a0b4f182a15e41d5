import { listPublicDecisions } from "@/lib/server/queries/public";
import { apiFilter, paginated } from "@/lib/server/http/api-query";
import { publicJson } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

/** Adoption decisions on published compacts, newest first; paginated. */
export const GET = defineRoute(
  async (_actor, request) => {
    const filter = apiFilter(request);
    const { items, window, lastModified } = await listPublicDecisions(filter);
    return publicJson(request, paginated(request, items, window), lastModified);
  },
  { actor: false },
);
