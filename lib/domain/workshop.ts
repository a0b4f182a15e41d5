/**
 * Dialogue workshops with red/green voting: a facilitator reads statements, everyone answers yes or
 * no, and what matters is how the two sectors answer. The rules here are plain functions over plain
 * data, shared by the services, the live views and the exports.
 */
import { SECTORS, type Sector } from "./roles";

export const WORKSHOP_STATUSES = ["draft", "live", "ended"] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const STATEMENT_STATUSES = ["pending", "open", "closed", "revealed"] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const VOTE_VALUES = ["yes", "no"] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

export const STATEMENT_COMMANDS = ["open", "close", "reveal", "reopen"] as const;
export type StatementCommand = (typeof STATEMENT_COMMANDS)[number];

export const WORKSHOP_COMMANDS = ["start", "end"] as const;
export type WorkshopCommand = (typeof WORKSHOP_COMMANDS)[number];

/** Statements a workshop may hold; a projector session longer than this is not a dialogue any more. */
export const MAX_STATEMENTS = 50;

/** Outcome of a command: the new status, or a translation key saying why not. */
export type CommandResult<S> = { ok: true; status: S } | { ok: false; reason: string };

const WORKSHOP_TRANSITIONS = {
  start: { from: ["draft"], to: "live" },
  end: { from: ["live"], to: "ended" },
} as const satisfies Record<WorkshopCommand, { from: readonly WorkshopStatus[]; to: WorkshopStatus }>;

/**
 * Opening a statement lets people vote on it; closing stops the voting; revealing shows the result on
 * the participants' phones too (and closes the statement if it was still open); reopening lets people
 * vote, and change their vote, again.
 */
const STATEMENT_TRANSITIONS = {
  open: { from: ["pending"], to: "open" },
  close: { from: ["open"], to: "closed" },
  reveal: { from: ["open", "closed"], to: "revealed" },
  reopen: { from: ["closed", "revealed"], to: "open" },
} as const satisfies Record<StatementCommand, { from: readonly StatementStatus[]; to: StatementStatus }>;

/** Why a workshop in this status cannot take the command asked of it. */
const WORKSHOP_REFUSALS: Record<WorkshopStatus, string> = {
  draft: "workshop.errors.notStarted",
  live: "workshop.errors.alreadyLive",
  ended: "workshop.errors.ended",
};

/** Starts (draft → live, needs at least one statement) or ends (live → ended) a workshop. */
export function applyWorkshopCommand(status: WorkshopStatus, command: WorkshopCommand, statementCount: number): CommandResult<WorkshopStatus> {
  const rule = WORKSHOP_TRANSITIONS[command];
  if (!(rule.from as readonly WorkshopStatus[]).includes(status)) return { ok: false, reason: WORKSHOP_REFUSALS[status] };
  if (command === "start" && statementCount === 0) return { ok: false, reason: "workshop.errors.noStatements" };
  return { ok: true, status: rule.to };
}

/** A statement command, allowed only while the workshop is live. */
export function applyStatementCommand(
  workshopStatus: WorkshopStatus,
  status: StatementStatus,
  command: StatementCommand,
): CommandResult<StatementStatus> {
  if (workshopStatus !== "live") return { ok: false, reason: "workshop.errors.notLive" };
  const rule = STATEMENT_TRANSITIONS[command];
  if (!(rule.from as readonly StatementStatus[]).includes(status)) return { ok: false, reason: "workshop.errors.statementState" };
  return { ok: true, status: rule.to };
}

/** The commands a facilitator can give a statement now, in the order the console shows them. */
export function availableStatementCommands(workshopStatus: WorkshopStatus, status: StatementStatus): StatementCommand[] {
  return STATEMENT_COMMANDS.filter((command) => applyStatementCommand(workshopStatus, status, command).ok);
}

/** Votes are taken only on the open statement of a live workshop. */
export function isVotingOpen(workshopStatus: WorkshopStatus, status: StatementStatus): boolean {
  return workshopStatus === "live" && status === "open";
}

/** Statements and participants may be added while the workshop is being prepared or is running. */
export function isEditable(workshopStatus: WorkshopStatus): boolean {
  return workshopStatus !== "ended";
}

/**
 * Moves one id a step up or down; positions are the array order. An id at the edge (or unknown)
 * leaves the order as it is.
 */
export function moveInOrder(ids: readonly string[], id: string, direction: "up" | "down"): string[] {
  const order = [...ids];
  const index = order.indexOf(id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= order.length) return order;
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order;
}

