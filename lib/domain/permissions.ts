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
] as const;
export type Action = (typeof ACTIONS)[number];

/** Role → the actions it may take at all. Target-dependent rules are in TARGET_RULES below. */
const ROLE_ACTIONS = {
  admin: ["user.manage", "organisation.manage", "municipality.manage", "outbox.view", "compact.viewDraft"],
  official: ["compact.create", "compact.viewDraft"],
  association_rep: ["compact.viewDraft"],
  politician: ["compact.viewDraft"],
} as const satisfies Record<Role, readonly Action[]>;

/** What an action is aimed at, as far as permissions need to know. */
export type Target = {
  /** The municipality the thing belongs to. */
  municipalityId?: string;
};

type TargetRule = (actor: NonNullable<Actor>, target: Target) => boolean;

const sameMunicipality: TargetRule = (actor, target) =>
  target.municipalityId === undefined || target.municipalityId === actor.municipalityId;

/** Rules that depend on the target; an action without one is allowed on any target. */
const TARGET_RULES: Partial<Record<Action, TargetRule>> = {
  "compact.viewDraft": sameMunicipality,
  "compact.create": sameMunicipality,
};

/**
 * May this actor take this action (on this target)? Anonymous visitors and unknown roles get nothing:
 * what the public may read is served by public queries that only ever select published material.
 */
export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  if (!actor || !isRole(actor.role)) return false;
  const allowed: readonly Action[] = ROLE_ACTIONS[actor.role];
  if (!allowed.includes(action)) return false;
  const rule = TARGET_RULES[action];
  return rule ? rule(actor, target) : true;
}

/** Throws UnauthenticatedError for anonymous visitors, ForbiddenError when the actor may not act. */
export function assertCan(actor: Actor, action: Action, target: Target = {}): asserts actor is NonNullable<Actor> {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, action, target)) throw new ForbiddenError(action);
}
