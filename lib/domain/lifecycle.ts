/**
 * How a compact moves through the policy cycle: which transition leads where, who may make it, and
 * what must be true first. The rules are data (FORWARD_TRANSITIONS, RETURN_TRANSITION,
 * REJECTION_TRANSITION, CONDITIONS); evaluateTransition, checklist and availableTransitions all read
 * the same data, so the checklist on the page can never disagree with what the server allows. Every
 * move, whoever makes it, is evaluated here and written from the events evaluateTransition returns.
 */
import { can, type Action, type Target } from "./permissions";
import type { Actor, Sector } from "./roles";
import { previousStage, type Stage } from "./stages";

/** The moves an official makes with the stage buttons (and the stage API). */
export const STAGE_CHANGE_KINDS = ["advance", "new_round", "return"] as const;
export type StageChangeKind = (typeof STAGE_CHANGE_KINDS)[number];
/** Every move; "rejected" is a politician's rejection, made by recording the decision. */
export const TRANSITION_KINDS = [...STAGE_CHANGE_KINDS, "rejected"] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/** Text for the user, as a translation key (full dotted path) and its parameters. */
export type Message = { key: string; params?: Record<string, string | number> };
/** Why something may not happen, as a Message. */
export type Reason = Message;

/** Why a compact, which issues it should cover, and which organisations are invited to draft it. */
export type AgendaStatement = { why: string; issues: readonly string[]; invited: readonly string[] };

/**
 * The facts the rules need, gathered by the service for one actor. `reviewSummary` is the summary
 * written for the current stage (the implementation summary while in implementation, the review
 * summary while in review); `blockingFindings` comes from the principle check hook.
 */
export type CompactState = {
  stage: Stage;
  revision: number;
  currentVersion: number;
  agenda: AgendaStatement | null;
  /** Sectors of the organisations in the drafting group (duplicates allowed). */
  draftingGroupSectors: readonly Sector[];
  /** Whether the acting user's organisation is in the drafting group. */
  actorInDraftingGroup: boolean;
  /** Whether each sector has marked the draft ready for decision. */
  readiness: Record<Sector, boolean>;
  blockingFindings: number;
  decisionApproved: boolean;
  reviewSummary: string | null;
};

/**
 * The principle check hook: how many blocking findings stand against a text. The principles feature
 * supplies the real check; until then nothing blocks.
 */
export type BlockingFindingsCheck = (text: string) => number;
export const countNoBlockingFindings: BlockingFindingsCheck = () => 0;

type Condition = {
  /** Checklist label, worded as the thing that should be true. */
  label: string;
  /** What the user is told when it is not. */
  unmet: string;
  isMet: (state: CompactState) => boolean;
  params?: (state: CompactState) => Record<string, string | number>;
};

const hasText = (value: string | null | undefined): boolean => (value ?? "").trim().length > 0;
const hasItem = (values: readonly string[] | undefined): boolean => (values ?? []).some(hasText);

/** Every condition a forward transition can require, each checked on its own. */
export const CONDITIONS = {
  agendaWhy: { label: "lifecycle.checklist.agendaWhy", unmet: "lifecycle.unmet.agendaWhyMissing", isMet: (s) => hasText(s.agenda?.why) },
  agendaIssues: { label: "lifecycle.checklist.agendaIssues", unmet: "lifecycle.unmet.agendaIssuesMissing", isMet: (s) => hasItem(s.agenda?.issues) },
  agendaInvited: { label: "lifecycle.checklist.agendaInvited", unmet: "lifecycle.unmet.agendaInvitedMissing", isMet: (s) => hasItem(s.agenda?.invited) },
  publicInGroup: { label: "lifecycle.checklist.publicInGroup", unmet: "lifecycle.unmet.noPublicOrganisation", isMet: (s) => s.draftingGroupSectors.includes("public") },
  civilInGroup: { label: "lifecycle.checklist.civilInGroup", unmet: "lifecycle.unmet.noCivilOrganisation", isMet: (s) => s.draftingGroupSectors.includes("civil") },
  publicReady: { label: "lifecycle.checklist.publicReady", unmet: "lifecycle.unmet.publicNotReady", isMet: (s) => s.readiness.public },
  civilReady: { label: "lifecycle.checklist.civilReady", unmet: "lifecycle.unmet.civilNotReady", isMet: (s) => s.readiness.civil },
  noBlockingFindings: {
    label: "lifecycle.checklist.noBlockingFindings",
    unmet: "lifecycle.unmet.blockingFindings",
    isMet: (s) => s.blockingFindings <= 0,
    params: (s) => ({ count: s.blockingFindings }),
  },
  decisionApproved: { label: "lifecycle.checklist.decisionApproved", unmet: "lifecycle.unmet.decisionNotApproved", isMet: (s) => s.decisionApproved },
  reviewSummary: { label: "lifecycle.checklist.reviewSummary", unmet: "lifecycle.unmet.reviewSummaryMissing", isMet: (s) => hasText(s.reviewSummary) },
} as const satisfies Record<string, Condition>;
export type ConditionId = keyof typeof CONDITIONS;

