import { isStage, type ParticipationMethod } from "@/lib/domain/stages";
import { participationCounts } from "@/lib/domain/workshop";
import { isSector } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";

export type EndedWorkshop = {
  id: string;
  title: string;
  municipalityId: string;
  compactId: string | null;
  startedAt: Date | null;
  endedAt: Date;
};

const METHODS: ParticipationMethod[] = ["workshop_vote"];

/**
 * Adds the workshop to its compact's participation matrix, for the stage the compact is in now: level
 * dialogue, method workshop vote, and how many from each sector took part (voted at least once).
 * Runs inside the transaction that ends the workshop, so the two cannot come apart. Returns null for
 * a workshop without a compact.
 */
export async function recordWorkshopParticipation(tx: Tx, workshop: EndedWorkshop, actorId: string): Promise<{ id: string } | null> {
  if (!workshop.compactId) return null;
  const compact = await tx.compact.findUniqueOrThrow({ where: { id: workshop.compactId }, select: { stage: true } });
  if (!isStage(compact.stage)) throw new Error(`compact ${workshop.compactId} has an unknown stage ${compact.stage}`);
  const participants = await tx.workshopParticipant.findMany({
    where: { workshopId: workshop.id },
    select: { sector: true, _count: { select: { votes: true } } },
  });
  const counts = participationCounts(
    participants.flatMap((participant) => (isSector(participant.sector) ? [{ sector: participant.sector, votes: participant._count.votes }] : [])),
  );
  const entry = {
    stage: compact.stage,
    level: "dialogue",
    methods: METHODS,
    startDate: workshop.startedAt,
    endDate: workshop.endedAt,
    ...counts,
    note: workshop.title,
    source: "workshop",
  };
  const created = await tx.participationEntry.create({ data: { compactId: workshop.compactId, ...entry, createdById: actorId } });
  await recordAudit(tx, {
    actorId,
    action: "compact.participationRecorded",
    entityType: "participation",
    entityId: created.id,
    compactId: workshop.compactId,
    municipalityId: workshop.municipalityId,
    after: { ...entry, workshopId: workshop.id },
  });
  return { id: created.id };
}
