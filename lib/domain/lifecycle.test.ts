import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createTranslator, flattenKeys, lookup, type MessageTree } from "../i18n/core";
import sv from "../i18n/messages/sv/lifecycle";
import en from "../i18n/messages/en/lifecycle";
import {
  availableTransitions,
  canMarkReady,
  checklist,
  CONDITIONS,
  evaluateTransition,
  STAGE_CHANGE_KINDS,
  TRANSITION_KINDS,
  type CompactState,
  type TransitionKind,
} from "./lifecycle";
import { ROLE_SECTOR, ROLES, type Actor, type Role } from "./roles";
import { STAGES, type Stage } from "./stages";

/** A state in which every condition of every transition is met. */
function readyState(stage: Stage, overrides: Partial<CompactState> = {}): CompactState {
  return {
    stage,
    revision: 7,
    currentVersion: 2,
    agenda: { why: "Bättre samverkan", issues: ["Lokaler"], invited: ["Idrottsföreningen"] },
    draftingGroupSectors: ["public", "civil"],
    actorInDraftingGroup: true,
    readiness: { public: true, civil: true },
    blockingFindings: 0,
    decisionApproved: true,
    reviewSummary: "Genomförandet gick bra.",
    ...overrides,
  };
}

/** A state in which no condition is met. */
function bareState(stage: Stage): CompactState {
  return readyState(stage, {
    agenda: null,
    draftingGroupSectors: [],
    readiness: { public: false, civil: false },
    blockingFindings: 2,
    decisionApproved: false,
    reviewSummary: null,
  });
}

function actorFor(role: Role | null): Actor | null {
  return role
    ? { userId: `user-${role}`, role, sector: ROLE_SECTOR[role], organisationId: "org-1", municipalityId: "m-1" }
    : null;
}

const ROLES_AND_ANONYMOUS: (Role | null)[] = [...ROLES, null];
const input = (state: CompactState) => ({ expectedRevision: state.revision, reason: "Texten behöver mer arbete." });
const keys = (reasons: { key: string }[]) => reasons.map((reason) => reason.key);

/** Where each kind of transition leads from each stage; null where it does not exist. Written out, not derived. */
const EXPECTED_TARGET: Record<Stage, Record<TransitionKind, Stage | null>> = {
  agenda: { advance: "formulation", new_round: null, return: null, rejected: null },
  formulation: { advance: "decision", new_round: null, return: "agenda", rejected: null },
  decision: { advance: "implementation", new_round: null, return: "formulation", rejected: "formulation" },
  implementation: { advance: "review", new_round: null, return: "decision", rejected: null },
  review: { advance: "reformulation", new_round: null, return: "implementation", rejected: null },
  reformulation: { advance: null, new_round: "formulation", return: "review", rejected: null },
};

/** Who makes each kind of transition, and what everyone else is told. Officials must be in the drafting group. */
const EXPECTED_MOVER: Record<TransitionKind, { role: Role; refused: string }> = {
  advance: { role: "official", refused: "lifecycle.forbidden.officialsOnly" },
  new_round: { role: "official", refused: "lifecycle.forbidden.officialsOnly" },
  return: { role: "official", refused: "lifecycle.forbidden.officialsOnly" },
  rejected: { role: "politician", refused: "lifecycle.forbidden.politiciansOnly" },
};

describe("evaluateTransition: every stage × transition × role", () => {
  const cases = STAGES.flatMap((stage) =>
    TRANSITION_KINDS.flatMap((kind) => ROLES_AND_ANONYMOUS.map((role) => ({ stage, kind, role }))),
  );

  it.each(cases)("$stage / $kind / $role", ({ stage, kind, role }) => {
    const state = readyState(stage);
    const result = evaluateTransition(state, kind, actorFor(role), input(state));
    const target = EXPECTED_TARGET[stage][kind];

    if (role === null) {
      expect(result).toEqual({ ok: false, status: "forbidden", reasons: [{ key: "lifecycle.forbidden.signInRequired" }] });
    } else if (role !== EXPECTED_MOVER[kind].role) {
      expect(result).toEqual({ ok: false, status: "forbidden", reasons: [{ key: EXPECTED_MOVER[kind].refused }] });
    } else if (target === null) {
      const key = kind === "return" ? "lifecycle.unmet.cannotReturnFromAgenda" : "lifecycle.unmet.noSuchTransition";
      expect(result).toEqual({ ok: false, status: "unmet", reasons: [{ key }] });
    } else {
      expect(result).toMatchObject({ ok: true, from: stage, to: target });
    }
  });

  it.each(STAGES)("an official outside the drafting group may not move a compact in %s", (stage) => {
    const state = readyState(stage, { actorInDraftingGroup: false });
    for (const kind of STAGE_CHANGE_KINDS) {
      const result = evaluateTransition(state, kind, actorFor("official"), input(state));
      expect(result).toEqual({ ok: false, status: "forbidden", reasons: [{ key: "lifecycle.forbidden.notInDraftingGroup" }] });
    }
  });

  it("lists both who-problems for an association representative outside the group", () => {
    const state = readyState("formulation", { actorInDraftingGroup: false });
    const result = evaluateTransition(state, "advance", actorFor("association_rep"), input(state));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(keys(result.reasons)).toEqual(["lifecycle.forbidden.officialsOnly", "lifecycle.forbidden.notInDraftingGroup"]);
    }
  });
});

