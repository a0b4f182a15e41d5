import "server-only";
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/domain/errors";
import { getT } from "@/lib/i18n/server";
import { getEnv } from "@/lib/server/env";
import { clientAddress } from "@/lib/server/client-address";

/**
 * For GET handlers that answer with a stream or a file rather than JSON (defineRoute covers the
 * JSON posts): a domain error becomes its status with a translated message, anything else a 500
 * that is logged and not shown.
 */
export function withErrors<P>(handler: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      const t = await getT();
      if (isAppError(error)) return NextResponse.json({ code: error.code, message: t(error.messageKey, error.params) }, { status: error.status });
      console.error("[route] unexpected error", error);
      return NextResponse.json({ code: "unexpected", message: t("errors.unexpected") }, { status: 500 });
    }
  };
}

/** The caller's address, for limiting failed join-code lookups. */
export function requestAddress(request: Request): string {
  return clientAddress(request.headers.get("x-forwarded-for"), getEnv().TRUSTED_PROXIES);
}
