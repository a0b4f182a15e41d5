import type { Actor, Role } from "./roles";
import { isRole } from "./roles";
import { ForbiddenError, UnauthenticatedError } from "./errors";

/**
 * Everything a person can try to do. Later features add their actions here, and nowhere else.
 */
export const ACTIONS = [
  "user.manage",
  "organisation.manage",
  "municipality.manage",
  "outbox.view",
  "compact.create",
  "compact.viewDraft",
  "compact.editAgenda",
  "compact.manageDraftingGroup",
  "compact.editText",
  "compact.markReady",
  "compact.changeStage",
  "compact.recordParticipation",
  "compact.writeSummary",
  "decision.record",
  "principles.assess",
  "principles.override",
  "workshop.create",
  "workshop.manage",
  "workshop.viewResults",
  "relations.view",
  "relations.manage",
  "relations.answerOwn",
  "followUp.manageCommitments",
  "followUp.postProgress",
  "followUp.writeReview",
  "compact.publish",
  "joining.register",
  "joining.apply",
  "comment.read",
  "comment.create",
  "comment.sign",
  "comment.resolve",
  "comment.respond",
  "comment.manageRound",
  "comment.report",
  "comment.moderate",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Role → the actions it may take at all. Target-dependent rules are in TARGET_RULES below. */
const DRAFTER: readonly Action[] = [
  "compact.viewDraft",
  "compact.editText",
  "compact.markReady",
  "compact.recordParticipation",
  "compact.writeSummary",
  "principles.assess",
  "principles.override",
  "workshop.create",
  "workshop.manage",
  "workshop.viewResults",
  "relations.view",
  "followUp.manageCommitments",
  "followUp.postProgress",
  "followUp.writeReview",
  "comment.read",
  "comment.create",
  "comment.sign",
  "comment.resolve",
  "comment.respond",
  "comment.report",
];

const ROLE_ACTIONS = {
  admin: ["user.manage", "organisation.manage", "municipality.manage", "outbox.view", "compact.viewDraft", "comment.read", "comment.report", "comment.moderate"],
  official: [...DRAFTER, "compact.create", "compact.editAgenda", "compact.manageDraftingGroup", "compact.changeStage", "relations.manage", "compact.publish", "joining.register", "comment.manageRound"],
  association_rep: [...DRAFTER, "relations.answerOwn", "joining.apply"],
  politician: ["compact.viewDraft", "decision.record", "workshop.viewResults", "relations.view", "comment.read", "comment.create", "comment.sign", "comment.report"],
} as const satisfies Record<Role, readonly Action[]>;

/** What an action is aimed at, as far as permissions need to know. */
export type Target = {
  /** The municipality the thing belongs to. */
  municipalityId?: string;
  /** The compact's current stage, for stage-dependent actions. */
  stage?: string;
  /** Whether the actor's organisation is in the compact's drafting group. */
  inDraftingGroup?: boolean;
  /** The organisation the thing is about (e.g. whose relations are answered). */
  organisationId?: string;
  /** The organisations that carry a commitment (the owner; for a joint commitment both parties). */
  commitmentOwners?: readonly string[];
  /** Whether an open comment round on the current version invites the actor's organisation. */
  roundParticipant?: boolean;
  /** The user who owns the thing (e.g. who prepared a workshop). */
  ownerId?: string;
};

type TargetRule = (actor: Actor, target: Target) => boolean;

const sameMunicipality: TargetRule = (actor, target) =>
  target.municipalityId === undefined || target.municipalityId === actor.municipalityId;

const all =
  (...rules: TargetRule[]): TargetRule =>
  (actor, target) =>
    rules.every((rule) => rule(actor, target));
const inStage =
  (...stages: string[]): TargetRule =>
  (_actor, target) =>
    target.stage !== undefined && stages.includes(target.stage);
const inDraftingGroup: TargetRule = (_actor, target) => target.inDraftingGroup === true;
/** Officials act for the whole municipality; association representatives through the drafting group. */
const officialOrDrafter: TargetRule = (actor, target) => actor.role === "official" || target.inDraftingGroup === true;

/** The stages in which the drafting group writes the text; in every other stage it stands still. */
export const TEXT_STAGES = ["agenda", "formulation", "reformulation"] as const;

/**
 * Rules that depend on the target; an action without one is allowed on any target. Callers pass
 * the facts (stage, drafting group) they loaded; a fact left out never grants anything.
 */
const TARGET_RULES: Partial<Record<Action, TargetRule>> = {
  "compact.viewDraft": sameMunicipality,
  "compact.create": sameMunicipality,
  "compact.editAgenda": all(sameMunicipality, inStage("agenda")),
  "compact.manageDraftingGroup": sameMunicipality,
  "compact.editText": all(sameMunicipality, inDraftingGroup, inStage(...TEXT_STAGES)),
  "compact.markReady": all(sameMunicipality, inDraftingGroup, inStage("formulation")),
  "compact.changeStage": sameMunicipality,
  "compact.recordParticipation": all(sameMunicipality, officialOrDrafter),
  "compact.writeSummary": all(sameMunicipality, inDraftingGroup, inStage("implementation", "review")),
  "decision.record": all(sameMunicipality, inStage("decision")),
  // Each sector scores the principles of the draft it writes, and may override a blocking finding.
  "principles.assess": all(sameMunicipality, inDraftingGroup, inStage("formulation", "reformulation")),
  "principles.override": all(sameMunicipality, inDraftingGroup, inStage("formulation")),
  // Officials and association representatives prepare workshops; a workshop is run by its owner,
  // and by the officials of the municipality (not by every other association's representative).
  "workshop.create": sameMunicipality,
  "workshop.manage": all(sameMunicipality, (actor, target) => actor.role === "official" || (target.ownerId !== undefined && target.ownerId === actor.userId)),
  "workshop.viewResults": sameMunicipality,
  "relations.view": sameMunicipality,
  "relations.manage": sameMunicipality,
  // Everyone of the municipality who may read the draft reads its comments.
  "comment.read": sameMunicipality,
  // Outside an open round only the drafting group comments, while it writes; a round invites more.
  "comment.create": all(sameMunicipality, (actor, target) => target.roundParticipant === true || (inDraftingGroup(actor, target) && inStage(...TEXT_STAGES)(actor, target))),
  "comment.sign": all(sameMunicipality, (actor, target) => target.roundParticipant === true || (inDraftingGroup(actor, target) && inStage(...TEXT_STAGES)(actor, target))),
  "comment.resolve": all(sameMunicipality, inDraftingGroup),
  "comment.respond": all(sameMunicipality, inDraftingGroup),
  "comment.manageRound": sameMunicipality,
  // Whoever may read a comment may report it; an admin of the same municipality hides it.
  "comment.report": sameMunicipality,
  "comment.moderate": sameMunicipality,
  "relations.answerOwn": all(sameMunicipality, (actor, target) => target.organisationId === actor.organisationId),
  // The drafting group lists commitments and action plans while it writes the text; during
  // implementation only the organisations that carry a commitment report on it.
  "followUp.manageCommitments": all(sameMunicipality, inDraftingGroup, inStage("formulation", "reformulation")),
  "followUp.postProgress": all(sameMunicipality, inStage("implementation"), (actor, target) => target.commitmentOwners?.includes(actor.organisationId) === true),
  "followUp.writeReview": all(sameMunicipality, inDraftingGroup, inStage("review")),
  // Officials publish (a draft for consultation, or again a decided version) and register joinings;
  // a representative applies for their own organisation to join an adopted compact.
  "compact.publish": sameMunicipality,
  "joining.register": sameMunicipality,
  "joining.apply": all(sameMunicipality, (actor, target) => target.organisationId === actor.organisationId),
};

/**
 * May this actor take this action (on this target)? Anonymous visitors and unknown roles get nothing:
 * what the public may read is served by public queries that only ever select published material.
 */
export function can(actor: Actor | null, action: Action, target: Target = {}): boolean {
  if (!actor || !isRole(actor.role)) return false;
  const allowed: readonly Action[] = ROLE_ACTIONS[actor.role];
  if (!allowed.includes(action)) return false;
  const rule = TARGET_RULES[action];
  return rule ? rule(actor, target) : true;
}

/** The signed-in actor; UnauthenticatedError for an anonymous visitor. */
export function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** Throws UnauthenticatedError for anonymous visitors, ForbiddenError when the actor may not act. */
export function assertCan(actor: Actor | null, action: Action, target: Target = {}): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, action, target)) throw new ForbiddenError(action);
}