/**
 * Who may make a transition. Officials coordinate the drafting, so they move the compact; a politician
 * moves it only by rejecting it.
 */
type MoverRule = {
  action: Action;
  /** The facts the permission is asked with: the role decides, not where the compact is. */
  target?: Target;
  mustBeInDraftingGroup: boolean;
  roleReason: string;
};
const DRAFTING_OFFICIAL: MoverRule = {
  action: "compact.changeStage",
  mustBeInDraftingGroup: true,
  roleReason: "lifecycle.forbidden.officialsOnly",
};

type ForwardTransition = {
  kind: "advance" | "new_round";
  to: Stage;
  by: MoverRule;
  conditions: readonly ConditionId[];
};

const AGENDA_READY = ["agendaWhy", "agendaIssues", "agendaInvited"] as const satisfies readonly ConditionId[];
const BOTH_SECTORS_IN_GROUP = ["publicInGroup", "civilInGroup"] as const satisfies readonly ConditionId[];

/**
 * The one forward step out of each stage. Formulation is always drafted by both sectors, so entering
 * it (first round or a new round) needs an organisation from each in the drafting group. The decision
 * itself is recorded by a politician elsewhere; here an official carries out its consequence.
 */
export const FORWARD_TRANSITIONS = {
  agenda: { kind: "advance", to: "formulation", by: DRAFTING_OFFICIAL, conditions: [...AGENDA_READY, ...BOTH_SECTORS_IN_GROUP] },
  formulation: {
    kind: "advance",
    to: "decision",
    by: DRAFTING_OFFICIAL,
    conditions: ["publicReady", "civilReady", "noBlockingFindings"],
  },
  decision: { kind: "advance", to: "implementation", by: DRAFTING_OFFICIAL, conditions: ["decisionApproved"] },
  implementation: { kind: "advance", to: "review", by: DRAFTING_OFFICIAL, conditions: ["reviewSummary"] },
  review: { kind: "advance", to: "reformulation", by: DRAFTING_OFFICIAL, conditions: ["reviewSummary"] },
  reformulation: { kind: "new_round", to: "formulation", by: DRAFTING_OFFICIAL, conditions: BOTH_SECTORS_IN_GROUP },
} as const satisfies Record<Stage, ForwardTransition>;

/** Sending a compact back one step: possible from every stage but agenda, always with a reason. */
export const RETURN_TRANSITION = { kind: "return", by: DRAFTING_OFFICIAL } as const;

/** Politicians decide; they need not be in the drafting group. */
const DECIDING_POLITICIAN: MoverRule = {
  action: "decision.record",
  // Recording a decision is only possible in the decision stage; whether this compact is there is
  // the transition's business (lifecycle.unmet.noSuchTransition), not the actor's.
  target: { stage: "decision" },
  mustBeInDraftingGroup: false,
  roleReason: "lifecycle.forbidden.politiciansOnly",
};

/**
 * A rejected decision sends the compact back to formulation, with the motivation as its reason. It is
 * made by recording the decision (in "approvals" mode by any one politician's rejection), not with
 * the stage buttons.
 */
export const REJECTION_TRANSITION = { kind: "rejected", from: "decision", to: "formulation", by: DECIDING_POLITICIAN } as const;

/** The transitions that need a written reason: a return, and the motivation of a rejection. */
const REASON_REQUIRED: Partial<Record<TransitionKind, string>> = {
  return: "lifecycle.unmet.returnReasonMissing",
  rejected: "lifecycle.unmet.rejectionReasonMissing",
};