const SINGLE_CONDITIONS: { stage: Stage; change: Partial<CompactState>; key: string }[] = [
  { stage: "agenda", change: { agenda: { why: " ", issues: ["Lokaler"], invited: ["IF"] } }, key: "agendaWhyMissing" },
  { stage: "agenda", change: { agenda: { why: "Varför", issues: ["", "  "], invited: ["IF"] } }, key: "agendaIssuesMissing" },
  { stage: "agenda", change: { agenda: { why: "Varför", issues: ["Lokaler"], invited: [] } }, key: "agendaInvitedMissing" },
  { stage: "agenda", change: { draftingGroupSectors: ["civil", "civil"] }, key: "noPublicOrganisation" },
  { stage: "agenda", change: { draftingGroupSectors: ["public"] }, key: "noCivilOrganisation" },
  { stage: "formulation", change: { readiness: { public: false, civil: true } }, key: "publicNotReady" },
  { stage: "formulation", change: { readiness: { public: true, civil: false } }, key: "civilNotReady" },
  { stage: "formulation", change: { blockingFindings: 1 }, key: "blockingFindings" },
  { stage: "decision", change: { decisionApproved: false }, key: "decisionNotApproved" },
  { stage: "implementation", change: { reviewSummary: null }, key: "reviewSummaryMissing" },
  { stage: "review", change: { reviewSummary: "   " }, key: "reviewSummaryMissing" },
  { stage: "reformulation", change: { draftingGroupSectors: ["civil"] }, key: "noPublicOrganisation" },
  { stage: "reformulation", change: { draftingGroupSectors: ["public"] }, key: "noCivilOrganisation" },
];

describe("evaluateTransition: conditions", () => {
  it.each(SINGLE_CONDITIONS)("$stage refuses with only $key when that alone is unmet", ({ stage, change, key }) => {
    const state = readyState(stage, change);
    const kind = stage === "reformulation" ? "new_round" : "advance";
    const result = evaluateTransition(state, kind, actorFor("official"), input(state));
    expect(result).toMatchObject({ ok: false, status: "unmet" });
    if (!result.ok) expect(keys(result.reasons)).toEqual([`lifecycle.unmet.${key}`]);
  });

  it("passes the number of blocking findings to the message", () => {
    const state = readyState("formulation", { blockingFindings: 3 });
    const result = evaluateTransition(state, "advance", actorFor("official"), input(state));
    expect(result).toEqual({ ok: false, status: "unmet", reasons: [{ key: "lifecycle.unmet.blockingFindings", params: { count: 3 } }] });
  });

  const ALL_UNMET: Record<Stage, string[]> = {
    agenda: ["agendaWhyMissing", "agendaIssuesMissing", "agendaInvitedMissing", "noPublicOrganisation", "noCivilOrganisation"],
    formulation: ["publicNotReady", "civilNotReady", "blockingFindings"],
    decision: ["decisionNotApproved"],
    implementation: ["reviewSummaryMissing"],
    review: ["reviewSummaryMissing"],
    reformulation: ["noPublicOrganisation", "noCivilOrganisation"],
  };

  it.each(STAGES)("lists every unmet condition for %s, not just the first", (stage) => {
    const state = bareState(stage);
    const kind = stage === "reformulation" ? "new_round" : "advance";
    const result = evaluateTransition(state, kind, actorFor("official"), input(state));
    expect(result).toMatchObject({ ok: false, status: "unmet" });
    if (!result.ok) expect(keys(result.reasons)).toEqual(ALL_UNMET[stage].map((key) => `lifecycle.unmet.${key}`));
  });

  it.each(["", "   ", undefined])("refuses a return without a reason (%j)", (reason) => {
    const state = readyState("decision");
    const result = evaluateTransition(state, "return", actorFor("official"), { expectedRevision: 7, reason });
    expect(result).toEqual({ ok: false, status: "unmet", reasons: [{ key: "lifecycle.unmet.returnReasonMissing" }] });
  });

  it("lets a return through even when the forward conditions are unmet", () => {
    const state = bareState("formulation");
    const result = evaluateTransition(state, "return", actorFor("official"), input(state));
    expect(result).toMatchObject({ ok: true, from: "formulation", to: "agenda" });
  });
});

