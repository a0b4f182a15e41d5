import { InvalidInputError } from "@/lib/domain/errors";
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

/** The counts per sector the facilitator confirmed when ending the workshop. */
export type ConfirmedCounts = { publicCount?: number; civilCount?: number };

/**
 * Adds the workshop to its compact's participation matrix, for the stage the compact is in now: level
 * dialogue, method workshop vote, and how many from each sector took part, as the facilitator confirmed
 * them. The confirmed counts are required and may not exceed the measured ones (participants who voted
 * at least once, an excluded burst of joins left out); a script's joins never reach the matrix unless a
 * person vouches for them. Runs inside the transaction that ends the workshop, so the two cannot come
 * apart. Returns null for a workshop without a compact.
 */
export async function recordWorkshopParticipation(tx: Tx, workshop: EndedWorkshop, actorId: string, confirmed: ConfirmedCounts = {}): Promise<{ id: string } | null> {
  if (!workshop.compactId) return null;
  const compact = await tx.compact.findUniqueOrThrow({ where: { id: workshop.compactId }, select: { stage: true } });
  if (!isStage(compact.stage)) throw new Error(`compact ${workshop.compactId} has an unknown stage ${compact.stage}`);
  const participants = await tx.workshopParticipant.findMany({
    where: { workshopId: workshop.id, excludedAt: null },
    select: { sector: true, _count: { select: { votes: true } } },
  });
  const measured = participationCounts(
    participants.flatMap((participant) => (isSector(participant.sector) ? [{ sector: participant.sector, votes: participant._count.votes }] : [])),
  );
  const fieldErrors: Record<string, string[]> = {};
  for (const field of ["publicCount", "civilCount"] as const) {
    const value = confirmed[field];
    if (value === undefined) fieldErrors[field] = ["workshop.errors.confirmCount"];
    else if (value > measured[field]) fieldErrors[field] = ["workshop.errors.countAboveMeasured"];
  }
  if (Object.keys(fieldErrors).length > 0) throw new InvalidInputError("workshop.errors.confirmCounts", fieldErrors);
  const counts = { publicCount: confirmed.publicCount!, civilCount: confirmed.civilCount! };
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
    after: { ...entry, workshopId: workshop.id, measured },
  });
  return { id: created.id };
}
