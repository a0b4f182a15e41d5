import { listPublicMunicipalities } from "@/lib/server/queries/public";
import { publicJson } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

export const GET = defineRoute(
  async (_actor, request) => {
    const items = await listPublicMunicipalities();
    return publicJson(request, { items: items.map((m) => ({ ...m, url: `/${m.slug}` })), total: items.length });
  },
  { actor: false },
);
