import { describe, expect, it } from "vitest";
import { ACTIONS, assertCan, can, type Action } from "./permissions";
import { ForbiddenError, UnauthenticatedError } from "./errors";
import type { Actor, Role } from "./roles";

const actorOf = (role: Role, municipalityId = "m1"): NonNullable<Actor> => ({
  userId: `u-${role}`,
  role,
  sector: role === "association_rep" ? "civil" : "public",
  organisationId: "o1",
  municipalityId,
});

/** The whole permission map, written out: role → every action → allowed? */
const EXPECTED: Record<Role | "anonymous", Record<Action, boolean>> = {
  admin: { "user.manage": true, "organisation.manage": true, "municipality.manage": true, "outbox.view": true, "compact.create": false, "compact.viewDraft": true },
  official: { "user.manage": false, "organisation.manage": false, "municipality.manage": false, "outbox.view": false, "compact.create": true, "compact.viewDraft": true },
  association_rep: { "user.manage": false, "organisation.manage": false, "municipality.manage": false, "outbox.view": false, "compact.create": false, "compact.viewDraft": true },
  politician: { "user.manage": false, "organisation.manage": false, "municipality.manage": false, "outbox.view": false, "compact.create": false, "compact.viewDraft": true },
  anonymous: { "user.manage": false, "organisation.manage": false, "municipality.manage": false, "outbox.view": false, "compact.create": false, "compact.viewDraft": false },
};

describe("can", () => {
  for (const [role, actions] of Object.entries(EXPECTED)) {
    for (const action of ACTIONS) {
      it(`${role} ${actions[action] ? "may" : "may not"} ${action}`, () => {
        const actor = role === "anonymous" ? null : actorOf(role as Role);
        expect(can(actor, action, { municipalityId: "m1" })).toBe(actions[action]);
      });
    }
  }

  it("keeps drafts within the actor's own municipality", () => {
    expect(can(actorOf("official"), "compact.viewDraft", { municipalityId: "m1" })).toBe(true);
    expect(can(actorOf("official"), "compact.viewDraft", { municipalityId: "other" })).toBe(false);
    expect(can(actorOf("official"), "compact.create", { municipalityId: "other" })).toBe(false);
  });

  it("gives an unknown role nothing", () => {
    const stranger = { ...actorOf("official"), role: "superuser" } as unknown as Actor;
    for (const action of ACTIONS) expect(can(stranger, action)).toBe(false);
  });
});

describe("assertCan", () => {
  it("throws UnauthenticatedError for anonymous visitors", () => {
    expect(() => assertCan(null, "compact.viewDraft")).toThrow(UnauthenticatedError);
  });
  it("throws ForbiddenError with status 403 when not allowed", () => {
    try {
      assertCan(actorOf("politician"), "user.manage");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).status).toBe(403);
    }
  });
  it("passes silently when allowed", () => {
    expect(() => assertCan(actorOf("admin"), "user.manage")).not.toThrow();
  });
});
