import type { Role } from "./roles";
import { ROLES } from "./roles";

/**
 * The authorisation matrix: every way into the app (each server action of lib/actions, each handler
 * of app/**\/route.ts) with who may use it. lib/server/authorisation-matrix.int.test.ts calls every
 * entry point as every kind of caller and holds the answer to what is written here; an entry point
 * without a row fails that test, so a new action or route is placed in the matrix when it is added.
 *
 * The callers (the matrix's columns):
 * - "anonymous": no session; "deactivated": a session of a user who has since been deactivated.
 * - a role of the municipality the target belongs to ("admin", "official", ...).
 * - "foreign:<role>": the same role in ANOTHER municipality, aiming at the first one's things.
 *
 * Outcomes: "allowed" (the action succeeds), or the refusal's code (401 unauthenticated, 403
 * forbidden, 404 not_found: the target is hidden from the caller, 422 invalid).
 */
export const CALLERS = ["anonymous", "deactivated", ...ROLES, ...ROLES.map((role) => `foreign:${role}` as const)] as const;
export type Caller = (typeof CALLERS)[number];

export type Outcome = "allowed" | "unauthenticated" | "forbidden" | "not_found" | "invalid" | "conflict";

export type EntryPoint = {
  /**
   * The roles of the target's municipality that may use it (the target being the one the test
   * prepares for it), or "anyone": a public entry point, whose answer never depends on the caller
   * (open data, a link with a token, a workshop's participant cookie).
   */
  may: readonly Role[] | "anyone";
  /**
   * What a member of another municipality gets when aiming at this municipality's things:
   * "not_found" (hidden) by default; "forbidden" where the role may not take the action at all, so
   * nothing is looked up; "own" for entry points that only ever act on the caller's own
   * municipality or account (a request from elsewhere changes their own, never the target's).
   */
  foreign?: "not_found" | "forbidden" | "own";
  /**
   * The role is checked before the target is looked up: a member of another municipality whose role
   * may not take the action at all gets 403 rather than 404.
   */
  roleFirst?: boolean;
  /** Cells that differ from the rule above, each with the reason in a comment. */
  except?: Partial<Record<Caller, Outcome>>;
};

const officials = ["official"] as const satisfies readonly Role[];
const admins = ["admin"] as const satisfies readonly Role[];
const drafters = ["official", "association_rep"] as const satisfies readonly Role[];

