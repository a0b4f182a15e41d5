import { getActor } from "@/lib/server/auth";
import { topicStreamResponse } from "@/lib/server/live/sse";
import { getWorkshop } from "@/lib/server/queries/workshops";
import { presenterTopic } from "@/lib/server/live/workshop-topics";
import { withErrors } from "../../respond";

export const dynamic = "force-dynamic";

/** GET: server-sent events with the workshop's live tallies, for the presenter view and the console. */
export const GET = withErrors<{ id: string }>(async (request, { id }) => {
  await getWorkshop(await getActor(), id, "workshop.viewResults");
  return topicStreamResponse(request, presenterTopic(id));
});