/** What a move consists of; applyTransition (lib/server/write) writes each, in this order, in one transaction. */
export type DomainEvent =
  | { type: "compact.snapshotFrozen"; version: number; stage: Stage }
  | {
      type: "compact.stageChanged";
      from: Stage;
      to: Stage;
      kind: TransitionKind;
      actorId: string;
      reason: string | null;
      version: number;
    }
  | { type: "compact.versionStarted"; version: number; previousVersion: number }
  /** Sent back into formulation, the text may change again: both sectors must mark it ready anew. */
  | { type: "compact.readinessReset"; version: number };

export type TransitionResult =
  | { ok: true; from: Stage; to: Stage; newVersion?: number; events: DomainEvent[] }
  | { ok: false; status: "forbidden" | "conflict" | "unmet"; reasons: Reason[] };

export type TransitionInput = { reason?: string; expectedRevision: number };

type ResolvedTransition = { kind: TransitionKind; from: Stage; to: Stage; by: MoverRule; conditions: readonly ConditionId[] };

/** The transition of this kind out of the current stage, or null when there is none. */
function resolveTransition(stage: Stage, kind: TransitionKind): ResolvedTransition | null {
  if (kind === "rejected") {
    const t = REJECTION_TRANSITION;
    return stage === t.from ? { kind, from: t.from, to: t.to, by: t.by, conditions: [] } : null;
  }
  if (kind === "return") {
    const to = previousStage(stage);
    return to ? { kind, from: stage, to, by: RETURN_TRANSITION.by, conditions: [] } : null;
  }
  const forward = FORWARD_TRANSITIONS[stage];
  return forward.kind === kind ? { ...forward, from: stage } : null;
}

/** Who may make a transition of this kind, also where there is none out of the current stage. */
function moverOf(kind: TransitionKind): MoverRule {
  return kind === "rejected" ? REJECTION_TRANSITION.by : DRAFTING_OFFICIAL;
}

function conditionReason(id: ConditionId, state: CompactState): Reason {
  const condition: Condition = CONDITIONS[id];
  return condition.params ? { key: condition.unmet, params: condition.params(state) } : { key: condition.unmet };
}

function unmetConditions(conditions: readonly ConditionId[], state: CompactState): Reason[] {
  return conditions.filter((id) => !CONDITIONS[id].isMet(state)).map((id) => conditionReason(id, state));
}

/** Every reason the actor may not make a transition under this rule; empty when they may. */
function actorProblems(rule: MoverRule, state: CompactState, actor: Actor | null): Reason[] {
  if (!actor) return [{ key: "lifecycle.forbidden.signInRequired" }];
  const reasons: Reason[] = [];
  // Which roles may act at all is the permission map's business; the drafting group is checked here
  // so that the user is told that reason on its own.
  if (!can(actor, rule.action, rule.target)) reasons.push({ key: rule.roleReason });
  if (rule.mustBeInDraftingGroup && !state.actorInDraftingGroup) reasons.push({ key: "lifecycle.forbidden.notInDraftingGroup" });
  return reasons;
}

function transitionEvents(t: ResolvedTransition, state: CompactState, actorId: string, reason: string | null): DomainEvent[] {
  const version = t.kind === "new_round" ? state.currentVersion + 1 : state.currentVersion;
  const events: DomainEvent[] = [
    // Every move freezes the text as it stands. On a new round that is the old version's final text,
    // which stays read-only from then on.
    { type: "compact.snapshotFrozen", version: state.currentVersion, stage: t.from },
    { type: "compact.stageChanged", from: t.from, to: t.to, kind: t.kind, actorId, reason, version },
  ];
  if (t.kind === "new_round") {
    events.push({ type: "compact.versionStarted", version, previousVersion: state.currentVersion });
  }
  if ((t.kind === "return" || t.kind === "rejected") && t.to === "formulation") {
    events.push({ type: "compact.readinessReset", version });
  }
  return events;
}

/**
 * Decides whether `actor` may make the transition of `kind` out of the compact's current stage.
 * Checks, in order: who is acting (forbidden), whether the page was stale (conflict), whether the
 * transition exists here, and then every condition, listing all that are unmet, not just the first.
 * On success returns the events of the move, which applyTransition (lib/server/write) writes, all of
 * them, in the transaction that makes the change.
 */
