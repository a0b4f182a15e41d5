import { storeLiveText } from "@/lib/server/collab-client";
import { readJson } from "@/lib/server/http/body";
import { defineRoute } from "@/lib/server/http/route";
import { changeStage } from "@/lib/server/services/compacts/change-stage";

/** POST { kind, expectedRevision, reason? }: the same stage change as the button on the compact page. */
export const POST = defineRoute<{ id: string }>(async (actor, request, { id }) => {
  const input = await readJson(request);
  await storeLiveText(actor, id, request.headers.get("cookie"));
  return changeStage(actor, { ...input, compactId: id });
});
