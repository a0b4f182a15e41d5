import { getDb } from "../db";
import { hashToken } from "../one-time-token";

export type ParticipantRow = { id: string; workshopId: string; sector: string; organisationName: string };

/** The participant behind a token, if the token belongs to the workshop with this code. */
export async function findParticipant(joinCode: string, token: string | undefined): Promise<ParticipantRow | null> {
  if (!token) return null;
  const participant = await getDb().workshopParticipant.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { workshop: { select: { joinCode: true } } },
  });
  if (!participant || participant.workshop.joinCode !== joinCode) return null;
  return { id: participant.id, workshopId: participant.workshopId, sector: participant.sector, organisationName: participant.organisationName };
}
