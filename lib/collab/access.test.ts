import { describe, expect, it } from "vitest";
import { ROLES, ROLE_SECTOR, type Actor, type Role } from "@/lib/domain/roles";
import { STAGES, isEditableStage } from "@/lib/domain/stages";
import { textAccess } from "./access";

const actor = (role: Role, municipalityId = "m1"): Actor => ({
  userId: `u-${role}`,
  role,
  sector: ROLE_SECTOR[role],
  organisationId: "o1",
  municipalityId,
});

/** The drafters: roles whose members co-write the text when their organisation is in the group. */
const DRAFTING_ROLES: Role[] = ["official", "association_rep"];

describe("textAccess", () => {
  for (const role of ROLES) {
    for (const stage of STAGES) {
      for (const inDraftingGroup of [true, false]) {
        const expected = DRAFTING_ROLES.includes(role) && inDraftingGroup && isEditableStage(stage) ? "edit" : "read";
        it(`${role}, ${stage}, ${inDraftingGroup ? "in" : "outside"} the drafting group: ${expected}`, () => {
          expect(textAccess(actor(role), { municipalityId: "m1", stage, inDraftingGroup, frozen: false })).toBe(expected);
        });
      }
    }
  }

  it("never lets anyone write a frozen version", () => {
    for (const role of ROLES) expect(textAccess(actor(role), { municipalityId: "m1", stage: "formulation", inDraftingGroup: true, frozen: true })).not.toBe("edit");
  });

  it("gives nothing to anonymous visitors or to another municipality", () => {
    const facts = { municipalityId: "m1", stage: "agenda", inDraftingGroup: true, frozen: false };
    expect(textAccess(null, facts)).toBeNull();
    for (const role of ROLES) expect(textAccess(actor(role, "m2"), facts)).toBeNull();
  });
});
