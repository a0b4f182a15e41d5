import { describe, expect, it } from "vitest";
import { ACTIONS, assertCan, can, type Action } from "./permissions";
import { ForbiddenError, UnauthenticatedError } from "./errors";
import type { Actor, Role } from "./roles";

const actorOf = (role: Role, municipalityId = "m1"): Actor => ({
  userId: `u-${role}`,
  role,
  sector: role === "association_rep" ? "civil" : "public",
  organisationId: "o1",
  municipalityId,
});

type Row = Record<Action, boolean>;
const none = Object.fromEntries(ACTIONS.map((a) => [a, false])) as Row;
const DRAFTER = {
  "compact.viewDraft": true,
  "compact.editText": true,
  "compact.markReady": true,
  "compact.recordParticipation": true,
  "compact.writeSummary": true,
  "principles.assess": true,
  "principles.override": true,
  "workshop.create": true,
  "workshop.manage": true,
  "workshop.viewResults": true,
  "relations.view": true,
  "followUp.manageCommitments": true,
  "followUp.postProgress": true,
  "followUp.writeReview": true,
  "comment.read": true,
  "comment.create": true,
  "comment.sign": true,
  "comment.resolve": true,
  "comment.respond": true,
  "comment.report": true,
};

/** The whole permission map, written out: role → every action → allowed (on a target that fits it)? */
const EXPECTED: Record<Role | "anonymous", Row> = {
  admin: { ...none, "user.manage": true, "organisation.manage": true, "municipality.manage": true, "outbox.view": true, "compact.viewDraft": true, "comment.read": true, "comment.report": true, "comment.moderate": true },
  official: { ...none, ...DRAFTER, "compact.create": true, "compact.editAgenda": true, "compact.manageDraftingGroup": true, "compact.changeStage": true, "relations.manage": true, "compact.publish": true, "joining.register": true, "comment.manageRound": true },
  association_rep: { ...none, ...DRAFTER, "relations.answerOwn": true, "joining.apply": true },
  politician: { ...none, "compact.viewDraft": true, "decision.record": true, "workshop.viewResults": true, "relations.view": true, "comment.read": true, "comment.create": true, "comment.sign": true, "comment.report": true },
  anonymous: none,
};

/** A target on which the action is possible at all: the stage it belongs to, a drafting-group member. */
const STAGE_OF: Partial<Record<Action, string>> = {
  "compact.editAgenda": "agenda",
  "compact.editText": "formulation",
  "compact.markReady": "formulation",
  "compact.writeSummary": "review",
  "decision.record": "decision",
  "principles.assess": "formulation",
  "principles.override": "formulation",
  "followUp.manageCommitments": "formulation",
  "followUp.postProgress": "implementation",
  "followUp.writeReview": "review",
};
const fittingTarget = (action: Action) => ({
  municipalityId: "m1",
  inDraftingGroup: true,
  stage: STAGE_OF[action] ?? "agenda",
  organisationId: "o1",
  commitmentOwners: ["o1"],
  ownerId: "u-association_rep",
});

