import { cookies } from "next/headers";
import { getEnv } from "@/lib/server/env";
import { readJson } from "@/lib/server/http/body";
import { defineRoute } from "@/lib/server/http/route";
import { joinWorkshop } from "@/lib/server/services/workshops/join-workshop";
import { participantCookie } from "@/lib/server/http/participant-cookie";
import { requestAddress } from "@/lib/server/http/request-address";

/**
 * POST { sector, organisationName? }: joins the workshop with this code. The participant token goes
 * into an httpOnly cookie for /w/<code> only; the answer never contains it.
 */
export const POST = defineRoute<{ code: string }>(async (actor, request, { code }) => {
  const joined = await joinWorkshop(actor, { ...(await readJson(request)), code }, requestAddress(request));
  (await cookies()).set(participantCookie(joined.joinCode, joined.token, getEnv().APP_URL.startsWith("https://")));
  return { workshopId: joined.workshopId, sector: joined.sector, organisationName: joined.organisationName };
});
