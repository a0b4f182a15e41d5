import { defineRoute } from "@/lib/server/http/route";
import { topicStreamResponse } from "@/lib/server/live/sse";
import { getWorkshop } from "@/lib/server/queries/workshops";
import { presenterTopic } from "@/lib/server/live/workshop-topics";

export const dynamic = "force-dynamic";

/** GET: server-sent events with the workshop's live tallies, for the presenter view and the console. */
export const GET = defineRoute<{ id: string }>(async (actor, request, { id }) => {
  await getWorkshop(actor, id, "workshop.viewResults");
  return topicStreamResponse(request, presenterTopic(id));
});
