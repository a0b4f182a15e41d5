import { getActor } from "@/lib/server/auth";
import { streamCompactComments } from "@/lib/server/live/comments";
import { withErrors } from "@/app/api/workshops/respond";

export const dynamic = "force-dynamic";

/** GET: server-sent events telling an open compact page that its comments changed (a stamp, no content). */
export const GET = withErrors<{ id: string }>(async (request, { id }) => streamCompactComments(request, await getActor(), id));
