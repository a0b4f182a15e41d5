import type { Sector } from "@/lib/domain/roles";
import { cn } from "./cn";

/** The sector in text and colour (and an icon), never colour alone. */
export function SectorBadge({ sector, label }: { sector: Sector; label: string }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium",
        sector === "public" ? "border-public bg-public-soft text-public" : "border-civil bg-civil-soft text-civil",
      )}
    >
      <span aria-hidden="true">{sector === "public" ? "▣" : "●"}</span>
      {label}
    </span>
  );
}

export function Badge({ children }: { children: React.ReactNode }) {
  return <span className="inline-flex items-center rounded-full border border-line bg-surface px-2 py-0.5 text-xs text-muted">{children}</span>;
}
