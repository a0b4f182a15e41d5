import { assertCan } from "@/lib/domain/permissions";
import { AppError, NotFoundError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { setUserActiveSchema } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { findManagedMembership } from "@/lib/server/load/managed-user";

/** Deactivates or reactivates an account. A deactivated user is anonymous from their next request on. */
export async function setUserActive(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "user.manage");
  const data = parseInput(setUserActiveSchema, input);
  const { userId, active } = data;
  if (userId === actor.userId) throw new AppError("invalid", "errors.user.notSelf");
  const membership = await findManagedMembership(actor, userId);
  if (!membership) throw new NotFoundError();
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: active ? "user.activated" : "user.deactivated",
      entityType: "user",
      entityId: userId,
      municipalityId: actor.municipalityId,
      before: { active: membership.user.active },
      after: { active },
    });
  });
}
