/**
 * Following a compact up: commitments per party, their progress and their health (stale, overdue).
 * Pure functions over plain data; "now" is always a parameter, never the wall clock.
 */
import type { Sector } from "./roles";

/** Who carries a commitment out: the municipality, civil society, or both together. */
export const COMMITMENT_PARTIES = ["municipality", "civil", "joint"] as const;
export type CommitmentParty = (typeof COMMITMENT_PARTIES)[number];

/** The statuses an owner reports. Done and dropped close a commitment. */
export const PROGRESS_STATUSES = ["not_started", "on_track", "at_risk", "done", "dropped"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** How a commitment is followed up: a measurable indicator with a target, or a described deliverable. */
export const FOLLOW_UP_KINDS = ["indicator", "deliverable"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** How often a recurring commitment is reported on. */
export const RECURRENCES = ["monthly", "quarterly", "half_yearly", "yearly"] as const;
export type Recurrence = (typeof RECURRENCES)[number];
export const RECURRENCE_MONTHS = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 } as const satisfies Record<Recurrence, number>;

/** The joint review's verdict on one commitment. */
export const REVIEW_OUTCOMES = ["met", "partly", "not_met"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * Largest evidence file. A file travels in the server action's request, which Next.js caps at 1 MB by
 * default (`serverActions.bodySizeLimit`); raise both together to allow larger files.
 */
export const MAX_EVIDENCE_BYTES = 900 * 1024;

/** Default: a commitment with no update for six months is stale. */
export const DEFAULT_STALE_AFTER_MONTHS = 6;

export const isCommitmentParty = (v: unknown): v is CommitmentParty => typeof v === "string" && (COMMITMENT_PARTIES as readonly string[]).includes(v);
export const isProgressStatus = (v: unknown): v is ProgressStatus => typeof v === "string" && (PROGRESS_STATUSES as readonly string[]).includes(v);
export const isRecurrence = (v: unknown): v is Recurrence => typeof v === "string" && (RECURRENCES as readonly string[]).includes(v);
export const isReviewOutcome = (v: unknown): v is ReviewOutcome => typeof v === "string" && (REVIEW_OUTCOMES as readonly string[]).includes(v);

/** The sectors whose updates a commitment of this party needs. */
export function sectorsOfParty(party: CommitmentParty): Sector[] {
  return party === "municipality" ? ["public"] : party === "civil" ? ["civil"] : ["public", "civil"];
}

/** True for a whole number from 0 to 100. */
export function isValidPercent(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}

/** A done update always means 100 %; any other status keeps what the owner reported. */
export function normalisePercent(status: ProgressStatus, percent: number): number {
  return status === "done" ? 100 : percent;
}

/** Adds whole calendar months, clamping to the last day of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export type ProgressUpdateFacts = { status: ProgressStatus; percent: number; date: Date; sector: Sector };

export type CommitmentFacts = {
  party: CommitmentParty;
  dueDate: Date | null;
  recurrence: Recurrence | null;
  updates: readonly ProgressUpdateFacts[];
};

/** The newest update of each sector (by date; the later one of a tie wins, as rows are appended). */
export function latestBySector(updates: readonly ProgressUpdateFacts[]): Partial<Record<Sector, ProgressUpdateFacts>> {
  const latest: Partial<Record<Sector, ProgressUpdateFacts>> = {};
  for (const update of updates) {
    const current = latest[update.sector];
    if (!current || update.date.getTime() >= current.date.getTime()) latest[update.sector] = update;
  }
  return latest;
}

export type CommitmentProgress = {
  status: ProgressStatus;
  percent: number;
  /** A joint commitment one party has reported done, waiting for the other party's done update. */
  awaitingParty: Sector | null;
  lastUpdateAt: Date | null;
};

/**
 * The progress of a commitment from its updates. Only the sectors that carry it count. A joint
 * commitment is done only when each party's newest update says done; until then it shows as on
 * track (or at risk, if a party says so) and names the party still to report.
 */
export function commitmentProgress(commitment: CommitmentFacts): CommitmentProgress {
  const sectors = sectorsOfParty(commitment.party);
  const relevant = commitment.updates.filter((u) => sectors.includes(u.sector));
  const latest = latestBySector(relevant);
  const newest = relevant.reduce<ProgressUpdateFacts | null>((best, u) => (!best || u.date.getTime() >= best.date.getTime() ? u : best), null);
  if (!newest) return { status: "not_started", percent: 0, awaitingParty: null, lastUpdateAt: null };
  const perSector = sectors.map((s) => latest[s]);
  const percent = Math.round(perSector.reduce((sum, u) => sum + (u?.percent ?? 0), 0) / sectors.length);
  if (newest.status === "dropped") return { status: "dropped", percent, awaitingParty: null, lastUpdateAt: newest.date };
  const notDone = sectors.filter((s) => latest[s]?.status !== "done");
  if (notDone.length === 0) return { status: "done", percent: 100, awaitingParty: null, lastUpdateAt: newest.date };
  const someAtRisk = perSector.some((u) => u?.status === "at_risk");
  const someDone = notDone.length < sectors.length;
  const status: ProgressStatus = someAtRisk ? "at_risk" : someDone ? "on_track" : newest.status;
  return { status, percent: Math.min(percent, 99), awaitingParty: someDone ? notDone[0]! : null, lastUpdateAt: newest.date };
}

export type Health = "closed" | "stale" | "overdue" | "ok";

export type CommitmentHealth = CommitmentProgress & {
  health: Health;
  /** When the next update is expected (null for a closed commitment). */
  nextUpdateDue: Date | null;
  /** Whether an update is due now or within the lead time (for reminders). */
  updateDue: boolean;
};

export type HealthOptions = {
  now: Date;
  /** When follow-up started (entry into implementation); the staleness clock runs from here until a first update. */
  since: Date;
  staleAfterMonths?: number;
  /** How long before the next update is due owners are reminded. */
  reminderLeadDays?: number;
};

/**
 * Health of one commitment at `now`: closed (done or dropped), overdue (its due date passed),
 * stale (no update for longer than the rhythm allows), or ok. A recurring commitment expects an
 * update every period, and never less often than the staleness limit.
 */
export function commitmentHealth(commitment: CommitmentFacts, options: HealthOptions): CommitmentHealth {
  const progress = commitmentProgress(commitment);
  if (progress.status === "done" || progress.status === "dropped") return { ...progress, health: "closed", nextUpdateDue: null, updateDue: false };
  const staleMonths = options.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS;
  const intervalMonths = Math.min(staleMonths, commitment.recurrence ? RECURRENCE_MONTHS[commitment.recurrence] : staleMonths);
  // Time since the newest update counts (an update dated in the past is as old as its date says).
  const base = progress.lastUpdateAt ?? options.since;
  const staleAt = addMonths(base, staleMonths);
  let nextUpdateDue = addMonths(base, intervalMonths);
  if (commitment.dueDate && commitment.dueDate < nextUpdateDue) nextUpdateDue = commitment.dueDate;
  const now = options.now.getTime();
  const lead = (options.reminderLeadDays ?? 14) * 86_400_000;
  const health: Health = commitment.dueDate && commitment.dueDate.getTime() < now ? "overdue" : staleAt.getTime() < now ? "stale" : "ok";
  return { ...progress, health, nextUpdateDue, updateDue: nextUpdateDue.getTime() - lead <= now };
}

export type SummaryRow = { key: string; commitments: number; done: number; stale: number; overdue: number; averagePercent: number };

function summarise(key: string, items: readonly CommitmentHealth[]): SummaryRow {
  const counted = items.filter((i) => i.status !== "dropped");
  return {
    key,
    commitments: items.length,
    done: items.filter((i) => i.status === "done").length,
    stale: items.filter((i) => i.health === "stale").length,
    overdue: items.filter((i) => i.health === "overdue").length,
    averagePercent: counted.length ? Math.round(counted.reduce((sum, i) => sum + i.percent, 0) / counted.length) : 0,
  };
}

/** Progress per party (municipality, civil society, joint); dropped commitments do not pull the average down. */
export function progressByParty(items: readonly (CommitmentHealth & { party: CommitmentParty })[]): SummaryRow[] {
  return COMMITMENT_PARTIES.map((party) => summarise(party, items.filter((i) => i.party === party)));
}

/** Progress per principle, over the commitments tagged with it; principles without commitments are left out. */
export function progressByPrinciple(items: readonly (CommitmentHealth & { principles: readonly string[] })[], principles: readonly string[]): SummaryRow[] {
  return principles.map((p) => summarise(p, items.filter((i) => i.principles.includes(p)))).filter((row) => row.commitments > 0);
}