describe("evaluateTransition: stale pages and versions", () => {
  it.each([6, 8])("answers conflict when the page was loaded at revision %i", (expectedRevision) => {
    const state = bareState("formulation");
    const result = evaluateTransition(state, "advance", actorFor("official"), { expectedRevision });
    expect(result).toEqual({ ok: false, status: "conflict", reasons: [{ key: "lifecycle.conflict.stale" }] });
  });

  it("answers forbidden before conflict, so a stale page does not tell outsiders anything", () => {
    const state = readyState("formulation");
    const result = evaluateTransition(state, "advance", actorFor("politician"), { expectedRevision: 1 });
    expect(result).toMatchObject({ ok: false, status: "forbidden" });
  });

  it("starts the next version on a new round and records it", () => {
    const state = readyState("reformulation", { currentVersion: 2 });
    const result = evaluateTransition(state, "new_round", actorFor("official"), input(state));
    expect(result).toEqual({
      ok: true,
      from: "reformulation",
      to: "formulation",
      newVersion: 3,
      events: [
        { type: "compact.snapshotFrozen", version: 2, stage: "reformulation" },
        { type: "compact.stageChanged", from: "reformulation", to: "formulation", kind: "new_round", actorId: "user-official", reason: null, version: 3 },
        { type: "compact.versionStarted", version: 3, previousVersion: 2 },
      ],
    });
  });

  it("keeps the version on other transitions and freezes a snapshot of the stage that ends", () => {
    const state = readyState("formulation", { currentVersion: 1 });
    const result = evaluateTransition(state, "advance", actorFor("official"), input(state));
    expect(result).toEqual({
      ok: true,
      from: "formulation",
      to: "decision",
      events: [
        { type: "compact.snapshotFrozen", version: 1, stage: "formulation" },
        { type: "compact.stageChanged", from: "formulation", to: "decision", kind: "advance", actorId: "user-official", reason: null, version: 1 },
      ],
    });
  });

  it("records the trimmed reason of a return", () => {
    const state = readyState("review");
    const result = evaluateTransition(state, "return", actorFor("official"), { expectedRevision: 7, reason: "  Saknar siffror  " });
    expect(result.ok && result.events[1]).toMatchObject({ type: "compact.stageChanged", to: "implementation", reason: "Saknar siffror" });
  });
});

describe("evaluateTransition: a politician's rejection", () => {
  it("sends the compact back to formulation with the motivation, freezing the text decided on", () => {
    const state = readyState("decision", { currentVersion: 2 });
    const result = evaluateTransition(state, "rejected", actorFor("politician"), { expectedRevision: 7, reason: "  Finansieringen är oklar. " });
    expect(result).toEqual({
      ok: true,
      from: "decision",
      to: "formulation",
      events: [
        { type: "compact.snapshotFrozen", version: 2, stage: "decision" },
        { type: "compact.stageChanged", from: "decision", to: "formulation", kind: "rejected", actorId: "user-politician", reason: "Finansieringen är oklar.", version: 2 },
        { type: "compact.readinessReset", version: 2 },
      ],
    });
  });

  it("needs no forward condition and no place in the drafting group", () => {
    const state = { ...bareState("decision"), actorInDraftingGroup: false };
    expect(evaluateTransition(state, "rejected", actorFor("politician"), input(state))).toMatchObject({ ok: true, to: "formulation" });
  });

  it.each(["", "   ", undefined])("refuses a rejection without a motivation (%j)", (reason) => {
    const state = readyState("decision");
    const result = evaluateTransition(state, "rejected", actorFor("politician"), { expectedRevision: 7, reason });
    expect(result).toEqual({ ok: false, status: "unmet", reasons: [{ key: "lifecycle.unmet.rejectionReasonMissing" }] });
  });

  it.each(STAGES.filter((stage) => stage !== "decision"))("cannot reject a compact in %s", (stage) => {
    const state = readyState(stage);
    expect(evaluateTransition(state, "rejected", actorFor("politician"), input(state))).toEqual({
      ok: false,
      status: "unmet",
      reasons: [{ key: "lifecycle.unmet.noSuchTransition" }],
    });
  });

  it("answers conflict to a politician on a stale page, and forbidden to an official before that", () => {
    const state = readyState("decision");
    expect(evaluateTransition(state, "rejected", actorFor("politician"), { expectedRevision: 6, reason: "Nej" })).toEqual({
      ok: false,
      status: "conflict",
      reasons: [{ key: "lifecycle.conflict.stale" }],
    });
    expect(evaluateTransition(state, "rejected", actorFor("official"), { expectedRevision: 6, reason: "Nej" })).toMatchObject({ ok: false, status: "forbidden" });
  });

  it("is never offered as a stage button", () => {
    for (const role of ROLES_AND_ANONYMOUS) {
      expect(availableTransitions(readyState("decision"), actorFor(role)).map((t) => t.kind)).not.toContain("rejected");
    }
  });
});

