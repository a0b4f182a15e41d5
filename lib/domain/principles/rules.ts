/**
 * The six shared principles of the national compact, the findings an automatic check can make
 * about a compact version, and how serious each kind of finding is. The severity table is the one
 * place that decides what stops a compact from going to decision.
 */
import type { DocNode } from "../document";
import type { Sector } from "../roles";
import type { ParticipationLevel, Stage } from "../stages";

export const PRINCIPLES = ["autonomy", "dialogue", "quality", "longterm", "openness", "diversity"] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** Blocking stops formulation → decision (unless both sectors override); the rest inform. */
export const SEVERITIES = ["blocking", "warning", "note"] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isPrinciple(value: unknown): value is Principle {
  return typeof value === "string" && (PRINCIPLES as readonly string[]).includes(value);
}

/**
 * Every finding the check can make, with its principle and severity. Only two block: a compact that
 * never says when it is reviewed cannot be long-term (it is how local compacts die, e.g. Malmö), and
 * grants conditional on agreeing with the municipality contradict autonomy outright. Everything else
 * is a judgement the two sectors make themselves, so it warns or notes.
 */
export const RULES = {
  "autonomy.fundingConditional": { principle: "autonomy", severity: "blocking" },
  "autonomy.noIndependence": { principle: "autonomy", severity: "warning" },
  "autonomy.noRightToCriticise": { principle: "autonomy", severity: "note" },
  "dialogue.noForum": { principle: "dialogue", severity: "warning" },
  "dialogue.oneSectorCommented": { principle: "dialogue", severity: "warning" },
  "dialogue.participationBelowDialogue": { principle: "dialogue", severity: "warning" },
  "dialogue.noParticipationRecorded": { principle: "dialogue", severity: "note" },
  "dialogue.civilCommentsUnanswered": { principle: "dialogue", severity: "warning" },
  "quality.commitmentWithoutOwner": { principle: "quality", severity: "warning" },
  "quality.noFollowUp": { principle: "quality", severity: "warning" },
  "quality.noCommitments": { principle: "quality", severity: "note" },
  "longterm.noReview": { principle: "longterm", severity: "blocking" },
  "longterm.noValidity": { principle: "longterm", severity: "warning" },
  "longterm.shortValidity": { principle: "longterm", severity: "warning" },
  "longterm.noRevisionCycle": { principle: "longterm", severity: "note" },
  "openness.noPublication": { principle: "openness", severity: "warning" },
  "openness.noFinancialOpenness": { principle: "openness", severity: "warning" },
  "openness.commentsNotPublic": { principle: "openness", severity: "warning" },
  "diversity.fewOrganisations": { principle: "diversity", severity: "warning" },
  "diversity.oneKind": { principle: "diversity", severity: "warning" },
  "diversity.joiningRestricted": { principle: "diversity", severity: "warning" },
  "diversity.noOpenJoining": { principle: "diversity", severity: "note" },
  "diversity.fewCommentingOrganisations": { principle: "diversity", severity: "note" },
} as const satisfies Record<string, { principle: Principle; severity: Severity }>;
export type RuleId = keyof typeof RULES;

/** Where in the text a finding applies: the block (paragraph, heading, list item) and the sentence. */
export type FindingLocation = { blockIndex: number; excerpt: string };

export type Finding = {
  rule: RuleId;
  principle: Principle;
  severity: Severity;
  /** Translation key (full dotted path) of the explanation, and its parameters. */
  messageKey: string;
  params: Record<string, string | number>;
  where: FindingLocation | null;
};

/** A finding of one rule, with the principle and severity the RULES table gives it. */
export function finding(rule: RuleId, params: Record<string, string | number> = {}, where: FindingLocation | null = null): Finding {
  const { principle, severity } = RULES[rule];
  return { rule, principle, severity, messageKey: `principles.finding.${rule}`, params, where };
}

/** An organisation in the drafting group. */
export type InvolvedOrganisation = { id: string; sector: Sector; kind: string };

/**
 * Who commented on the draft (the comment balance): distinct organisations per sector, and civil
 * society's comments that the public sector neither replied to nor recorded an outcome for.
 */
export type CommentBalanceFacts = { organisations: Readonly<Record<Sector, number>>; civilUnanswered: number };

/**
 * What the check reads. The comment facts are optional: a caller that does not know the comments
 * (or a version from before comments existed) leaves them out, and the rules that need them stay silent.
 */
export type PrincipleCheckInput = {
  doc: DocNode;
  organisations: readonly InvolvedOrganisation[];
  participation: readonly { stage: Stage; level: ParticipationLevel }[];
  /** How many comments each sector made while the version was drafted (agenda, formulation, reformulation). */
  formulationComments?: Readonly<Record<Sector, number>>;
  /** Who made those comments, and whether civil society got an answer. */
  commentBalance?: CommentBalanceFacts;
  /** Whether comments on the draft are answered in the open, for everyone to read. */
  commentsHandledPublicly?: boolean;
};

export type PrincipleCheckOptions = {
  /** Fewest distinct civil-society organisations that should take part. */
  minCivilOrganisations: number;
  /** Shortest period of validity, in years, that counts as long-term. */
  minValidityYears: number;
};

export const DEFAULT_PRINCIPLE_OPTIONS: PrincipleCheckOptions = { minCivilOrganisations: 3, minValidityYears: 3 };