/**
 * The statement the room is looking at: the open one, else the one closed (or revealed) last, else
 * none. Ties go to the later position, so a fresh workshop shows nothing rather than guessing.
 */
export function focusStatement<T extends { id: string; status: StatementStatus; position: number; closedAt: Date | null }>(
  statements: readonly T[],
): T | null {
  const open = statements.find((statement) => statement.status === "open");
  if (open) return open;
  let latest: T | null = null;
  for (const statement of statements) {
    if (!statement.closedAt || statement.status === "pending") continue;
    if (!latest || statement.closedAt.getTime() > latest.closedAt!.getTime()) latest = statement;
  }
  return latest;
}

// ---------------------------------------------------------------------------------------------------
// Tallies

export type VoteCounts = { yes: number; no: number };
export type SectorVoteCounts = Record<Sector, VoteCounts>;

/** Counts and shares of one group of voters. Percentages are whole numbers that add up to 100. */
export type ShareLine = VoteCounts & { total: number; yesShare: number; noShare: number; yesPercent: number; noPercent: number };

/** How far apart the sectors are: the difference in "yes" percentages, and which sector said yes more. */
export type SectorGap = { points: number; morePositive: Sector | null };

export type StatementTally = {
  total: ShareLine;
  bySector: Record<Sector, ShareLine>;
  /** Null until both sectors have voted: a gap against nobody means nothing. */
  gap: SectorGap | null;
};

export function emptyCounts(): SectorVoteCounts {
  return { public: { yes: 0, no: 0 }, civil: { yes: 0, no: 0 } };
}

/** Counts individual votes per sector and value. */
export function countVotes(votes: readonly { sector: Sector; value: VoteValue }[]): SectorVoteCounts {
  const counts = emptyCounts();
  for (const vote of votes) counts[vote.sector][vote.value] += 1;
  return counts;
}

/** Counts and shares of one group. With no votes, every share is 0. */
export function shareLine(counts: VoteCounts): ShareLine {
  const total = counts.yes + counts.no;
  if (total === 0) return { ...counts, total, yesShare: 0, noShare: 0, yesPercent: 0, noPercent: 0 };
  const yesPercent = Math.round((counts.yes * 100) / total);
  // Rounded from one side only, so that "Ja 67 %, Nej 33 %" always adds up to 100 on the screen.
  return { ...counts, total, yesShare: counts.yes / total, noShare: counts.no / total, yesPercent, noPercent: 100 - yesPercent };
}

/**
 * The gap between the sectors, in percentage points of "yes". Taken from the rounded percentages the
 * room sees, so that the numbers on the projector agree with each other.
 */
export function sectorGap(bySector: Record<Sector, ShareLine>): SectorGap | null {
  if (bySector.public.total === 0 || bySector.civil.total === 0) return null;
  const difference = bySector.public.yesPercent - bySector.civil.yesPercent;
  return { points: Math.abs(difference), morePositive: difference > 0 ? "public" : difference < 0 ? "civil" : null };
}

/** The translation key that puts a gap into words; the message takes {points}. */
export function gapMessageKey(gap: SectorGap | null): string {
  return `workshop.tally.gap.${gap ? (gap.morePositive ?? "equal") : "none"}`;
}

/**
 * The tally of one statement for the presenter and the exports: counts and shares per sector and in
 * total, and the gap between the sectors.
 */
export function tallyVotes(counts: SectorVoteCounts): StatementTally {
  const bySector = Object.fromEntries(SECTORS.map((sector) => [sector, shareLine(counts[sector])])) as Record<Sector, ShareLine>;
  const total = shareLine({
    yes: SECTORS.reduce((sum, sector) => sum + counts[sector].yes, 0),
    no: SECTORS.reduce((sum, sector) => sum + counts[sector].no, 0),
  });
  return { total, bySector, gap: sectorGap(bySector) };
}

/**
 * How many took part, per sector, for the participation matrix: participants who cast at least one
 * vote (a phone that joined and never voted is not counted as taking part).
 */
export function participationCounts(participants: readonly { sector: Sector; votes: number }[]): { publicCount: number; civilCount: number } {
  const voted = participants.filter((participant) => participant.votes > 0);
  return {
    publicCount: voted.filter((participant) => participant.sector === "public").length,
    civilCount: voted.filter((participant) => participant.sector === "civil").length,
  };
}

// ---------------------------------------------------------------------------------------------------
// Join codes

