import { getLiveDb } from "@/lib/server/live/live-db";
import type { TopicOptions } from "@/lib/server/live/topic";
import { loadParticipantSnapshot, loadPresenterSnapshot, type ParticipantSnapshot, type PresenterSnapshot } from "@/lib/server/queries/workshops";
import { workshopChannel } from "@/lib/server/live/workshops";

/**
 * The presenter's (and the facilitator console's) live view: statements and tallies. Reloaded at most
 * every 100 ms however fast votes come in, which keeps the projector within a second of the room.
 */
export function presenterTopic(workshopId: string): TopicOptions<PresenterSnapshot | null> {
  return {
    key: `workshop:${workshopId}:presenter`,
    channels: [workshopChannel(workshopId, "state"), workshopChannel(workshopId, "tally")],
    load: () => loadPresenterSnapshot(workshopId, getLiveDb()),
    throttleMs: 100,
  };
}

/** What participants' phones show: which statement is open, and revealed results. Not reloaded per vote. */
export function participantTopic(workshopId: string): TopicOptions<ParticipantSnapshot | null> {
  return {
    key: `workshop:${workshopId}:participant`,
    channels: [workshopChannel(workshopId, "state")],
    load: () => loadParticipantSnapshot(workshopId, getLiveDb()),
    throttleMs: 100,
  };
}
