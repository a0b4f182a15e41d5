import { cookies } from "next/headers";
import { normaliseJoinCode } from "@/lib/domain/workshop";
import { readJson } from "@/lib/server/http/body";
import { defineRoute } from "@/lib/server/http/route";
import { castVote } from "@/lib/server/services/workshops/cast-vote";
import { PARTICIPANT_COOKIE } from "@/lib/server/http/participant-cookie";

/**
 * POST { statementId, value: "yes" | "no" }: the participant's vote, from their cookie. Idempotent
 * (one row per participant and statement), rate-limited per participant, refused unless the statement
 * is open: 401 not joined, 409 voting closed, 413 body over 16 kB, 422 invalid body, 429 too many.
 */
export const POST = defineRoute<{ code: string }>(
  async (_actor, request, { code }) => {
    const token = (await cookies()).get(PARTICIPANT_COOKIE)?.value;
    return castVote(normaliseJoinCode(code), token, await readJson(request));
  },
  { actor: false },
);
