import { gateStatus, type GateStatus } from "@/lib/domain/principles/check";
import { compareAssessments, type Assessment, type PrincipleComparison } from "@/lib/domain/principles/assessment";
import { isPrinciple, type Finding } from "@/lib/domain/principles/rules";
import { can, signedIn } from "@/lib/domain/permissions";
import { isSector, type Actor, type Sector } from "@/lib/domain/roles";
import { isEditableStage, isStage, stageIndex } from "@/lib/domain/stages";
import { storedAssessmentsSchema, storedFindingsSchema, storedOverridesSchema } from "@/lib/validation/principles";
import { getDb } from "../db";
import { currentVersionOf, loadCompactForActor, permissionTarget, type LoadedCompact } from "@/lib/server/load/compact";
import { checkCompactVersion } from "@/lib/server/load/principle-facts";

export type ScoredAssessment = Assessment & { userName: string; updatedAt: Date };
export type OverrideView = { sector: Sector; motivation: string; createdAt: Date; userName?: string };
/** The principle check as it was frozen when a version went to decision. */
export type PrincipleSnapshot = {
  version: number;
  frozenAt: Date;
  findings: Finding[];
  gate: GateStatus;
  assessments: PrincipleComparison[];
  overrides: OverrideView[];
};

type SnapshotRow = { versionNumber: number; createdAt: Date; findings: unknown; assessments: unknown; overrides: unknown };

/** A stored snapshot read back through its schemas; parts that cannot be read come back empty. */
function readSnapshot(row: SnapshotRow): PrincipleSnapshot {
  const read = <T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }, value: unknown, empty: T): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? (parsed.data as T) : empty;
  };
  const findings = read(storedFindingsSchema, row.findings, []);
  const overrides = read(storedOverridesSchema, row.overrides, []).map((o) => ({ sector: o.sector, motivation: o.motivation, createdAt: new Date(o.createdAt) }));
  return {
    version: row.versionNumber,
    frozenAt: row.createdAt,
    findings,
    gate: gateStatus(findings, overrides),
    assessments: compareAssessments(read(storedAssessmentsSchema, row.assessments, [])),
    overrides,
  };
}

async function userNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await getDb().user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function assessmentsOf(compact: LoadedCompact, version: number, names: Map<string, string>): ScoredAssessment[] {
  return compact.assessments
    .filter((a) => a.versionNumber === version && isSector(a.sector) && isPrinciple(a.principle))
    .map((a) => ({
      principle: a.principle as Assessment["principle"],
      sector: a.sector as Sector,
      score: a.score,
      justification: a.justification,
      userName: names.get(a.userId) ?? "",
      updatedAt: a.updatedAt,
    }));
}

async function findSnapshot(compactId: string, version: number): Promise<PrincipleSnapshot | null> {
  const row = await getDb().principleCheckSnapshot.findUnique({ where: { compactId_versionNumber: { compactId, versionNumber: version } } });
  return row ? readSnapshot(row) : null;
}

/**
 * Everything the check page shows, for one actor. While the text can still change the check is run
 * live; once the version has gone to decision the page shows the check as it was frozen then.
 */
export async function getPrincipleCheckPage(actor: Actor | null, compactId: string) {
  const { compact } = await loadCompactForActor(getDb(), actor, compactId);
  const viewer = signedIn(actor);
  if (!isStage(compact.stage)) throw new Error(`compact ${compact.id} has an unknown stage ${compact.stage}`);
  const version = currentVersionOf(compact);
  const live = checkCompactVersion(compact);
  const snapshot = isEditableStage(compact.stage) ? null : await findSnapshot(compact.id, compact.currentVersion);
  const names = await userNames([...compact.assessments.map((a) => a.userId), ...compact.overrides.map((o) => o.userId)]);
  const overrides: OverrideView[] = compact.overrides
    .filter((o) => o.versionNumber === compact.currentVersion && isSector(o.sector))
    .map((o) => ({ sector: o.sector as Sector, motivation: o.motivation, createdAt: o.createdAt, userName: names.get(o.userId) ?? "" }));
  const target = permissionTarget(compact, viewer);
  const previousVersion = compact.currentVersion > 1 ? compact.currentVersion - 1 : null;
  return {
    id: compact.id,
    title: compact.title,
    stage: compact.stage,
    currentVersion: compact.currentVersion,
    previousVersion,
    viewerSector: viewer.sector,
    frozenAt: snapshot?.frozenAt ?? null,
    findings: snapshot?.findings ?? live.findings,
    gate: snapshot?.gate ?? live.gate,
    current: assessmentsOf(compact, compact.currentVersion, names),
    previous: previousVersion ? assessmentsOf(compact, previousVersion, names) : [],
    overrides,
    may: {
      assess: can(viewer, "principles.assess", target) && !version.frozenAt,
      override: can(viewer, "principles.override", target) && live.gate.blocking > 0 && !overrides.some((o) => o.sector === viewer.sector),
    },
  };
}
export type PrincipleCheckPageData = Awaited<ReturnType<typeof getPrincipleCheckPage>>;

/** The counts the compact page's summary shows: the frozen check once decided on, else the live one. */
export async function getPrinciplesSummary(actor: Actor | null, compactId: string): Promise<{ blocking: number; warnings: number; overridden: boolean }> {
  const { compact } = await loadCompactForActor(getDb(), actor, compactId);
  const frozen = isStage(compact.stage) && !isEditableStage(compact.stage) ? await findSnapshot(compact.id, compact.currentVersion) : null;
  const gate = frozen?.gate ?? checkCompactVersion(compact).gate;
  return { blocking: gate.blocking, warnings: gate.warnings, overridden: gate.overridden };
}

/**
 * The frozen check of a version, for the decision basis and the public page: its findings, both
 * sectors' scores and any overrides with their motivations. Signed-in users get it for any compact
 * they may see. The public gets it only once the version is public material: a decision on it has
 * been recorded, or the compact has gone to decision (or past it) with this version. Null when the
 * version never went to decision (or is not the caller's to see).
 */
export async function getPrincipleSnapshot(actor: Actor | null, compactId: string, version: number): Promise<PrincipleSnapshot | null> {
  const db = getDb();
  if (actor) {
    await loadCompactForActor(db, actor, compactId);
  } else {
    const compact = await db.compact.findUnique({ where: { id: compactId }, select: { stage: true, currentVersion: true } });
    if (!compact || !isStage(compact.stage)) return null;
    const decided = (await db.decision.count({ where: { compactId, versionNumber: version } })) > 0;
    const wentToDecision = compact.currentVersion > version || (compact.currentVersion === version && stageIndex(compact.stage) >= stageIndex("decision"));
    if (!decided && !wentToDecision) return null;
  }
  return findSnapshot(compactId, version);
}
