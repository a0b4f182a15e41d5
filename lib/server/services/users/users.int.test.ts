import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { getDb } from "../../db";
import { loadActor } from "../../actor";
import { demoActor, latestLinkToken, organisationId, withDemoDatabase } from "../../testing/integration";
import { redeemToken } from "../auth/redeem-token";
import { verifySignIn } from "../auth/verify-sign-in";
import { inviteUser } from "./invite-user";
import { changeRole } from "./change-role";
import { setUserActive } from "./set-user-active";

withDemoDatabase();

describe("invitations", () => {
  it("an admin invites; the link in the outbox sets a password; the invitee signs in with their role", async () => {
    const admin = await demoActor("admin");
    const organisation = await organisationId("Stiftelsen Ljusglimten");
    const { userId, link } = await inviteUser(admin, { email: "Sara@Ljusglimten.se", name: "Sara Nilsson", organisationId: organisation, role: "association_rep" });
    expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
    const message = await getDb().outboxMessage.findFirstOrThrow({ where: { to: "sara@ljusglimten.se" } });
    expect(message.subject).toContain("Stiftelsen Ljusglimten");
    expect(message.body).toContain(link);

    await expect(verifySignIn({ email: "sara@ljusglimten.se", password: "whatever-123" }, "10.9.0.1")).rejects.toThrow();
    const token = await latestLinkToken("sara@ljusglimten.se");
    await redeemToken("invite", { token, password: "Saras långa lösenord", confirm: "Saras långa lösenord" });
    expect(await verifySignIn({ email: "sara@ljusglimten.se", password: "Saras långa lösenord" }, "10.9.0.1")).toMatchObject({ id: userId });
    expect(await loadActor(userId)).toMatchObject({ role: "association_rep", sector: "civil", organisationId: organisation });

    const audit = await getDb().auditEvent.findMany({ where: { entityId: userId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["user.invited", "user.invitationAccepted"]);
  });

  it("refuses an expired invitation", async () => {
    const admin = await demoActor("admin");
    await inviteUser(admin, { email: "sen@example.se", name: "Sen", organisationId: await organisationId("Sjöberga församling"), role: "association_rep" });
    const token = await latestLinkToken("sen@example.se");
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    await expect(redeemToken("invite", { token, password: "lösenord som duger", confirm: "lösenord som duger" }, eightDaysLater)).rejects.toMatchObject({
      messageKey: "errors.token.expired",
    });
  });

  it("refuses a taken address, a role outside the organisation's sector, and non-admins", async () => {
    const admin = await demoActor("admin");
    const civil = await organisationId("Föreningen Grannstöd");
    await expect(inviteUser(admin, { email: "forening@demo.overens.se", name: "X", organisationId: civil, role: "association_rep" })).rejects.toMatchObject({
      fieldErrors: { email: ["errors.user.emailTaken"] },
    });
    await expect(inviteUser(admin, { email: "ny@example.se", name: "X", organisationId: civil, role: "official" })).rejects.toMatchObject({
      fieldErrors: { role: ["errors.user.roleSector"] },
    });
    for (const role of ["tjansteperson", "forening", "politiker"] as const) {
      await expect(inviteUser(await demoActor(role), { email: "ny@example.se", name: "X", organisationId: civil, role: "association_rep" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(inviteUser(null, { email: "ny@example.se", name: "X", organisationId: civil, role: "association_rep" })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await getDb().user.count({ where: { email: "ny@example.se" } })).toBe(0);
  });
});

describe("role changes and deactivation", () => {
  it("a new role applies on the user's next request, and is audited", async () => {
    const admin = await demoActor("admin");
    const official = await demoActor("tjansteperson");
    await changeRole(admin, { userId: official.userId, role: "politician" });
    expect((await loadActor(official.userId))?.role).toBe("politician");
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: official.userId, action: "user.roleChanged" } });
    expect(event.before).toEqual({ role: "official" });
    expect(event.after).toEqual({ role: "politician" });
    await changeRole(admin, { userId: official.userId, role: "official" });
  });

  it("a deactivated user is anonymous from the next request and cannot sign in", async () => {
    const admin = await demoActor("admin");
    const politician = await demoActor("politiker");
    await setUserActive(admin, { userId: politician.userId, active: "false" });
    expect(await loadActor(politician.userId)).toBeNull();
    await expect(verifySignIn({ email: "politiker@demo.overens.se", password: "overens-demo-2026" }, "10.8.0.1")).rejects.toMatchObject({
      messageKey: "errors.signIn.invalid",
    });
    await setUserActive(admin, { userId: politician.userId, active: "true" });
    expect((await loadActor(politician.userId))?.role).toBe("politician");
  });

  it("refuses changing oneself, unknown users, sector-breaking roles and non-admins", async () => {
    const admin = await demoActor("admin");
    const rep = await demoActor("forening");
    await expect(changeRole(admin, { userId: admin.userId, role: "official" })).rejects.toMatchObject({ messageKey: "errors.user.notSelf" });
    await expect(changeRole(admin, { userId: "nope", role: "official" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeRole(admin, { userId: rep.userId, role: "official" })).rejects.toMatchObject({ fieldErrors: { role: ["errors.user.roleSector"] } });
    await expect(changeRole(rep, { userId: admin.userId, role: "official" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setUserActive(rep, { userId: admin.userId, active: "false" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await loadActor(admin.userId))?.role).toBe("admin");
  });
});
