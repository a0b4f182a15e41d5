import { AppError, NotFoundError } from "@/lib/domain/errors";
import { isJoinable } from "@/lib/domain/publication";
import type { Actor } from "@/lib/domain/roles";
import { type Tx } from "@/lib/server/db";
import { loadCompactForActor } from "@/lib/server/load/compact";

/** The compact, as the actor may see it, if it can be joined (adopted and being carried out). */
export async function joinableCompact(tx: Tx, actor: Actor | null, compactId: string) {
  const { compact, target } = await loadCompactForActor(tx, actor, compactId);
  const approved = compact.decisions.some((d) => d.outcome === "approved");
  if (!isJoinable(compact.stage, approved)) throw new AppError("invalid", "public.errors.notAdopted");
  return { compact, target };
}

/** An organisation of this municipality; another municipality's is "not found". */
export async function organisationOf(tx: Tx, municipalityId: string, organisationId: string) {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId } });
  if (!organisation || organisation.municipalityId !== municipalityId) throw new NotFoundError();
  return organisation;
}

/** The stored columns of an uploaded evidence PDF (none for an empty upload). */
export function fileData(file: { name: string; bytes: Uint8Array } | null) {
  return file && file.bytes.length > 0 ? { evidenceFile: new Uint8Array(file.bytes), evidenceFileName: file.name.slice(0, 200) } : {};
}
