import { getPublicFollowUp } from "@/lib/server/queries/follow-up";
import { getPublicCompact } from "@/lib/server/queries/public";
import { notFoundJson, publicJson } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

/**
 * One published compact: its versions (with fingerprints), decisions, joinings, stage history and,
 * once it is being carried out, its follow-up (commitments, progress per party, the latest review).
 */
export const GET = defineRoute<{ municipality: string; compact: string }>(
  async (_actor, request, { municipality, compact }) => {
    const data = await getPublicCompact(municipality, compact);
    if (!data) return notFoundJson();
    const followUp = await getPublicFollowUp(data.compactId);
    return publicJson(
      request,
      {
        municipality: data.municipality,
        slug: data.slug,
        url: data.path,
        title: data.title,
        summary: data.summary,
        stage: data.stage,
        versions: data.versions.map((v) => ({ ...v, api: `/api/v1/versions/${v.id}`, pdf: `${data.path}/pdf?v=${v.id}` })),
        decisions: data.decisions,
        joinings: { summary: data.joiningSummary, items: data.joinings.map(({ confirmedAt, ...j }) => ({ ...j, confirmedAt })) },
        timeline: data.timelineEntries.map((e) => ({ stage: e.stage, enteredAt: e.enteredAt, version: e.version })),
        // Without the moment it was computed (JSON leaves undefined out), so the ETag changes only with the follow-up.
        followUp: followUp && { ...followUp, generatedAt: undefined },
      },
      data.versions[0]?.publishedAt,
    );
  },
  { actor: false },
);
