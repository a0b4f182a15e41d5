import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/domain/roles";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { getActor } from "./auth";
import { forgetPublicRevision } from "./public-cache";

/**
 * Every route handler that changes something is built with this: a cross-site request (an Origin
 * that is not ours) is refused, the actor is found, the service runs, and a domain error becomes
 * 401/403/404/409/422 with a translated message. Unexpected errors are logged, never shown.
 * A route that never looks at who is signed in (`{ actor: false }`, e.g. a workshop vote, which
 * goes by its participant cookie) skips the session lookup; translations load only for an error.
 */
export function defineRoute<P>(handler: (actor: Actor | null, request: Request, params: P) => Promise<unknown>, options: { actor?: boolean } = {}) {
  return async (request: Request, context: { params: Promise<P> }) => {
    if (!isSameOrigin(request)) {
      const t = await getT();
      return NextResponse.json({ code: "forbidden", message: t("errors.forbidden") }, { status: 403 });
    }
    try {
      const actor = options.actor === false ? null : await getActor();
      const result = await handler(actor, request, await context.params);
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      const t = await getT();
      if (isAppError(error)) {
        return NextResponse.json(
          {
            code: error.code,
            message: t(error.messageKey, error.params),
            details: error.details.map((d) => t(d.key, d.params)),
            fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => t(k))])),
          },
          { status: error.status },
        );
      }
      console.error("[route] unexpected error", error);
      return NextResponse.json({ code: "unexpected", message: t("errors.unexpected") }, { status: 500 });
    } finally {
      // It may have changed something public: this instance's next portal page reads the revision afresh.
      forgetPublicRevision();
    }
  };
}

/** Browsers send Origin with cross-site POSTs; a request without one is not from a foreign page. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The JSON body of a request, or an empty object when it is not JSON (validation then reports it). */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const body: unknown = await request.json().catch(() => ({}));
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
