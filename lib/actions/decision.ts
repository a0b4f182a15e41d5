"use server";
import { defineAction, type ActionOptions, type RevalidateTarget } from "@/lib/server/action";
import { latestPublicationPath } from "@/lib/server/queries/public";
import { recordDecision } from "@/lib/server/services/compacts/record-decision";
import { applyToJoin } from "@/lib/server/services/publication/apply-to-join";
import { confirmJoining } from "@/lib/server/services/publication/confirm-joining";
import { registerJoining } from "@/lib/server/services/publication/register-joining";
import { publishForConsultation } from "@/lib/server/services/publication/publish-for-consultation";

/** After a decision, publication or joining: the member pages and the public ones are rendered anew. */
async function compactAndPublicPages(compactId: string): Promise<RevalidateTarget[]> {
  const paths: RevalidateTarget[] = [`/compacts/${compactId}`, `/compacts/${compactId}/decision`, "/compacts"];
  const published = await latestPublicationPath(compactId);
  if (published) paths.push(`/${published.municipalitySlug}/${published.compactSlug}`, `/${published.municipalitySlug}`);
  paths.push("/portal", "/");
  return paths;
}

const onCompact: ActionOptions<void> = { revalidate: (input) => compactAndPublicPages(input.compactId ?? "") };

/** The uploaded evidence file, as bytes (formToObject leaves files out). */
async function evidenceFile(form: FormData): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export const recordApprovalAction = defineAction(async (actor, input) => {
  await recordDecision(actor, input);
}, onCompact);
export const publishConsultationAction = defineAction(async (actor, input) => {
  await publishForConsultation(actor, input);
}, onCompact);
export const registerJoiningAction = defineAction(async (actor, input, form) => {
  await registerJoining(actor, { ...input, file: await evidenceFile(form) });
}, onCompact);
export const applyToJoinAction = defineAction(async (actor, input, form) => {
  await applyToJoin(actor, { ...input, file: await evidenceFile(form) });
}, onCompact);
export const confirmJoiningAction = defineAction(async (actor, input) => {
  await confirmJoining(actor, input);
}, onCompact);