/** Server actions, as "<file in lib/actions>.<export>". */
export const ACTION_ENTRY_POINTS: Record<string, EntryPoint> = {
  // Links with a one-time token: the token, not the session, says who it is for.
  // An unknown token is refused alike for everybody.
  "auth.acceptInvitationAction": { may: "anyone", except: allCallers("invalid") },
  "auth.requestPasswordResetAction": { may: "anyone" },
  "auth.resetPasswordAction": { may: "anyone", except: allCallers("invalid") },
  // Every signed-in user ends their own sessions, never anybody else's.
  "auth.signOutEverywhereAction": { may: ROLES, foreign: "own" },

  // The drafting group while it writes; anybody of the municipality invited to an open round (the
  // matrix's draft has a round open to the whole municipality, so the politician too).
  "comments.createCommentAction": { may: ["official", "association_rep", "politician"] },
  "comments.editCommentAction": { may: ["association_rep"] },
  "comments.withdrawCommentAction": { may: ["association_rep"] },
  "comments.resolveCommentAction": { may: drafters },
  "comments.signCommentAction": { may: ["official", "association_rep", "politician"] },
  "comments.withdrawSignatureAction": { may: ["official", "association_rep", "politician"] },
  "comments.respondToCommentAction": { may: drafters },
  "comments.openCommentRoundAction": { may: officials },
  "comments.closeCommentRoundAction": { may: officials },

  "compacts.createCompactAction": { may: officials, foreign: "own" },
  "compacts.changeStageAction": { may: officials },
  "compacts.markReadyAction": { may: drafters },
  "compacts.saveAgendaAction": { may: officials },
  "compacts.addToDraftingGroupAction": { may: officials },
  "compacts.removeFromDraftingGroupAction": { may: officials },
  "compacts.recordParticipationAction": { may: drafters },
  "compacts.saveStageSummaryAction": { may: drafters },

  "decision.recordApprovalAction": { may: ["politician"] },
  "decision.publishConsultationAction": { may: officials },
  "decision.registerJoiningAction": { may: officials },
  "decision.applyToJoinAction": { may: ["association_rep"] },
  "decision.confirmJoiningAction": { may: officials },

  "follow-up.addCommitmentAction": { may: drafters },
  "follow-up.removeCommitmentAction": { may: drafters },
  "follow-up.addActionPlanAction": { may: drafters },
  "follow-up.saveRhythmAction": { may: drafters },
  "follow-up.saveJointReviewAction": { may: drafters },
  "follow-up.postProgressAction": { may: drafters },

  // The language of this browser (and of the caller's own account): anybody, about themselves.
  "locale.setLocaleAction": { may: "anyone" },

  "moderation.hideCommentAction": { may: admins, foreign: "forbidden" },
  "moderation.dismissReportAction": { may: admins, foreign: "forbidden" },

  // One's own notifications: anybody else's are "not found".
  "notifications.markNotificationReadAction": { may: ROLES_ALL(), except: { admin: "not_found", association_rep: "not_found", politician: "not_found" } },
  "notifications.markAllNotificationsReadAction": { may: ROLES_ALL(), foreign: "own" },

  "organisations.createOrganisationAction": { may: admins, foreign: "own" },
  "organisations.updateOrganisationAction": { may: admins, roleFirst: true },

  "principles.assessPrincipleAction": { may: drafters },
  "principles.recordPrincipleOverrideAction": { may: drafters },

  "relations.saveRelationsAction": { may: officials },
  "relations.sendSurveyAction": { may: officials, foreign: "own" },
  "relations.saveVolunteerEstimateAction": { may: officials, foreign: "own" },
  "relations.attachEvidenceAction": { may: drafters },

  "reports.reportCommentAction": { may: ROLES_ALL() },

  "settings.updateSettingsAction": { may: admins, foreign: "own" },
  "settings.updateDecisionRuleAction": { may: admins, foreign: "own" },

  // A relations survey is answered by a signed-in representative with the link mailed to their
  // organisation: the link is checked before the role, so with an unknown one every member gets 422.
  // survey.int.test.ts answers real links (and refuses another organisation's).
  "survey.answerSurveyAction": { may: ["association_rep"], except: signedInCallers("invalid") },

  "users.inviteUserAction": { may: admins, roleFirst: true },
  "users.changeRoleAction": { may: admins, roleFirst: true },
  "users.setUserActiveAction": { may: admins, roleFirst: true },

  // Another municipality's members make workshops of their own, but cannot tie one to our compact.
  "workshops.createWorkshopAction": { may: drafters, foreign: "own", except: { "foreign:official": "invalid", "foreign:association_rep": "invalid" } },
  // A workshop is managed by its owner and the municipality's officials; the matrix's workshops are
  // an official's, so another association's representative is refused.
  "workshops.startWorkshopAction": { may: officials },
  "workshops.endWorkshopAction": { may: officials },
  "workshops.excludeJoinBurstAction": { may: officials },
  "workshops.statementCommandAction": { may: officials },
  "workshops.addStatementAction": { may: officials },
  "workshops.moveStatementAction": { may: officials },
};

