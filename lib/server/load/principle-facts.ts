/**
 * The principle check of a loaded compact: what the lifecycle gate, the services and the check page
 * all compute the same way. Only types come from compact-state (which includes PRINCIPLE_CHECK_INCLUDE
 * in every load), so this module stays free of an import cycle.
 */
import { commentCheckFacts, type CheckedComment, type StageChangeFact } from "@/lib/domain/comment-balance";
import { EMPTY_DOC, type Doc } from "@/lib/domain/document";
import { checkPrinciples, gateStatus, type GateStatus } from "@/lib/domain/principles/check";
import type { Finding, InvolvedOrganisation, PrincipleCheckInput, PrincipleCheckOptions } from "@/lib/domain/principles/rules";
import { isSector, type Sector } from "@/lib/domain/roles";
import { isParticipationLevel, isStage } from "@/lib/domain/stages";
import type { Db, Tx } from "@/lib/server/db";
import { principleOptionsFrom } from "@/lib/validation/principles";

/** What the compact load must include for the check (the drafting group and versions are always there). */
export const PRINCIPLE_CHECK_INCLUDE = {
  participation: { select: { stage: true, level: true } },
  assessments: true,
  overrides: true,
  municipality: { select: { settings: true } },
  stageChanges: { select: { toStage: true, versionNumber: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} as const;

/**
 * The compact's comments as the check reads them (no text): loaded beside the compact, since comments
 * keep only the compact's id, not a relation to it.
 */
export async function loadCheckedComments(db: Db | Tx, compactId: string): Promise<CheckedComment[]> {
  const rows = await db.comment.findMany({
    where: { compactId },
    select: { id: true, parentId: true, versionNumber: true, createdAt: true, sector: true, organisationId: true, status: true, response: { select: { id: true } } },
  });
  return rows.flatMap((row) =>
    isSector(row.sector)
      ? [{ id: row.id, parentId: row.parentId, versionNumber: row.versionNumber, at: row.createdAt, sector: row.sector, organisationId: row.organisationId, withdrawn: row.status === "withdrawn", hasOutcome: row.response !== null }]
      : [],
  );
}

/** The parts of a loaded compact the check reads. */
export type CompactCheckFacts = {
  currentVersion: number;
  versions: readonly { number: number; content: unknown }[];
  draftingGroup: readonly { organisationId: string; organisation: { sector: string; kind: string } }[];
  participation: readonly { stage: string; level: string }[];
  overrides: readonly { versionNumber: number; sector: string; motivation: string; userId: string; createdAt: Date }[];
  assessments: readonly { versionNumber: number; sector: string; principle: string; score: number; justification: string; userId: string; updatedAt: Date }[];
  municipality: { settings: unknown };
  /** The stage history and the comments: without them the comment rules stay silent. */
  stageChanges?: readonly { toStage: string; versionNumber: number; createdAt: Date }[];
  checkedComments?: readonly CheckedComment[];
};

function docOf(content: unknown): Doc {
  const node = content as { type?: unknown } | null;
  return node && typeof node === "object" && node.type === "doc" ? (content as Doc) : EMPTY_DOC;
}

/** The stage history as the comment balance reads it. */
export function stageHistoryOf(changes: readonly { toStage: string; versionNumber: number; createdAt: Date }[]): StageChangeFact[] {
  return changes.flatMap((c) => (isStage(c.toStage) ? [{ toStage: c.toStage, versionNumber: c.versionNumber, at: c.createdAt }] : []));
}

/** The comment facts of one version, or nothing when the compact was loaded without its comments. */
function commentFacts(compact: CompactCheckFacts, versionNumber: number): Pick<PrincipleCheckInput, "formulationComments" | "commentBalance"> {
  if (!compact.checkedComments || !compact.stageChanges) return {};
  const facts = commentCheckFacts(compact.checkedComments, stageHistoryOf(compact.stageChanges), versionNumber);
  return { formulationComments: facts.bySector, commentBalance: { organisations: facts.organisations, civilUnanswered: facts.civilUnanswered } };
}

/**
 * The check's input for one version, with the balance of its comments (who commented while it was
 * drafted, and whether civil society was answered). `commentsHandledPublicly` stays absent: whether
 * answers are public is not recorded yet, so that rule is silent.
 */
export function principleCheckInput(compact: CompactCheckFacts, versionNumber = compact.currentVersion): PrincipleCheckInput {
  const version = compact.versions.find((v) => v.number === versionNumber);
  const organisations: InvolvedOrganisation[] = compact.draftingGroup
    .filter((m) => isSector(m.organisation.sector))
    .map((m) => ({ id: m.organisationId, sector: m.organisation.sector as Sector, kind: m.organisation.kind }));
  const participation = compact.participation.flatMap((p) => (isStage(p.stage) && isParticipationLevel(p.level) ? [{ stage: p.stage, level: p.level }] : []));
  return { doc: docOf(version?.content), organisations, participation, ...commentFacts(compact, versionNumber) };
}

export type VersionCheck = { findings: Finding[]; gate: GateStatus };

// The check is pure, and a long text takes tens of milliseconds, while the same compact is loaded
// again and again (its page, the check page, every service call). Results are remembered per input
// in this process only; nothing depends on the cache, so several app instances stay correct.
const MEMO_SIZE = 32;
const memo = new Map<string, Finding[]>();

function memoisedCheck(input: PrincipleCheckInput, options: Partial<PrincipleCheckOptions>): Finding[] {
  const key = JSON.stringify([input, options]);
  const known = memo.get(key);
  if (known) return known;
  const findings = checkPrinciples(input, options);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, findings);
  return findings;
}

/** The findings for a version and what they mean for the gate, given that version's overrides. */
export function checkCompactVersion(compact: CompactCheckFacts, versionNumber = compact.currentVersion): VersionCheck {
  const findings = memoisedCheck(principleCheckInput(compact, versionNumber), principleOptionsFrom(compact.municipality.settings));
  const overrides = compact.overrides.filter((o) => o.versionNumber === versionNumber && isSector(o.sector)).map((o) => ({ sector: o.sector as Sector }));
  return { findings, gate: gateStatus(findings, overrides) };
}

/** The lifecycle hook: blocking findings that still stop the current version going to decision. */
export function standingBlockingFindings(compact: CompactCheckFacts): number {
  return checkCompactVersion(compact).gate.standing;
}
