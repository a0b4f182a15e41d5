import { isRoundParticipant, type RoundAudience } from "@/lib/domain/comments";
import type { Candidate } from "@/lib/domain/notifications";
import { can, type Action } from "@/lib/domain/permissions";
import { isRole, isSector, type Actor } from "@/lib/domain/roles";
import type { Tx } from "@/lib/server/db";

type Member = Actor;

/** The active members of a municipality's organisations, each as the actor they would be. */
async function municipalityMembers(tx: Tx, municipalityId: string): Promise<Member[]> {
  const rows = await tx.membership.findMany({
    where: { organisation: { municipalityId }, user: { active: true } },
    select: { userId: true, role: true, organisationId: true, organisation: { select: { sector: true } } },
  });
  return rows.flatMap((row) =>
    isRole(row.role) && isSector(row.organisation.sector)
      ? [{ userId: row.userId, role: row.role, sector: row.organisation.sector, organisationId: row.organisationId, municipalityId }]
      : [],
  );
}

export type CompactFacts = { id: string; municipalityId: string; stage: string };
export type RoundFacts = { audience: string; participants: { organisationId: string }[] } | null;

/**
 * Everyone of the municipality, with whether the permission map lets them take `action` on this
 * compact: as a member of the drafting group, or as one the round (when there is one) invites.
 * The same rules the services check, so a notification never asks someone to do what they may not.
 */
export async function candidatesFor(tx: Tx, compact: CompactFacts, round: RoundFacts, action: Action): Promise<Candidate[]> {
  const [members, group] = await Promise.all([
    municipalityMembers(tx, compact.municipalityId),
    tx.draftingGroupMember.findMany({ where: { compactId: compact.id }, select: { organisationId: true } }),
  ]);
  const inGroup = new Set(group.map((g) => g.organisationId));
  const participantIds = round ? round.participants.map((p) => p.organisationId) : [];
  return members.map((member) => {
    const inDraftingGroup = inGroup.has(member.organisationId);
    const roundParticipant = round !== null && isRoundParticipant({ audience: round.audience as RoundAudience, participantIds }, member.organisationId, inDraftingGroup);
    const target = { municipalityId: compact.municipalityId, stage: compact.stage, inDraftingGroup, roundParticipant };
    return { userId: member.userId, sector: member.sector, mayTakePart: can(member, action, target) };
  });
}

/** A round's audience: those it invites who may comment in it (the drafting group always is). */
export async function roundAudience(tx: Tx, compact: CompactFacts, round: NonNullable<RoundFacts>): Promise<Candidate[]> {
  return candidatesFor(tx, compact, round, "comment.create");
}
