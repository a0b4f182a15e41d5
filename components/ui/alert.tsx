import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  info: "border-public bg-public-soft",
  success: "border-ok bg-ok-soft",
  error: "border-danger bg-danger-soft",
} as const;

/** A message box; errors are announced to screen readers as they appear. */
export function Alert({ tone = "info", title, children }: { tone?: keyof typeof TONES; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border-l-4 px-4 py-3 text-sm", TONES[tone])}>
      {title && <p className="font-semibold">{title}</p>}
      {children}
    </div>
  );
}
