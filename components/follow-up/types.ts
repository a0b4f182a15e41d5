import type { ActionResult } from "@/lib/server/action";

/** A server action bound to a form (passed in by the page, so these components stay free of routes). */
export type FormAction = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown> | null>;
