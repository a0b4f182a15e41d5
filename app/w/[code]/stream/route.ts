import { topicStreamResponse } from "@/lib/server/live/sse";
import { findWorkshopByCode } from "@/lib/server/load/workshop-by-code";
import { participantTopic } from "@/lib/server/live/workshop-topics";
import { requestAddress, withErrors } from "@/app/api/workshops/respond";

export const dynamic = "force-dynamic";

/** GET: server-sent events telling participants' phones which statement is open (the code is the key). */
export const GET = withErrors<{ code: string }>(async (request, { code }) => {
  const workshop = await findWorkshopByCode(code, requestAddress(request));
  return topicStreamResponse(request, participantTopic(workshop.id));
});
