import { getLiveBus } from "@/lib/server/live/bus";

/**
 * What changed in a workshop: "state" (status, statements: the facilitator's doing) or "tally" (a vote
 * or a new participant). The presenter listens to both; participants' phones only to "state", so a
 * burst of votes costs them nothing.
 */
export type WorkshopChange = "state" | "tally";

export function workshopChannel(workshopId: string, change: WorkshopChange): string {
  return `workshop:${workshopId}:${change}`;
}

/**
 * Tells every app instance that a workshop changed. Called after the transaction committed; a failure
 * is logged, not thrown: the change is saved, and the live views re-read the database on a timer.
 */
export async function publishWorkshopChange(workshopId: string, change: WorkshopChange): Promise<void> {
  try {
    await getLiveBus().publish(workshopChannel(workshopId, change));
  } catch (error) {
    console.error(`[live] could not announce a ${change} change of workshop ${workshopId}`, error);
  }
}
