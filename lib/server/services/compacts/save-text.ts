import { AppError } from "@/lib/domain/errors";
import { assertCan } from "@/lib/domain/permissions";
import { plainTextToDoc } from "@/lib/domain/document";
import { fingerprintDocument } from "@/lib/domain/fingerprint";
import type { Actor } from "@/lib/domain/roles";
import { saveTextSchema } from "@/lib/validation/compact";
import { parseInput } from "@/lib/validation/common";
import { recordAudit } from "../../audit";
import { getDb } from "../../db";
import { toJsonValue } from "../../json";
import { currentVersionOf, loadCompactForActor } from "@/lib/server/load/compact";

/**
 * Saves the draft from plain text (lines starting "# " and "## " become headings). The drafting group
 * edits only in agenda, formulation and reformulation, and never a frozen version.
 */
export async function saveText(actor: Actor | null, input: unknown): Promise<void> {
  const { compactId, text } = parseInput(saveTextSchema, input);
  await getDb().$transaction(async (tx) => {
    const { compact, target } = await loadCompactForActor(tx, actor, compactId);
    assertCan(actor, "compact.editText", target);
    const version = currentVersionOf(compact);
    if (version.frozenAt) throw new AppError("conflict", "errors.lifecycle.versionFrozen");
    const content = plainTextToDoc(text);
    // The co-editing state no longer matches the text; the collaboration server rebuilds it from content.
    await tx.compactVersion.update({ where: { id: version.id }, data: { content: toJsonValue(content), yState: null } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "compact.textSaved",
      entityType: "compactVersion",
      entityId: version.id,
      compactId,
      municipalityId: compact.municipalityId,
      before: { version: version.number, fingerprint: fingerprintDocument(version.content) },
      after: { version: version.number, fingerprint: fingerprintDocument(content) },
    });
  });
}
