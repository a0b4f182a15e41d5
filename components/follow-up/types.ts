/** A server action bound to a form (passed in by the page, so these components stay free of routes). */
export type { FormAction } from "@/components/ui/action-form";
