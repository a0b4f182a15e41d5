import { listPublishedCompacts } from "@/lib/server/queries/public";
import { apiFilter, paginated } from "@/lib/server/services/publication/api";
import { publicJson } from "@/lib/server/services/publication/http";

/** Published compacts, newest publication first: filter by municipality, stage and text; paginated. */
export async function GET(request: Request) {
  const filter = apiFilter(request);
  const { items, window } = await listPublishedCompacts(filter);
  const body = paginated(
    request,
    items.map((c) => ({
      municipality: c.municipalitySlug,
      slug: c.slug,
      url: c.path,
      api: `/api/v1/compacts/${c.municipalitySlug}/${c.slug}`,
      title: c.title,
      summary: c.summary,
      stage: c.stage,
      latestVersion: c.latestVersion,
      latestKind: c.latestKind,
      publishedAt: c.publishedAt,
      consultationEndsAt: c.consultationEndsAt,
    })),
    window,
  );
  return publicJson(request, body, items.reduce<Date | null>((latest, c) => (!latest || c.publishedAt > latest ? c.publishedAt : latest), null));
}
