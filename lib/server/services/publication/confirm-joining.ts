import { confirmJoiningSchema } from "@/lib/validation/publication";
import { AppError, NotFoundError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/** An official confirms a pending application. */
export async function confirmJoining(actor: Actor | null, input: unknown): Promise<{ id: string; compactId: string }> {
  const { joiningId } = parseInput(confirmJoiningSchema, input);
  return getDb().$transaction(async (tx) => {
    const joining = await tx.joining.findUnique({ where: { id: joiningId } });
    if (!joining) throw new NotFoundError();
    const { target } = await loadCompactForActor(tx, actor, joining.compactId);
    assertCan(actor, "joining.register", target);
    if (joining.status === "confirmed") throw new AppError("invalid", "public.errors.alreadyJoined");
    await tx.joining.update({ where: { id: joining.id }, data: { status: "confirmed", confirmedById: actor.userId, confirmedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "joining.confirmed",
      entityType: "joining",
      entityId: joining.id,
      compactId: joining.compactId,
      municipalityId: joining.municipalityId,
      before: { status: joining.status },
      after: { status: "confirmed" },
    });
    return { id: joining.id, compactId: joining.compactId };
  });
}