/** Route handlers, as "<METHOD> <route file's folder under app>". next-auth's own handler is not ours. */
export const ROUTE_ENTRY_POINTS: Record<string, EntryPoint> = {
  // Where to report a vulnerability (RFC 9116).
  "GET .well-known/security.txt": { may: "anyone" },
  // The public portal's files and the open-data API: published material only, for anybody.
  "GET [municipality]/[compact]/docx": { may: "anyone" },
  "GET [municipality]/[compact]/pdf": { may: "anyone" },
  // Reached only through proxy.ts with the page and nonce headers; called directly it is not there.
  "GET api/public-page": { may: "anyone", except: allCallers("not_found") },
  "GET api/v1": { may: "anyone" },
  "GET api/v1/compacts": { may: "anyone" },
  "GET api/v1/compacts/[municipality]/[compact]": { may: "anyone" },
  "GET api/v1/decisions": { may: "anyone" },
  "GET api/v1/feed": { may: "anyone" },
  "GET api/v1/joinings": { may: "anyone" },
  "GET api/v1/joinings.csv": { may: "anyone" },
  // The matrix's joining is only applied for: its evidence is not public until an official confirms it.
  "GET api/v1/joinings/[id]/evidence": { may: "anyone", except: allCallers("not_found") },
  "GET api/v1/municipalities": { may: "anyone" },
  "GET api/v1/versions/[id]": { may: "anyone" },

  // A closed round's report: everybody of the municipality who may read the draft.
  "GET api/compacts/[id]/consultation/[roundId]/[format]": { may: ROLES_ALL() },
  "GET api/compacts/[id]/docx": { may: ROLES_ALL() },
  "POST api/compacts/[id]/docx": { may: drafters },
  "POST api/compacts/[id]/stage": { may: officials },
  "GET api/relations/export": { may: officials, foreign: "own" },
  "POST api/relations/import": { may: officials, foreign: "own" },
  "GET api/relations/template": { may: officials, foreign: "own" },
  "GET api/workshops/[id]/export/[format]": { may: ["official", "association_rep", "politician"] },
  // The console's live results: whoever runs workshops, and the politicians who may see results.
  "GET api/workshops/[id]/stream": { may: ["official", "association_rep", "politician"] },
  "GET compacts/[id]/comments/stream": { may: ROLES_ALL() },
  // Asked for a file that does not exist, every caller (signed in or not) gets the same 404.
  "GET compacts/[id]/follow-up/evidence/[fileId]": { may: ROLES_ALL(), except: allCallers("not_found") },

  // A workshop is joined by its code and voted in by the participant cookie, signed in or not.
  "POST w/[code]/join": { may: "anyone" },
  "GET w/[code]/stream": { may: "anyone" },
  // A vote counts by the participant cookie that joining set; without one nobody votes, session or not.
  "POST w/[code]/vote": { may: "anyone", except: allCallers("unauthenticated") },
};

function ROLES_ALL(): readonly Role[] {
  return ROLES;
}

function allCallers(outcome: Outcome): Partial<Record<Caller, Outcome>> {
  return Object.fromEntries(CALLERS.map((caller) => [caller, outcome]));
}

function signedInCallers(outcome: Outcome): Partial<Record<Caller, Outcome>> {
  return Object.fromEntries(CALLERS.filter((caller) => caller !== "anonymous" && caller !== "deactivated").map((caller) => [caller, outcome]));
}

/** The outcome the matrix expects for one caller of one entry point. */
export function expectedOutcome(entry: EntryPoint, caller: Caller): Outcome {
  const exception = entry.except?.[caller];
  if (exception) return exception;
  if (entry.may === "anyone") return "allowed";
  if (caller === "anonymous" || caller === "deactivated") return "unauthenticated";
  if (caller.startsWith("foreign:")) {
    const role = caller.slice("foreign:".length) as Role;
    const foreign = entry.foreign ?? "not_found";
    if (foreign === "own") return entry.may.includes(role) ? "allowed" : "forbidden";
    if (entry.roleFirst && !entry.may.includes(role)) return "forbidden";
    return foreign;
  }
  return entry.may.includes(caller as Role) ? "allowed" : "forbidden";
}
