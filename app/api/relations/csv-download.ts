import "server-only";
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import type { Translate } from "@/lib/i18n/core";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/server/auth";

/**
 * A CSV file download for a GET route: the service checks permissions; a refusal becomes 401/403
 * with a translated message, like defineRoute does for changes. Never cached: it is working data.
 */
export async function csvDownload(filename: string, produce: (actor: Actor | null, t: Translate) => Promise<string>): Promise<Response> {
  const t = await getT();
  try {
    const csv = await produce(await getActor(), t);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ code: error.code, message: t(error.messageKey, error.params) }, { status: error.status });
    console.error("[route] unexpected error", error);
    return NextResponse.json({ code: "unexpected", message: t("errors.unexpected") }, { status: 500 });
  }
}
