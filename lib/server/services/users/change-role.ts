import { assertCan } from "@/lib/domain/permissions";
import { AppError, NotFoundError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { changeRoleSchema } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { assertRoleFitsSector } from "@/lib/domain/roles";
import { findManagedMembership } from "@/lib/server/load/managed-user";

/** Changes a user's role. Takes effect on the user's next request: the actor is read from the database. */
export async function changeRole(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "user.manage");
  const data = parseInput(changeRoleSchema, input);
  const { userId, role } = data;
  if (userId === actor.userId) throw new AppError("invalid", "errors.user.notSelf");
  const membership = await findManagedMembership(actor, userId);
  if (!membership) throw new NotFoundError();
  assertRoleFitsSector(role, membership.organisation.sector);
  await getDb().$transaction(async (tx) => {
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.roleChanged",
      entityType: "user",
      entityId: userId,
      municipalityId: actor.municipalityId,
      before: { role: membership.role },
      after: { role },
    });
  });
}
