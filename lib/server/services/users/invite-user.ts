import { assertCan } from "@/lib/domain/permissions";
import { AppError, NotFoundError } from "@/lib/domain/errors";
import { assertRoleFitsSector, type Actor } from "@/lib/domain/roles";
import { INVITATION_LIFETIME_MS } from "@/lib/domain/sign-in-limits";
import { inviteUserSchema } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/common";
import { createTranslator } from "@/lib/i18n/core";
import { MESSAGES } from "@/lib/i18n/messages";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { getEnv } from "../../env";
import { sendMail } from "../../mail";
import { createOneTimeToken } from "../../one-time-token";

/**
 * An admin invites a person by e-mail into an organisation with a role. The invitee gets a one-time
 * link (mailed, or in the outbox) to set a password; the account exists but cannot sign in until then.
 */
export async function inviteUser(actor: Actor | null, input: unknown, now = new Date()): Promise<{ userId: string; link: string }> {
  assertCan(actor, "user.manage");
  const data = parseInput(inviteUserSchema, input);
  const { email, name, organisationId, role } = data;
  const db = getDb();
  const organisation = await db.organisation.findFirst({ where: { id: organisationId, municipalityId: actor.municipalityId } });
  if (!organisation) throw new NotFoundError();
  assertRoleFitsSector(role, organisation.sector);
  if (await db.user.findUnique({ where: { email } })) {
    throw new AppError("invalid", "errors.invalid", { email: ["errors.user.emailTaken"] });
  }
  const { token, tokenHash } = createOneTimeToken();
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email, name, memberships: { create: { organisationId, role } } },
    });
    await tx.oneTimeToken.create({
      data: { tokenHash, purpose: "invite", userId: created.id, expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS) },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.invited",
      entityType: "user",
      entityId: created.id,
      municipalityId: actor.municipalityId,
      after: { email, name, organisationId, role },
    });
    return created;
  });
  const t = createTranslator(MESSAGES.sv);
  const link = `${getEnv().APP_URL}/invite/${token}`;
  await sendMail({
    municipalityId: actor.municipalityId,
    to: email,
    subject: t("mail.invite.subject", { organisation: organisation.name }),
    body: t("mail.invite.body", { name, organisation: organisation.name, link }),
    link,
    secretLink: true,
  });
  return { userId: user.id, link };
}