describe("evaluateTransition: readiness after a move back", () => {
  it("resets the readiness marks when a return lands in formulation", () => {
    const state = readyState("decision", { currentVersion: 3 });
    const result = evaluateTransition(state, "return", actorFor("official"), input(state));
    expect(result.ok && result.events.at(-1)).toEqual({ type: "compact.readinessReset", version: 3 });
  });

  it.each(STAGES)("keeps them on any other move out of %s", (stage) => {
    const state = readyState(stage);
    for (const kind of STAGE_CHANGE_KINDS) {
      const result = evaluateTransition(state, kind, actorFor("official"), input(state));
      if (!result.ok || (kind === "return" && result.to === "formulation")) continue;
      expect(result.events.map((e) => e.type)).not.toContain("compact.readinessReset");
    }
  });
});

describe("checklist", () => {
  const EXPECTED_ITEMS: Record<Stage, string[]> = {
    agenda: ["agendaWhy", "agendaIssues", "agendaInvited", "publicInGroup", "civilInGroup"],
    formulation: ["publicReady", "civilReady", "noBlockingFindings"],
    decision: ["decisionApproved"],
    implementation: ["reviewSummary"],
    review: ["reviewSummary"],
    reformulation: ["publicInGroup", "civilInGroup"],
  };

  it.each(STAGES)("lists the conditions for the next step out of %s", (stage) => {
    const met = checklist(readyState(stage));
    expect(met.items.map((item) => item.id)).toEqual(EXPECTED_ITEMS[stage]);
    expect(met).toMatchObject({ from: stage, to: EXPECTED_TARGET[stage].advance ?? EXPECTED_TARGET[stage].new_round, complete: true });
    const unmet = checklist(bareState(stage));
    expect(unmet.complete).toBe(false);
    expect(unmet.items.every((item) => !item.met)).toBe(true);
  });

  it("marks each item met or unmet on its own", () => {
    const list = checklist(readyState("formulation", { readiness: { public: true, civil: false } }));
    expect(list.items.map((item) => [item.id, item.met])).toEqual([
      ["publicReady", true],
      ["civilReady", false],
      ["noBlockingFindings", true],
    ]);
  });
});

describe("availableTransitions", () => {
  it("offers an official in the group the forward step and, past agenda, the return", () => {
    expect(availableTransitions(readyState("agenda"), actorFor("official")).map((t) => t.kind)).toEqual(["advance"]);
    const buttons = availableTransitions(readyState("reformulation", { currentVersion: 4 }), actorFor("official"));
    expect(buttons).toEqual([
      { kind: "new_round", from: "reformulation", to: "formulation", label: { key: "lifecycle.transition.newRound", params: { version: 5 } }, needsReason: false, unmet: [] },
      { kind: "return", from: "reformulation", to: "review", label: { key: "lifecycle.transition.return" }, needsReason: true, unmet: [] },
    ]);
  });

  it("shows a forward step with what is missing", () => {
    const [forward] = availableTransitions(bareState("decision"), actorFor("official"));
    expect(forward).toMatchObject({ label: { key: "lifecycle.transition.advance.implementation" }, unmet: [{ key: "lifecycle.unmet.decisionNotApproved" }] });
  });

  it.each(STAGES)("offers nothing to anyone else in %s", (stage) => {
    for (const role of ROLES_AND_ANONYMOUS.filter((r) => r !== "official")) {
      expect(availableTransitions(readyState(stage), actorFor(role))).toEqual([]);
    }
    expect(availableTransitions(readyState(stage, { actorInDraftingGroup: false }), actorFor("official"))).toEqual([]);
  });
});

describe("canMarkReady", () => {
  const cases = STAGES.flatMap((stage) =>
    ROLES_AND_ANONYMOUS.flatMap((role) => [true, false].map((inGroup) => ({ stage, role, inGroup }))),
  );
  it.each(cases)("$stage / $role / in group: $inGroup", ({ stage, role, inGroup }) => {
    const expected = stage === "formulation" && inGroup && (role === "official" || role === "association_rep");
    expect(canMarkReady(readyState(stage, { actorInDraftingGroup: inGroup }), actorFor(role))).toBe(expected);
  });
});

