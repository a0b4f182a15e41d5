import { isSector, type Sector } from "@/lib/domain/roles";
import type { CollabAccess } from "./protocol";

/**
 * Who is in a text, from the Yjs awareness states. The colour shows the sector, and only the sector:
 * public blue and civil-society orange-brown, never green or red (those mean yes and no in workshop
 * voting), and always next to a text label, never colour alone.
 */
export const SECTOR_COLOURS = { public: "#1d5fa8", civil: "#a34e00" } as const satisfies Record<Sector, string>;

/** What each editor publishes about itself in the awareness state's `user` field. */
export type PresenceUser = { name: string; sector: Sector; color: string; access: CollabAccess };
export type Presence = PresenceUser & { clientId: number; self: boolean };

const MAX_NAME = 80;

/** The people in the text: one entry per person and access (several tabs count once), self first. */
export function presenceFromStates(states: Map<number, Record<string, unknown>>, selfClientId: number): Presence[] {
  const byPerson = new Map<string, Presence>();
  for (const [clientId, state] of states) {
    const user = readUser(state.user);
    if (!user) continue;
    const self = clientId === selfClientId;
    const key = `${user.name}|${user.sector}|${user.access}`;
    const existing = byPerson.get(key);
    if (!existing || self) byPerson.set(key, { ...user, clientId, self: self || Boolean(existing?.self) });
  }
  return [...byPerson.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, "sv"));
}

/** Awareness comes from other browsers: read it defensively, and colour by sector only. */
function readUser(value: unknown): PresenceUser | null {
  if (typeof value !== "object" || value === null) return null;
  const user = value as Record<string, unknown>;
  if (typeof user.name !== "string" || !user.name.trim() || !isSector(user.sector)) return null;
  const access: CollabAccess = user.access === "edit" ? "edit" : "read";
  return { name: user.name.trim().slice(0, MAX_NAME), sector: user.sector, color: SECTOR_COLOURS[user.sector], access };
}