describe("can", () => {
  for (const [role, actions] of Object.entries(EXPECTED)) {
    for (const action of ACTIONS) {
      it(`${role} ${actions[action] ? "may" : "may not"} ${action}`, () => {
        const actor = role === "anonymous" ? null : actorOf(role as Role);
        expect(can(actor, action, fittingTarget(action))).toBe(actions[action]);
      });
    }
  }

  it("keeps everything within the actor's own municipality", () => {
    for (const action of ACTIONS.filter((a) => !["user.manage", "organisation.manage", "municipality.manage", "outbox.view"].includes(a))) {
      const target = { ...fittingTarget(action), municipalityId: "other" };
      for (const role of ["official", "association_rep", "politician"] as const) expect(can(actorOf(role), action, target)).toBe(false);
    }
  });

  it.each([
    ["compact.editText", ["agenda", "formulation", "reformulation"]],
    ["compact.markReady", ["formulation"]],
    ["compact.writeSummary", ["implementation", "review"]],
    ["decision.record", ["decision"]],
    ["compact.editAgenda", ["agenda"]],
  ] as const)("%s only in %j", (action, stages) => {
    const role = action === "decision.record" ? "politician" : "official";
    for (const stage of ["agenda", "formulation", "decision", "implementation", "review", "reformulation"]) {
      expect(can(actorOf(role), action, { municipalityId: "m1", inDraftingGroup: true, stage })).toBe((stages as readonly string[]).includes(stage));
    }
    expect(can(actorOf(role), action, { municipalityId: "m1", inDraftingGroup: true })).toBe(false);
  });

  it("lets association representatives edit and record participation only through the drafting group", () => {
    const rep = actorOf("association_rep");
    expect(can(rep, "compact.editText", { municipalityId: "m1", stage: "formulation", inDraftingGroup: false })).toBe(false);
    expect(can(rep, "compact.recordParticipation", { municipalityId: "m1", inDraftingGroup: false })).toBe(false);
    expect(can(rep, "compact.recordParticipation", { municipalityId: "m1", inDraftingGroup: true })).toBe(true);
    expect(can(actorOf("official"), "compact.recordParticipation", { municipalityId: "m1", inDraftingGroup: false })).toBe(true);
  });

  it("lets an association representative answer the relations survey only for their own organisation", () => {
    expect(can(actorOf("association_rep"), "relations.answerOwn", { municipalityId: "m1", organisationId: "o1" })).toBe(true);
    expect(can(actorOf("association_rep"), "relations.answerOwn", { municipalityId: "m1", organisationId: "o2" })).toBe(false);
    expect(can(actorOf("association_rep"), "relations.answerOwn", { municipalityId: "m1" })).toBe(false);
  });

  it.each([
    ["followUp.manageCommitments", ["formulation", "reformulation"]],
    ["followUp.postProgress", ["implementation"]],
    ["followUp.writeReview", ["review"]],
  ] as const)("%s only in %j", (action, stages) => {
    for (const role of ["official", "association_rep"] as const) {
      for (const stage of ["agenda", "formulation", "decision", "implementation", "review", "reformulation"]) {
        const target = { municipalityId: "m1", inDraftingGroup: true, stage, commitmentOwners: ["o1"] };
        expect(can(actorOf(role), action, target)).toBe((stages as readonly string[]).includes(stage));
      }
    }
  });

  it("lets only the drafting group list commitments and write the joint review", () => {
    for (const role of ["official", "association_rep"] as const) {
      expect(can(actorOf(role), "followUp.manageCommitments", { municipalityId: "m1", stage: "formulation", inDraftingGroup: false })).toBe(false);
      expect(can(actorOf(role), "followUp.writeReview", { municipalityId: "m1", stage: "review", inDraftingGroup: false })).toBe(false);
    }
    expect(can(actorOf("politician"), "followUp.writeReview", { municipalityId: "m1", stage: "review", inDraftingGroup: true })).toBe(false);
    expect(can(actorOf("admin"), "followUp.manageCommitments", { municipalityId: "m1", stage: "formulation", inDraftingGroup: true })).toBe(false);
  });

  it("lets only members of an owner organisation post progress, in or out of the drafting group", () => {
    for (const role of ["official", "association_rep"] as const) {
      const base = { municipalityId: "m1", stage: "implementation", inDraftingGroup: false };
      expect(can(actorOf(role), "followUp.postProgress", { ...base, commitmentOwners: ["o1"] })).toBe(true);
      expect(can(actorOf(role), "followUp.postProgress", { ...base, commitmentOwners: ["o2", "o1"] })).toBe(true);
      expect(can(actorOf(role), "followUp.postProgress", { ...base, commitmentOwners: ["o2"] })).toBe(false);
      expect(can(actorOf(role), "followUp.postProgress", base)).toBe(false);
    }
    for (const role of ["politician", "admin"] as const) {
      expect(can(actorOf(role), "followUp.postProgress", { municipalityId: "m1", stage: "implementation", commitmentOwners: ["o1"] })).toBe(false);
    }
  });

  it("lets an association representative apply to join only for their own organisation", () => {
    expect(can(actorOf("association_rep"), "joining.apply", { municipalityId: "m1", organisationId: "o1" })).toBe(true);
    expect(can(actorOf("association_rep"), "joining.apply", { municipalityId: "m1", organisationId: "o2" })).toBe(false);
    expect(can(actorOf("association_rep"), "joining.apply", { municipalityId: "m1" })).toBe(false);
    expect(can(actorOf("politician"), "joining.register", { municipalityId: "m1" })).toBe(false);
    expect(can(actorOf("official"), "joining.register", { municipalityId: "m2" })).toBe(false);
  });

  it("lets only the drafting group comment outside an open round, and the round's participants within one", () => {
    for (const role of ["official", "association_rep", "politician"] as const) {
      const actor = actorOf(role);
      expect(can(actor, "comment.create", { municipalityId: "m1", stage: "formulation", inDraftingGroup: true })).toBe(true);
      expect(can(actor, "comment.create", { municipalityId: "m1", stage: "formulation", inDraftingGroup: false })).toBe(false);
      // Once the text stands still (decision), the drafting group comments only in a round.
      expect(can(actor, "comment.create", { municipalityId: "m1", stage: "decision", inDraftingGroup: true })).toBe(false);
      expect(can(actor, "comment.create", { municipalityId: "m1", stage: "decision", inDraftingGroup: false, roundParticipant: true })).toBe(true);
      expect(can(actor, "comment.sign", { municipalityId: "m1", stage: "formulation", inDraftingGroup: false, roundParticipant: true })).toBe(true);
      expect(can(actor, "comment.sign", { municipalityId: "m1", stage: "formulation", inDraftingGroup: false, roundParticipant: false })).toBe(false);
      // Reading needs nothing but the municipality.
      expect(can(actor, "comment.read", { municipalityId: "m1" })).toBe(true);
    }
    expect(can(actorOf("admin"), "comment.create", { municipalityId: "m1", stage: "formulation", inDraftingGroup: true, roundParticipant: true })).toBe(false);
  });

  it("lets the drafting group resolve and answer comments, and only officials open rounds", () => {
    for (const role of ["official", "association_rep"] as const) {
      expect(can(actorOf(role), "comment.respond", { municipalityId: "m1", inDraftingGroup: true })).toBe(true);
      expect(can(actorOf(role), "comment.respond", { municipalityId: "m1", inDraftingGroup: false })).toBe(false);
      expect(can(actorOf(role), "comment.resolve", { municipalityId: "m1", inDraftingGroup: false })).toBe(false);
    }
    expect(can(actorOf("politician"), "comment.respond", { municipalityId: "m1", inDraftingGroup: true })).toBe(false);
    expect(can(actorOf("official"), "comment.manageRound", { municipalityId: "m1" })).toBe(true);
    expect(can(actorOf("association_rep"), "comment.manageRound", { municipalityId: "m1" })).toBe(false);
  });

  it("lets every signed-in reader report a comment, and only an admin of the same municipality hide one", () => {
    for (const role of ["admin", "official", "association_rep", "politician"] as const) {
      expect(can(actorOf(role), "comment.report", { municipalityId: "m1" })).toBe(true);
      expect(can(actorOf(role), "comment.report", { municipalityId: "elsewhere" })).toBe(false);
      expect(can(actorOf(role), "comment.moderate", { municipalityId: "m1" })).toBe(role === "admin");
    }
    expect(can(actorOf("admin"), "comment.moderate", { municipalityId: "elsewhere" })).toBe(false);
    expect(can(null, "comment.report", { municipalityId: "m1" })).toBe(false);
  });

  it("lets a workshop be run by its owner and by officials, not by another association's representative", () => {
    const rep = actorOf("association_rep");
    expect(can(rep, "workshop.manage", { municipalityId: "m1", ownerId: rep.userId })).toBe(true);
    expect(can(rep, "workshop.manage", { municipalityId: "m1", ownerId: "someone-else" })).toBe(false);
    expect(can(rep, "workshop.manage", { municipalityId: "m1" })).toBe(false);
    expect(can(rep, "workshop.create", { municipalityId: "m1" })).toBe(true);
    expect(can(actorOf("official"), "workshop.manage", { municipalityId: "m1", ownerId: rep.userId })).toBe(true);
    expect(can(actorOf("official"), "workshop.manage", { municipalityId: "m2", ownerId: rep.userId })).toBe(false);
  });

  it("gives an unknown role nothing", () => {
    const stranger = { ...actorOf("official"), role: "superuser" } as unknown as Actor;
    for (const action of ACTIONS) expect(can(stranger, action, fittingTarget(action))).toBe(false);
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