const text = fc.constantFrom("", "   ", "Lokaler", "Föreningsbidrag");
const stateArbitrary: fc.Arbitrary<CompactState> = fc.record({
  stage: fc.constantFrom(...STAGES),
  revision: fc.nat({ max: 50 }),
  currentVersion: fc.integer({ min: 1, max: 9 }),
  agenda: fc.option(fc.record({ why: text, issues: fc.array(text, { maxLength: 3 }), invited: fc.array(text, { maxLength: 3 }) })),
  draftingGroupSectors: fc.array(fc.constantFrom("public" as const, "civil" as const), { maxLength: 4 }),
  actorInDraftingGroup: fc.boolean(),
  readiness: fc.record({ public: fc.boolean(), civil: fc.boolean() }),
  blockingFindings: fc.nat({ max: 3 }),
  decisionApproved: fc.boolean(),
  reviewSummary: fc.option(text),
});

describe("properties", () => {
  it("a forward step succeeds exactly when the checklist is complete, and refusals list the checklist's gaps", () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const list = checklist(state);
        const result = evaluateTransition(state, list.kind, actorFor("official"), { expectedRevision: state.revision });
        if (!state.actorInDraftingGroup) return result.ok === false && result.status === "forbidden";
        const gaps = list.items.filter((item) => !item.met).map((item) => item.reason);
        return result.ok ? list.complete && gaps.length === 0 : result.status === "unmet" && JSON.stringify(result.reasons) === JSON.stringify(gaps);
      }),
    );
  });

  it("never lets any actor through while a condition, the actor or the revision is wrong", () => {
    const actorArbitrary = fc.constantFrom(...ROLES_AND_ANONYMOUS).map(actorFor);
    fc.assert(
      fc.property(stateArbitrary, fc.constantFrom(...TRANSITION_KINDS), actorArbitrary, fc.nat({ max: 50 }), (state, kind, actor, expectedRevision) => {
        const result = evaluateTransition(state, kind, actor, { expectedRevision, reason: "Skäl" });
        if (!result.ok) return true;
        if (kind === "rejected") return actor?.role === "politician" && state.stage === "decision" && expectedRevision === state.revision;
        const forwardUnmet = kind !== "return" && !checklist(state).complete;
        return actor?.role === "official" && state.actorInDraftingGroup && expectedRevision === state.revision && !forwardUnmet;
      }),
    );
  });
});

describe("messages", () => {
  const svTree: MessageTree = { lifecycle: sv };
  const enTree: MessageTree = { lifecycle: en };
  const placeholders = (template: string | undefined) => (template?.match(/\{\w+\}/g) ?? []).sort();

  it("have the same keys and placeholders in Swedish and English", () => {
    expect(flattenKeys(en)).toEqual(flattenKeys(sv));
    for (const key of flattenKeys(svTree)) expect(placeholders(lookup(enTree, key))).toEqual(placeholders(lookup(svTree, key)));
  });

  it("cover every key the rules can produce", () => {
    const produced = new Set<string>(Object.values(CONDITIONS).flatMap((c) => [c.label, c.unmet]));
    for (const stage of STAGES) {
      for (const state of [readyState(stage), bareState(stage), readyState(stage, { actorInDraftingGroup: false })]) {
        for (const role of ROLES_AND_ANONYMOUS) {
          for (const kind of TRANSITION_KINDS) {
            for (const expectedRevision of [state.revision, -1]) {
              const result = evaluateTransition(state, kind, actorFor(role), { expectedRevision, reason: "" });
              if (!result.ok) result.reasons.forEach((reason) => produced.add(reason.key));
            }
          }
          availableTransitions(state, actorFor(role)).forEach((t) => produced.add(t.label.key));
        }
      }
    }
    for (const tree of [svTree, enTree]) {
      const missing = [...produced].filter((key) => lookup(tree, key) === undefined);
      expect(missing).toEqual([]);
    }
    expect(produced.size).toBeGreaterThan(30);
  });

  it("read naturally once interpolated", () => {
    const t = createTranslator({ lifecycle: sv });
    expect(t("lifecycle.unmet.blockingFindings", { count: 2 })).toBe(
      "Principgranskningen har anmärkningar som måste åtgärdas först (antal: 2).",
    );
    expect(t("lifecycle.transition.newRound", { version: 3 })).toBe("Starta en ny omgång (version 3)");
  });
});
