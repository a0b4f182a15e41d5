import { commitmentHealth, isCommitmentParty, isProgressStatus, isRecurrence, type CommitmentHealth, type CommitmentParty, type Recurrence } from "@/lib/domain/follow-up";
import { isPrinciple, type Principle } from "@/lib/domain/principles/rules";
import { isSector } from "@/lib/domain/roles";
import type { Db, Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/server/generated/sqlite/client";
import { implementationStart, rhythmOf } from "@/lib/server/load/follow-up-compact";

const include = {
  ownerOrganisation: { select: { id: true, name: true, sector: true } },
  partnerOrganisation: { select: { id: true, name: true, sector: true } },
  actionPlan: { select: { id: true, title: true } },
  updates: { orderBy: [{ date: "asc" as const }, { createdAt: "asc" as const }], include: { evidenceFile: { select: { id: true, fileName: true, size: true } } } },
} satisfies Prisma.CommitmentInclude;

export type CommitmentRow = Awaited<ReturnType<typeof loadRows>>[number];
export type CommitmentWithHealth = CommitmentRow & { party: CommitmentParty; recurrence: Recurrence | null; principleKeys: Principle[]; health: CommitmentHealth };

function loadRows(db: Db | Tx, compactId: string) {
  return db.commitment.findMany({ where: { compactId }, include, orderBy: { createdAt: "asc" } });
}

/** Every commitment of a compact with its progress and health at `now` (under the compact's rhythm). */
export async function commitmentsWithHealth(db: Db | Tx, compactId: string, now: Date) {
  const [rows, rhythm, start] = await Promise.all([loadRows(db, compactId), rhythmOf(db, compactId), implementationStart(db, compactId)]);
  const commitments: CommitmentWithHealth[] = rows.map((row) => {
    const party = isCommitmentParty(row.party) ? row.party : "municipality";
    const recurrence = isRecurrence(row.recurrence) ? row.recurrence : null;
    const updates = row.updates.flatMap((u) => (isProgressStatus(u.status) && isSector(u.sector) ? [{ status: u.status, percent: u.percent, date: u.date, sector: u.sector }] : []));
    const principleKeys = (Array.isArray(row.principles) ? row.principles : []).filter(isPrinciple);
    // Before implementation nothing can be stale: the clock starts when the compact is carried out.
    const health = commitmentHealth({ party, dueDate: row.dueDate, recurrence, updates }, { now, since: start ?? now, staleAfterMonths: rhythm.staleAfterMonths });
    return { ...row, party, recurrence, principleKeys, health: start ? health : { ...health, health: health.health === "closed" ? "closed" : "ok", updateDue: false } };
  });
  return { commitments, rhythm, implementationStartedAt: start };
}
