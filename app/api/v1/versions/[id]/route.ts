import { publicCompactPath } from "@/lib/domain/publication";
import { getPublicVersion } from "@/lib/server/queries/public";
import { plainText } from "@/lib/server/http/api-query";
import { notFoundJson, publicJson } from "@/lib/server/http/public-response";
import { defineRoute } from "@/lib/server/http/route";

/** One published version with its text (the editor's JSON and plain text) and fingerprint. */
export const GET = defineRoute<{ id: string }>(
  async (_actor, request, { id }) => {
    if (!/^[\w-]{1,64}$/.test(id)) return notFoundJson();
    const found = await getPublicVersion(id);
    if (!found) return notFoundJson();
    const { publication: p, municipality } = found;
    return publicJson(
      request,
      {
        id: p.id,
        compact: { municipality: municipality.slug, slug: p.compactSlug, url: publicCompactPath(municipality.slug, p.compactSlug) },
        title: p.title,
        summary: p.summary,
        version: p.versionNumber,
        kind: p.kind,
        fingerprint: p.fingerprint,
        publishedAt: p.publishedAt,
        consultationStartsAt: p.consultationStartsAt,
        consultationEndsAt: p.consultationEndsAt,
        content: p.content,
        text: plainText(p.content),
      },
      p.publishedAt,
    );
  },
  { actor: false },
);