export function evaluateTransition(
  state: CompactState,
  kind: TransitionKind,
  actor: Actor | null,
  input: TransitionInput,
): TransitionResult {
  const transition = resolveTransition(state.stage, kind);
  const forbidden = actorProblems(transition?.by ?? moverOf(kind), state, actor);
  // `!actor` only narrows the type: actorProblems already refuses anonymous visitors.
  if (forbidden.length > 0 || !actor) return { ok: false, status: "forbidden", reasons: forbidden };
  if (input.expectedRevision !== state.revision) {
    return { ok: false, status: "conflict", reasons: [{ key: "lifecycle.conflict.stale" }] };
  }
  if (!transition) {
    const key = kind === "return" ? "lifecycle.unmet.cannotReturnFromAgenda" : "lifecycle.unmet.noSuchTransition";
    return { ok: false, status: "unmet", reasons: [{ key }] };
  }
  const reasons = unmetConditions(transition.conditions, state);
  const reason = input.reason?.trim() ?? "";
  const reasonMissing = REASON_REQUIRED[kind];
  if (reasonMissing && reason === "") reasons.push({ key: reasonMissing });
  if (reasons.length > 0) return { ok: false, status: "unmet", reasons };

  const events = transitionEvents(transition, state, actor.userId, reasonMissing ? reason : null);
  const base = { ok: true as const, from: transition.from, to: transition.to, events };
  return kind === "new_round" ? { ...base, newVersion: state.currentVersion + 1 } : base;
}

export type ChecklistItem = { id: ConditionId; label: string; met: boolean; reason: Reason };
export type Checklist = { kind: TransitionKind; from: Stage; to: Stage; items: ChecklistItem[]; complete: boolean };

/**
 * What must be true for the next forward step out of the current stage, each item met or not.
 * Built from the same conditions evaluateTransition checks.
 */
export function checklist(state: CompactState): Checklist {
  const forward = FORWARD_TRANSITIONS[state.stage];
  const items = forward.conditions.map((id) => ({
    id,
    label: CONDITIONS[id].label,
    met: CONDITIONS[id].isMet(state),
    reason: conditionReason(id, state),
  }));
  return { kind: forward.kind, from: state.stage, to: forward.to, items, complete: items.every((item) => item.met) };
}

export type AvailableTransition = {
  kind: TransitionKind;
  from: Stage;
  to: Stage;
  /** The button label. */
  label: Message;
  /** A return asks the user why. */
  needsReason: boolean;
  /** Unmet conditions; the button is shown but disabled while any remain. */
  unmet: Reason[];
};

function transitionLabel(t: ResolvedTransition, state: CompactState): Message {
  if (t.kind === "return") return { key: "lifecycle.transition.return" };
  if (t.kind === "new_round") return { key: "lifecycle.transition.newRound", params: { version: state.currentVersion + 1 } };
  return { key: `lifecycle.transition.advance.${t.to}` };
}

/**
 * The transitions this actor may make from the current stage, for the buttons on the compact page.
 * Transitions the actor is not allowed to make at all are left out; ones whose conditions are not
 * yet met are included with what is missing. The server still evaluates the transition itself.
 */
export function availableTransitions(state: CompactState, actor: Actor | null): AvailableTransition[] {
  const candidates = [resolveTransition(state.stage, FORWARD_TRANSITIONS[state.stage].kind), resolveTransition(state.stage, "return")];
  return candidates
    .filter((t): t is ResolvedTransition => t !== null && actorProblems(t.by, state, actor).length === 0)
    .map((t) => ({
      kind: t.kind,
      from: t.from,
      to: t.to,
      label: transitionLabel(t, state),
      needsReason: t.kind === "return",
      unmet: unmetConditions(t.conditions, state),
    }));
}

/**
 * May this actor mark the draft ready for decision? Only during formulation, and only a member of
 * the drafting group: an official for the public sector, an association representative for civil
 * society (the sector marked is the actor's own).
 */
export function canMarkReady(state: CompactState, actor: Actor | null): boolean {
  return can(actor, "compact.markReady", { stage: state.stage, inDraftingGroup: state.actorInDraftingGroup });
}
