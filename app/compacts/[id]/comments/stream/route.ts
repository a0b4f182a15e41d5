import { defineRoute } from "@/lib/server/http/route";
import { streamCompactComments } from "@/lib/server/live/comments";

export const dynamic = "force-dynamic";

/** GET: server-sent events telling an open compact page that its comments changed (a stamp, no content). */
export const GET = defineRoute<{ id: string }>(async (actor, request, { id }) => streamCompactComments(request, actor, id));
