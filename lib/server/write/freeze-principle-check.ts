import type { Tx } from "@/lib/server/db";
import { toJsonValue } from "@/lib/server/json";
import { checkCompactVersion, type CompactCheckFacts } from "@/lib/server/load/principle-facts";

/**
 * Freezes the principle check of the version that goes to decision, in the transaction that moves
 * it: the findings, both sectors' scores and any overrides, as they stood. Only the move out of
 * formulation sends a version to decision; coming back to decision from implementation keeps the
 * snapshot that was decided on. Sent again after a rejection, the version gets a fresh snapshot.
 */
export async function freezePrincipleCheck(tx: Tx, compact: CompactCheckFacts & { id: string; stage: string }, version: { number: number }): Promise<void> {
  if (compact.stage !== "formulation") return;
  const { findings } = checkCompactVersion(compact, version.number);
  const ofVersion = <T extends { versionNumber: number }>(rows: readonly T[]) => rows.filter((row) => row.versionNumber === version.number);
  const data = {
    findings: toJsonValue(findings),
    assessments: toJsonValue(
      ofVersion(compact.assessments).map((a) => ({ principle: a.principle, sector: a.sector, score: a.score, justification: a.justification })),
    ),
    overrides: toJsonValue(ofVersion(compact.overrides).map((o) => ({ sector: o.sector, motivation: o.motivation, createdAt: o.createdAt.toISOString() }))),
  };
  await tx.principleCheckSnapshot.upsert({
    where: { compactId_versionNumber: { compactId: compact.id, versionNumber: version.number } },
    create: { compactId: compact.id, versionNumber: version.number, ...data },
    update: { ...data, createdAt: new Date() },
  });
}
