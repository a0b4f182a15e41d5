import { listPublicMunicipalities } from "@/lib/server/queries/public";
import { publicJson } from "@/lib/server/services/publication/http";

export async function GET(request: Request) {
  const items = await listPublicMunicipalities();
  return publicJson(request, { items: items.map((m) => ({ ...m, url: `/${m.slug}` })), total: items.length });
}
