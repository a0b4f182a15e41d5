import { defineRoute, readJson } from "@/lib/server/route";
import { changeStage } from "@/lib/server/services/compacts/change-stage";

/** POST { kind, expectedRevision, reason? }: the same stage change as the button on the compact page. */
export const POST = defineRoute<{ id: string }>(async (actor, request, { id }) =>
  changeStage(actor, { ...(await readJson(request)), compactId: id }),
);
