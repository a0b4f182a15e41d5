import type { ReactNode } from "react";
import { Forbidden } from "@/components/forbidden";
import { can } from "@/lib/domain/permissions";
import { requireActor } from "@/lib/server/guard";

/** Admin pages: signed-in admins only. Each page and action checks its own permission again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("/admin/users");
  if (!can(actor, "user.manage")) return <Forbidden />;
  return <>{children}</>;
}
