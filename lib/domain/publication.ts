/**
 * Rules of the decision by politicians, publication and joining, in plain TypeScript.
 */

export const DECISION_MODES = ["single", "approvals"] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];
export type DecisionRule = { mode: DecisionMode; approvalsRequired: number };

export const DEFAULT_DECISION_RULE: DecisionRule = { mode: "single", approvalsRequired: 3 };
export const MAX_APPROVALS_REQUIRED = 25;

/** One politician's individual approval or rejection of a version. */
export type ApprovalFact = { politicianId: string; outcome: "approved" | "rejected"; fingerprint: string };

export type ApprovalTally = {
  required: number;
  approvals: number;
  /** Politicians who already approved (each counts once). */
  approvedBy: string[];
  /** True when enough distinct politicians approved the version with this fingerprint. */
  complete: boolean;
};

/**
 * Counts distinct politicians' approvals of the version with this fingerprint. An approval of another
 * fingerprint (an earlier text of the version) does not count: a changed text needs new approvals.
 */
export function tallyApprovals(rule: DecisionRule, facts: readonly ApprovalFact[], fingerprint: string): ApprovalTally {
  const required = rule.mode === "single" ? 1 : Math.max(1, rule.approvalsRequired);
  const approvedBy = [...new Set(facts.filter((f) => f.outcome === "approved" && f.fingerprint === fingerprint).map((f) => f.politicianId))];
  return { required, approvals: approvedBy.length, approvedBy, complete: approvedBy.length >= required };
}

/** What recording one more individual approval leads to. */
export type ApprovalEffect = "counted" | "decided_approved" | "decided_rejected";

export function effectOfApproval(rule: DecisionRule, before: readonly ApprovalFact[], next: ApprovalFact): ApprovalEffect {
  if (next.outcome === "rejected") return "decided_rejected";
  return tallyApprovals(rule, [...before, next], next.fingerprint).complete ? "decided_approved" : "counted";
}

export const PUBLICATION_KINDS = ["decided", "consultation"] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** The stable public address of a compact. */
export function publicCompactPath(municipalitySlug: string, compactSlug: string): string {
  return `/${encodeURIComponent(municipalitySlug)}/${encodeURIComponent(compactSlug)}`;
}

export const JOINING_STATUSES = ["pending", "confirmed"] as const;
export type JoiningStatus = (typeof JOINING_STATUSES)[number];

/** Joinings may be registered once a compact is adopted: from implementation on. */
export const JOINABLE_STAGES = ["implementation", "review", "reformulation"] as const;
export function isJoinable(stage: string, hasApprovedDecision: boolean): boolean {
  return hasApprovedDecision || (JOINABLE_STAGES as readonly string[]).includes(stage);
}

export type JoinedOrganisation = { sector: string; kind: string };
export type JoiningSummary = { total: number; bySector: Record<string, number>; byKind: Record<string, number> };

/** How many have joined, by sector and by kind of organisation. */
export function summariseJoinings(joined: readonly JoinedOrganisation[]): JoiningSummary {
  const bySector: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  for (const j of joined) {
    bySector[j.sector] = (bySector[j.sector] ?? 0) + 1;
    byKind[j.kind] = (byKind[j.kind] ?? 0) + 1;
  }
  return { total: joined.length, bySector, byKind };
}

/** A page of a list: 1-based page number clamped into range, offset and page count. */
export type PageWindow = { page: number; pageSize: number; skip: number; pages: number; total: number };

export function pageWindow(requested: number, pageSize: number, total: number): PageWindow {
  const size = Math.max(1, Math.floor(pageSize));
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Number.isFinite(requested) ? Math.min(Math.max(1, Math.floor(requested)), pages) : 1;
  return { page, pageSize: size, skip: (page - 1) * size, pages, total };
}

/** The PDF evidence of a joining: at most 5 MB and really a PDF (its magic bytes, not only its name). */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

/** One field of a CSV file, quoted when needed; a leading =, +, - or @ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** First path segments of the app's own (member) pages; anything else of one to three segments is the portal. */
const MEMBER_SEGMENTS = new Set(["compacts", "admin", "relations", "workshops", "w", "survey", "invite", "sign-in", "reset-password", "api", "_next"]);

/**
 * Is this a public portal page (`/`, `/portal`, `/{municipality}`, `/{municipality}/{compact}` and its
 * compare page) whose anonymous rendering shared caches may keep? Exports and the API set their own headers.
 */
export function isPublicPagePath(pathname: string): boolean {
  if (pathname === "/" || pathname === "/portal") return true;
  const segments = pathname.split("/").filter(Boolean);
  if (segments.length === 0 || segments.length > 3 || MEMBER_SEGMENTS.has(segments[0]!)) return false;
  if (segments.some((s) => s.includes("."))) return false;
  return segments.length < 3 || segments[2] === "compare";
}

/** Whether the request carries a session (next-auth's cookie, plain or __Secure-), i.e. is personal. */
export function hasSessionCookie(cookieNames: readonly string[]): boolean {
  return cookieNames.some((name) => /(^|__Secure-)next-auth\.session-token(\.\d+)?$/.test(name));
}
