/**
 * The participant token lives in an httpOnly cookie whose path is the workshop's own address
 * (/w/<code>): the browser sends it only to that workshop's page and its vote and stream endpoints,
 * and each workshop on the same phone has its own.
 */
export const PARTICIPANT_COOKIE = "workshop_participant";

/** Long enough for a day of workshops; the code stops working when the workshop ends anyway. */
const MAX_AGE_S = 7 * 24 * 60 * 60;

export function participantCookiePath(joinCode: string): string {
  return `/w/${joinCode}`;
}

export function participantCookie(joinCode: string, token: string, secure: boolean) {
  return {
    name: PARTICIPANT_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: participantCookiePath(joinCode),
    maxAge: MAX_AGE_S,
  };
}
