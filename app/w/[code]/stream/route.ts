import { defineRoute } from "@/lib/server/http/route";
import { requestAddress } from "@/lib/server/http/request-address";
import { topicStreamResponse } from "@/lib/server/live/sse";
import { findWorkshopByCode } from "@/lib/server/load/workshop-by-code";
import { participantTopic } from "@/lib/server/live/workshop-topics";

export const dynamic = "force-dynamic";

/** GET: server-sent events telling participants' phones which statement is open (the code is the key). */
export const GET = defineRoute<{ code: string }>(
  async (_actor, request, { code }) => {
    const workshop = await findWorkshopByCode(code, requestAddress(request));
    return topicStreamResponse(request, participantTopic(workshop.id));
  },
  { actor: false },
);
