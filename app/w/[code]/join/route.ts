import { cookies } from "next/headers";
import { getEnv } from "@/lib/server/env";
import { readJson } from "@/lib/server/http/body";
import { defineRoute } from "@/lib/server/http/route";
import { joinWorkshop } from "@/lib/server/services/workshops/join-workshop";
import { PARTICIPANT_COOKIE, participantCookie } from "@/lib/server/http/participant-cookie";
import { requestAddress } from "@/lib/server/http/request-address";

/**
 * POST { sector, organisationName? }: joins the workshop with this code. The participant token goes
 * into an httpOnly cookie for /w/<code> only; the answer never contains it. A device that joined already
 * (its cookie) stays the same participant; new joins are limited per address (429).
 */
export const POST = defineRoute<{ code: string }>(async (actor, request, { code }) => {
  const jar = await cookies();
  const joined = await joinWorkshop(actor, { ...(await readJson(request)), code }, requestAddress(request), jar.get(PARTICIPANT_COOKIE)?.value);
  jar.set(participantCookie(joined.joinCode, joined.token, getEnv().APP_URL.startsWith("https://")));
  return { workshopId: joined.workshopId, sector: joined.sector, organisationName: joined.organisationName };
});