/** Without 0/O and 1/I, which people mix up when reading off a screen: 32 symbols, 5 bits each. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/**
 * 8 symbols = 40 bits, about 1.1 × 10¹² codes. Looking a code up is limited to JOIN_LOOKUP_LIMIT
 * failures per address per window; with even 100 workshops live at once, a guesser needs about
 * 1.1 × 10¹⁰ tries per hit, i.e. over 300 years at 100 tries per 15 minutes from one address, and
 * still years from ten thousand addresses. Codes stop working when the workshop ends.
 */
export const JOIN_CODE_LENGTH = 8;

/**
 * A join code from random bytes (at least JOIN_CODE_LENGTH of them). 256 is a multiple of 32, so
 * taking each byte modulo the alphabet size is unbiased.
 */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new Error(`joinCodeFromBytes needs ${JOIN_CODE_LENGTH} bytes`);
  return Array.from(bytes.subarray(0, JOIN_CODE_LENGTH), (byte) => JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]).join("");
}

/** What people type, made comparable: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export function isJoinCode(value: string): boolean {
  return value.length === JOIN_CODE_LENGTH && [...value].every((char) => JOIN_CODE_ALPHABET.includes(char));
}

/** "ABCD 2345": two groups of four are easier to read off a projector. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

// ---------------------------------------------------------------------------------------------------
// Rate limits (counted in Redis or the database, never in one process's memory)

export type RateLimit = { max: number; windowMs: number };

/**
 * Votes per participant: a person votes once per statement and may change their mind a few times;
 * 20 requests in 10 seconds is far above that and far below a script hammering the endpoint.
 */
export const VOTE_RATE_LIMIT: RateLimit = { max: 20, windowMs: 10_000 };

/**
 * Failed join-code lookups per address. A whole cinema may share one address (venue Wi-Fi), so typos
 * of a few hundred people must fit; see JOIN_CODE_LENGTH for why this is still far too slow to guess.
 */
export const JOIN_LOOKUP_LIMIT: RateLimit = { max: 100, windowMs: 15 * 60 * 1000 };

/**
 * Joins per address and workshop. A whole room may share one address (venue Wi-Fi), so the limit is
 * well above a large workshop, yet stops a script from joining as thousands of participants. Joining
 * again from the same device (the participant cookie) is no new join and is not counted.
 */
export const JOIN_ADDRESS_LIMIT: RateLimit = { max: 150, windowMs: 10 * 60 * 1000 };
export const JOIN_LIMIT_PREFIX = "workshop-join:";

/** Joins in one minute above which the console flags a burst (a script rather than a room). */
export const JOIN_BURST_PER_MINUTE = 30;
/** How many minutes back the console shows joins per minute. */
export const JOIN_ACTIVITY_MINUTES = 10;

export type JoinMinute = { start: Date; joins: number; burst: boolean };

/**
 * Joins per minute over the last `minutes` minutes up to `now`, oldest first (whole clock minutes, the
 * current one included), each flagged as a burst when above JOIN_BURST_PER_MINUTE.
 */
export function joinsPerMinute(joinedAt: readonly Date[], now: Date, minutes = JOIN_ACTIVITY_MINUTES, threshold = JOIN_BURST_PER_MINUTE): JoinMinute[] {
  const minute = 60_000;
  const last = Math.floor(now.getTime() / minute) * minute;
  const first = last - (minutes - 1) * minute;
  const counts = new Array<number>(minutes).fill(0);
  for (const at of joinedAt) {
    const index = Math.floor((at.getTime() - first) / minute);
    if (index >= 0 && index < minutes) counts[index]! += 1;
  }
  return counts.map((joins, index) => ({ start: new Date(first + index * minute), joins, burst: joins > threshold }));
}

/** True when an attempt that would be number `attempts` in the window must be refused. */
export function isOverLimit(attempts: number, limit: RateLimit): boolean {
  return attempts > limit.max;
}

// ---------------------------------------------------------------------------------------------------
// Template

/**
 * The statements of the real workshop in the domain notes (213 participants, red/green cards). The
 * texts are translations under workshop.template.<key>.
 */
export const TEMPLATE_STATEMENT_KEYS = [
  "cooperation",
  "partnership",
  "knowledge",
  "volunteering",
  "school",
  "youthJobs",
  "welfare",
  "compact",
] as const;

/** Rate-limit keys of votes: one per participant. */
export const VOTE_LIMIT_PREFIX = "workshop-vote:";
