import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/domain/roles";
import { ForbiddenError, isAppError } from "@/lib/domain/errors";
import type { Translate } from "@/lib/i18n/core";
import { getT } from "@/lib/i18n/server";
import { getActor } from "../auth";
import { forgetPublicRevision } from "../public-cache";

/**
 * Every route handler of the app is built with this (only next-auth's own handler is not):
 *
 *   export const GET = defineRoute<{ id: string }>(async (actor, request, { id }) => loadSomething(actor, id));
 *   export const POST = defineRoute(async (actor, request) => changeSomething(actor, await readJson(request)));   // readJson: ./body
 *   export const GET = defineRoute(async (_actor, request) => publicJson(request, data), { actor: false });
 *
 * A change (POST/PUT/PATCH/DELETE) from a foreign page (an Origin that is not ours) is refused with
 * 403 before anything else runs. Then the actor is found (skipped with `{ actor: false }`: public open
 * data, or a workshop vote that goes by its participant cookie) and the handler runs. What it returns
 * is the answer: a Response as it is (a file from `download`, public material from `publicResponse`,
 * a stream of server-sent events), any other value as JSON (`{ ok: true }` for nothing). A thrown error
 * becomes a response in one place, `errorResponse`. Translations load only for an error.
 */
export function defineRoute<P = Record<string, string>>(
  handler: (actor: Actor | null, request: Request, params: P) => unknown,
  options: { actor?: boolean } = {},
) {
  const route = async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const changes = isChange(request);
    if (changes && !isSameOrigin(request)) return errorResponse(new ForbiddenError());
    try {
      const actor = options.actor === false ? null : await getActor();
      const result: unknown = await handler(actor, request, ((await context?.params) ?? {}) as P);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      return errorResponse(error);
    } finally {
      // A change may have touched something public: this instance's next portal page reads the revision afresh.
      if (changes) forgetPublicRevision();
    }
  };
  definedRoutes.add(route);
  return route;
}

const definedRoutes = new WeakSet<object>();

/** Whether a route module's export was built with defineRoute (the routes test holds every route to it). */
export function isDefinedRoute(value: unknown): boolean {
  return typeof value === "function" && definedRoutes.has(value);
}

/** The one mapping from a thrown error to a response; see problemOf. */
export async function errorResponse(error: unknown): Promise<Response> {
  const { status, body } = problemOf(error, await getT());
  return NextResponse.json(body, { status });
}

/** A problem answered without throwing (e.g. a 413 that is no domain error), in the same shape. */
export async function problem(status: number, code: string, messageKey: string): Promise<Response> {
  const t = await getT();
  return NextResponse.json({ code, message: t(messageKey), details: [], fieldErrors: {} } satisfies ProblemBody, { status });
}

export type ProblemBody = { code: string; message: string; details: string[]; fieldErrors: Record<string, string[]> };

/**
 * A domain error (AppError) becomes its status with a translated problem: its code, its message, every
 * reason (details) and the messages per field. Anything else is logged and answered with a generic 500
 * that shows nothing of it (no message, no stack).
 */
export function problemOf(error: unknown, t: Translate): { status: number; body: ProblemBody } {
  if (isAppError(error)) {
    return {
      status: error.status,
      body: {
        code: error.code,
        message: t(error.messageKey, error.params),
        details: error.details.map((d) => t(d.key, d.params)),
        fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => t(k))])),
      },
    };
  }
  console.error("[route] unexpected error", error);
  return { status: 500, body: { code: "unexpected", message: t("errors.unexpected"), details: [], fieldErrors: {} } };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether the request may change something (and so must come from our own pages). */
export function isChange(request: Request): boolean {
  return !SAFE_METHODS.has(request.method.toUpperCase());
}

/**
 * Browsers send Origin with cross-site POSTs; a request without one is not from a foreign page.
 * Reads (GET) are not checked: the open-data API is meant to be fetched from anywhere.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
