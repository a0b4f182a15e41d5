import { assertCan } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/domain/roles";
import { agendaSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { toJsonValue } from "../../json";
import { keepEvidence } from "@/lib/server/load/agenda-evidence";
import { loadCompactForActor, readAgenda } from "@/lib/server/load/compact";

/** An official writes the agenda statement: why a compact, which issues, which organisations are invited. */
export async function saveAgenda(actor: Actor | null, input: unknown): Promise<void> {
  const { compactId, ...agenda } = parseInput(agendaSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "compact.editAgenda", target);
    // Evidence attached to the agenda (relations, volunteer estimate) stays when the statement is edited.
    await tx.compact.update({ where: { id: compactId }, data: { agenda: toJsonValue(keepEvidence(compact.agenda, agenda)) } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "compact.agendaSaved",
      entityType: "compact",
      entityId: compactId,
      compactId,
      municipalityId: compact.municipalityId,
      before: readAgenda(compact.agenda),
      after: agenda,
    });
  });
}
