"use server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/domain/roles";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { getDb } from "@/lib/server/db";
import { recordDecision } from "@/lib/server/services/compacts/record-decision";
import { applyToJoin } from "@/lib/server/services/publication/apply-to-join";
import { confirmJoining } from "@/lib/server/services/publication/confirm-joining";
import { registerJoining } from "@/lib/server/services/publication/register-joining";
import { publishForConsultation } from "@/lib/server/services/publication/publish-for-consultation";

/** After a decision, publication or joining: the member pages and the public ones are rendered anew. */
async function revalidateCompact(compactId: string) {
  revalidatePath(`/compacts/${compactId}`);
  revalidatePath(`/compacts/${compactId}/decision`);
  revalidatePath("/compacts");
  const publication = await getDb().publication.findFirst({ where: { compactId }, orderBy: { publishedAt: "desc" }, select: { municipalityId: true, compactSlug: true } });
  if (publication) {
    const municipality = await getDb().municipality.findUnique({ where: { id: publication.municipalityId }, select: { slug: true } });
    if (municipality) {
      revalidatePath(`/${municipality.slug}/${publication.compactSlug}`);
      revalidatePath(`/${municipality.slug}`);
    }
  }
  revalidatePath("/portal");
  revalidatePath("/");
}

function compactAction(service: (actor: Actor, input: Record<string, unknown>) => Promise<unknown>) {
  return defineAction(async (actor, input) => {
    await service(actor, input);
    await revalidateCompact(input.compactId ?? "");
  });
}

export const recordApprovalAction = compactAction(recordDecision);
export const publishConsultationAction = compactAction(publishForConsultation);

/** The uploaded evidence file, as bytes (formToObject leaves files out). */
async function evidenceFile(form: FormData): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function registerJoiningAction(previous: unknown, form: FormData): Promise<ActionResult<void>> {
  const file = await evidenceFile(form);
  return compactAction((actor, input) => registerJoining(actor, { ...input, file }))(previous, form);
}

export async function applyToJoinAction(previous: unknown, form: FormData): Promise<ActionResult<void>> {
  const file = await evidenceFile(form);
  return compactAction((actor, input) => applyToJoin(actor, { ...input, file }))(previous, form);
}

export const confirmJoiningAction = compactAction(confirmJoining);
