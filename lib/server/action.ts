import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/domain/roles";
import { isAppError, type Detail, type FieldErrors } from "@/lib/domain/errors";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getActor } from "./auth";
import { forgetPublicRevision, refreshPublicPages } from "./public-cache";

/** `id` is unique per result, so a form can tell one answer from the next. */
export type ActionResult<T = undefined> =
  | { id: string; ok: true; data: T }
  | {
      id: string;
      ok: false;
      code: string;
      message: string;
      details?: Detail[];
      fieldErrors: FieldErrors;
      values?: Record<string, string>;
    };

/** Form fields as a plain object (files are left out). */
export function formToObject(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  form.forEach((value, key) => {
    // Repeated fields (checkbox groups) arrive joined by commas.
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = key in values ? `${values[key]},${value}` : value;
  });
  return values;
}

/** A path to render anew after the action succeeded: a page, or `[path, "layout"]` for everything under a layout. */
export type RevalidateTarget = string | readonly [path: string, type: "layout" | "page"];

export type ActionOptions<T> = {
  /** What the action changed, as paths: a fixed list, or worked out from the form and the handler's result. */
  revalidate?:
    | readonly RevalidateTarget[]
    | ((input: Record<string, string>, data: T) => readonly RevalidateTarget[] | Promise<readonly RevalidateTarget[]>);
};

/**
 * Every server action is built with this: it finds the actor, hands the form to the service (which
 * validates it with zod and checks permissions), revalidates the paths the options name once the
 * service succeeded, and turns failures into a result the form can show. Messages are translation
 * keys; an unexpected error is logged and the user gets a generic message. The handler gets the raw
 * form too, for the files that the plain-object input leaves out.
 */
export function defineAction<T>(
  handler: (actor: Actor | null, input: Record<string, string>, form: FormData) => Promise<T>,
  options: ActionOptions<T> = {},
): (previous: unknown, form: FormData) => Promise<ActionResult<T>> {
  return async (_previous, form) => {
    const input = formToObject(form);
    try {
      const actor = await getActor();
      const data = await handler(actor, input, form);
      const { revalidate = [] } = options;
      for (const target of typeof revalidate === "function" ? await revalidate(input, data) : revalidate) {
        if (typeof target === "string") revalidatePath(target);
        else revalidatePath(target[0], target[1]);
      }
      // Anything public it changed is rendered again for the portal's visitors, after the answer is sent.
      after(() => refreshPublicPages().catch((error: unknown) => console.error("[public-cache] refresh failed", error)));
      return { id: randomUUID(), ok: true, data };
    } catch (error) {
      const values = Object.fromEntries(Object.entries(input).filter(([key]) => !/password|confirm|token/i.test(key)));
      if (isAppError(error)) {
        return {
          id: randomUUID(),
          ok: false,
          code: error.code,
          message: error.messageKey,
          details: error.details,
          fieldErrors: error.fieldErrors,
          values,
        };
      }
      if (isNavigationSignal(error)) throw error;
      console.error("[action] unexpected error", error);
      return { id: randomUUID(), ok: false, code: "unexpected", message: "errors.unexpected", fieldErrors: {}, values };
    } finally {
      // It may have changed something public: this instance's next portal page reads the revision afresh.
      forgetPublicRevision();
    }
  };
}

/** redirect() and notFound() work by throwing; they must pass through untouched. */
function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
