import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { canAttachEvidence } from "@/lib/domain/relations";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { attachEvidenceSchema, type EvidenceKind } from "@/lib/validation/relations";
import { recordAudit } from "../../audit";
import { getDb, type Tx } from "../../db";
import { toJsonValue } from "../../json";
import { loadCompactForActor } from "@/lib/server/load/compact";
import { buildRelationsEvidence, buildVolunteersEvidence, readAgendaEvidence, withEvidence } from "@/lib/server/load/agenda-evidence";
import { loadMunicipalityRelations } from "@/lib/server/load/relations";
import { claimOrConflict } from "../../write/claim";
import { signedIn } from "@/lib/domain/permissions";

/**
 * "Which relations should we strengthen?" The drafting group attaches a snapshot of the relations
 * overview, or of the volunteer estimate, to the compact's agenda statement (under
 * `agenda.evidence.relations` / `agenda.evidence.volunteers`). A snapshot, not a live link: the
 * agenda keeps the picture the group decided on, even as relations are recorded later. Attaching
 * again replaces that kind's snapshot.
 */
export async function attachEvidenceToAgenda(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  const { compactId, kind } = parseInput(attachEvidenceSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    if (!canAttachEvidence(actor, target)) throw new ForbiddenError("relations.attachEvidence");
    const snapshot = await takeSnapshot(tx, kind, compact.municipalityId, now);
    // Written only if the agenda is still the one read above: a concurrent save is not overwritten.
    await claimOrConflict(
      tx.compact.updateMany({
        where: { id: compactId, updatedAt: compact.updatedAt },
        data: { agenda: toJsonValue(withEvidence(compact.agenda, kind, snapshot)) },
      }),
    );
    await recordAudit(tx, {
      actorId: signedIn(actor).userId,
      action: "compact.evidenceAttached",
      entityType: "compact",
      entityId: compactId,
      compactId,
      municipalityId: compact.municipalityId,
      before: readAgendaEvidence(compact.agenda)[kind] ?? null,
      after: { kind, ...snapshot },
    });
  });
}

async function takeSnapshot(tx: Tx, kind: EvidenceKind, municipalityId: string, now: Date) {
  if (kind === "relations") return buildRelationsEvidence(await loadMunicipalityRelations(tx, municipalityId), now);
  const estimate = await tx.volunteerEstimate.findUnique({ where: { municipalityId }, include: { municipality: true } });
  if (!estimate) throw new InvalidInputError("relations.errors.noEstimate");
  return buildVolunteersEvidence(estimate.municipality.name, estimate, now);
}
