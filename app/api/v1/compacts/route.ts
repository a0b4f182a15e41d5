import { listPublishedCompacts } from "@/lib/server/queries/public";
import { apiFilter, paginated } from "@/lib/server/http/api-query";
import { publicJson } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

/** Published compacts, newest publication first: filter by municipality, stage and text; paginated. */
export const GET = defineRoute(
  async (_actor, request) => {
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
  },
  { actor: false },
);
