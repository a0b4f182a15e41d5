import { describe, expect, it } from "vitest";
import { presenceFromStates, SECTOR_COLOURS } from "./presence";

describe("presenceFromStates", () => {
  it("lists people once, self first, coloured by sector whatever colour they sent", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: "Tove Lindqvist", sector: "public", access: "edit", color: "#00ff00" } }],
      [2, { user: { name: "Farid Haddad", sector: "civil", access: "edit" } }],
      [3, { user: { name: "Farid Haddad", sector: "civil", access: "edit" } }],
      [4, { user: { name: "Per Ekström", sector: "public", access: "read" } }],
      [5, { cursor: {} }],
      [6, { user: { name: "<script>", sector: "martian" } }],
    ]);
    const presence = presenceFromStates(states, 3);
    expect(presence.map((p) => [p.name, p.self, p.access, p.color])).toEqual([
      ["Farid Haddad", true, "edit", SECTOR_COLOURS.civil],
      ["Per Ekström", false, "read", SECTOR_COLOURS.public],
      ["Tove Lindqvist", false, "edit", SECTOR_COLOURS.public],
    ]);
  });

  it("uses the two sector colours, never green or red", () => {
    expect(SECTOR_COLOURS).toEqual({ public: "#1d5fa8", civil: "#a34e00" });
  });
});
