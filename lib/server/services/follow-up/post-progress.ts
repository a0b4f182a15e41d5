import { InvalidInputError } from "@/lib/domain/errors";
import { normalisePercent } from "@/lib/domain/follow-up";
import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { checkEvidence, type Upload } from "@/lib/server/documents/evidence-upload";
import { loadCommitment } from "@/lib/server/load/follow-up-compact";
import { progressSchema } from "@/lib/validation/follow-up";

/**
 * An owner reports progress on a commitment during implementation: a member of the owner
 * organisation, or for a joint commitment of either party's organisation. The update, its evidence
 * file and its audit event are written in one transaction, after every check, so a refusal leaves
 * nothing behind. Updates are never changed afterwards (database triggers).
 */
export async function postProgressUpdate(actor: Actor | null, input: unknown, file: Upload | null = null, now = new Date()): Promise<{ id: string }> {
  const data = parseInput(progressSchema, input);
  // A report can look back, never ahead: the date is the day the progress was true.
  const endOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  if (data.date.getTime() >= endOfToday) throw new InvalidInputError("errors.invalid", { date: ["followUp.errors.dateInFuture"] });
  const evidence = file ? { ...checkEvidence(file), data: file.bytes } : null;
  return getDb().$transaction(async (tx) => {
    const { commitment, compact, target } = await loadCommitment(tx, actor, data.commitmentId);
    const owners = [commitment.ownerOrganisationId, ...(commitment.party === "joint" && commitment.partnerOrganisationId ? [commitment.partnerOrganisationId] : [])];
    assertCan(actor, "followUp.postProgress", { ...target, commitmentOwners: owners });
    const percent = normalisePercent(data.status, data.percent);
    const update = await tx.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        status: data.status,
        percent,
        text: data.text,
        evidenceUrl: data.evidenceUrl,
        date: data.date,
        authorId: actor.userId,
        organisationId: actor.organisationId,
        sector: actor.sector,
        ...(evidence ? { evidenceFile: { create: { fileName: evidence.fileName, mimeType: evidence.mimeType, size: evidence.size, data: evidence.data } } } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "followUp.progressPosted",
      entityType: "commitment",
      entityId: commitment.id,
      compactId: compact.id,
      municipalityId: compact.municipalityId,
      after: { updateId: update.id, status: data.status, percent, date: data.date, sector: actor.sector, evidence: evidence?.fileName ?? data.evidenceUrl },
    });
    return { id: update.id };
  });
}
