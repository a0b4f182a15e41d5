import { SECTORS, type Sector } from "./roles";

/**
 * The rules of comments, joint comments and comment rounds, as plain functions. Time is always a
 * parameter, so a rule never depends on the clock of the machine it runs on.
 */

export const COMMENT_SCOPES = ["text", "section", "compact"] as const;
export type CommentScope = (typeof COMMENT_SCOPES)[number];

export const COMMENT_STATUSES = ["open", "resolved", "withdrawn"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Who may take part in a round: the drafting group, every organisation of the municipality, or named ones. */
export const ROUND_AUDIENCES = ["drafting_group", "municipality", "organisations"] as const;
export type RoundAudience = (typeof ROUND_AUDIENCES)[number];

/** How the drafting group handled a comment of a closed round. */
export const COMMENT_OUTCOMES = ["accepted", "partly_accepted", "not_accepted", "noted"] as const;
export type CommentOutcome = (typeof COMMENT_OUTCOMES)[number];

export const MAX_COMMENT_LENGTH = 5000;
/** An author may correct their own comment this long after writing it; after that it stands as written. */
export const EDIT_WINDOW_MS = 10 * 60 * 1000;

/** May the author still edit a comment written at `createdAt`? Withdrawn comments are never edited. */
export function isWithinEditWindow(createdAt: Date, now: Date): boolean {
  const age = now.getTime() - createdAt.getTime();
  return age >= 0 && age <= EDIT_WINDOW_MS;
}

export type RoundTiming = { endsAt: Date; closedAt: Date | null };

/** A round is open until an official closes it or its end date passes, whichever comes first. */
export function isRoundOpen(round: RoundTiming, now: Date): boolean {
  return round.closedAt === null && now.getTime() < round.endsAt.getTime();
}

/** When a round closed (or closes): the earlier of the official's close and the end date. */
export function roundClosedAt(round: RoundTiming): Date {
  return round.closedAt && round.closedAt < round.endsAt ? round.closedAt : round.endsAt;
}

export type RoundAudienceFacts = {
  audience: RoundAudience;
  /** The organisations named for an "organisations" round. */
  participantIds: readonly string[];
};

/** Is this organisation invited to comment in the round? */
export function isRoundParticipant(round: RoundAudienceFacts, organisationId: string, inDraftingGroup: boolean): boolean {
  if (inDraftingGroup) return true;
  if (round.audience === "municipality") return true;
  if (round.audience === "organisations") return round.participantIds.includes(organisationId);
  return false;
}

export type SignatureFacts = { sector: Sector };

/** A joint comment stands when at least one member of each sector has signed it. */
export function isJoint(signatures: readonly SignatureFacts[]): boolean {
  return SECTORS.every((sector) => signatures.some((s) => s.sector === sector));
}

/** The sectors that still have to sign before the comment is joint. */
export function missingSectors(signatures: readonly SignatureFacts[]): Sector[] {
  return SECTORS.filter((sector) => !signatures.some((s) => s.sector === sector));
}

export type SectorCounts = Record<Sector, number>;
export type SectionBalance = { section: string; counts: SectorCounts; total: number; oneSided: Sector | null };

/**
 * Per section, how many comments each sector wrote (withdrawn ones and replies left out by the
 * caller); a section only one sector commented on is flagged with that sector.
 */
export function balanceBySection(comments: readonly { section: string; sector: Sector }[]): SectionBalance[] {
  const sections = new Map<string, SectorCounts>();
  for (const comment of comments) {
    const counts = sections.get(comment.section) ?? { public: 0, civil: 0 };
    counts[comment.sector] += 1;
    sections.set(comment.section, counts);
  }
  return [...sections].map(([section, counts]) => {
    const total = counts.public + counts.civil;
    const oneSided = total > 0 && counts.public === 0 ? "civil" : total > 0 && counts.civil === 0 ? "public" : null;
    return { section, counts, total, oneSided };
  });
}

export type ReportComment = { section: string; sector: Sector; outcome: CommentOutcome | null };
export type ReportTotals = {
  bySector: SectorCounts;
  byOutcome: Record<CommentOutcome | "unanswered", number>;
  /** Outcome × sector, for the table in the report. */
  matrix: Record<CommentOutcome | "unanswered", SectorCounts>;
  total: number;
};

/** Totals of a consultation report: comments by sector, by outcome, and both. */
export function reportTotals(comments: readonly ReportComment[]): ReportTotals {
  const keys = [...COMMENT_OUTCOMES, "unanswered"] as const;
  const byOutcome = Object.fromEntries(keys.map((k) => [k, 0])) as ReportTotals["byOutcome"];
  const matrix = Object.fromEntries(keys.map((k) => [k, { public: 0, civil: 0 }])) as ReportTotals["matrix"];
  const bySector: SectorCounts = { public: 0, civil: 0 };
  for (const comment of comments) {
    const key = comment.outcome ?? "unanswered";
    byOutcome[key] += 1;
    matrix[key][comment.sector] += 1;
    bySector[comment.sector] += 1;
  }
  return { bySector, byOutcome, matrix, total: comments.length };
}

/** Groups items by section, keeping the order in which sections first appear. */
export function groupBySection<T extends { section: string }>(items: readonly T[]): { section: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.section, [...(groups.get(item.section) ?? []), item]);
  return [...groups].map(([section, grouped]) => ({ section, items: grouped }));
}

export type TextPiece = { kind: "text"; text: string } | { kind: "link"; href: string; text: string };

const LINK = /\b(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/gi;

/**
 * Splits plain comment text into text and web links, so the UI can render links as anchors and
 * everything else as text (never as markup). Only http(s) addresses become links.
 */
export function linkifyPlainText(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ kind: "text", text: text.slice(last, start) });
    pieces.push({ kind: "link", href: match[0], text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}
