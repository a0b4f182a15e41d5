import { describe, it, expect } from "vitest";
import { buildMatrix, highestLevel, matrixCell, type ParticipationEntry } from "./participation";
import { STAGES } from "./stages";

const entry = (overrides: Partial<ParticipationEntry>): ParticipationEntry => ({
  stage: "formulation",
  level: "consultation",
  methods: ["hearing"],
  publicCount: 0,
  civilCount: 0,
  source: "Protokoll",
  ...overrides,
});

const ENTRIES: ParticipationEntry[] = [
  entry({ stage: "agenda", level: "information", methods: ["seminar"], publicCount: 4, civilCount: 30 }),
  entry({ stage: "formulation", level: "partnership", methods: ["working_group"], publicCount: 3, civilCount: 6 }),
  entry({ stage: "formulation", level: "dialogue", methods: ["workshop_vote", "hearing"], publicCount: 90, civilCount: 123 }),
  entry({ stage: "formulation", level: "dialogue", methods: ["hearing", "online_consultation"], publicCount: 2, civilCount: 41 }),
  entry({ stage: "review", level: "mobilisation", methods: ["other"], publicCount: 1, civilCount: 12 }),
];

describe("buildMatrix", () => {
  it("has one row per stage and one cell per shown level", () => {
    const matrix = buildMatrix(ENTRIES, { includeMobilisation: false });
    expect(matrix.levels).toEqual(["information", "consultation", "dialogue", "partnership"]);
    expect(matrix.rows.map((row) => row.stage)).toEqual([...STAGES]);
    expect(matrix.rows.every((row) => row.cells.map((cell) => cell.level).join() === matrix.levels.join())).toBe(true);
  });

  it("marks reached cells and sums their counts and methods", () => {
    const matrix = buildMatrix(ENTRIES, { includeMobilisation: false });
    const dialogue = matrixCell(matrix, "formulation", "dialogue");
    expect(dialogue).toMatchObject({ reached: true, publicCount: 92, civilCount: 164 });
    expect(dialogue?.methods).toEqual(["hearing", "online_consultation", "workshop_vote"]);
    expect(dialogue?.entries).toHaveLength(2);
    expect(matrixCell(matrix, "formulation", "consultation")).toMatchObject({
      reached: false,
      entries: [],
      methods: [],
      publicCount: 0,
      civilCount: 0,
    });
  });

  it("gives the highest level reached per stage", () => {
    const matrix = buildMatrix(ENTRIES, { includeMobilisation: false });
    expect(STAGES.map((stage) => highestLevel(matrix, stage))).toEqual([
      "information",
      "partnership",
      null,
      null,
      null,
      null,
    ]);
  });

  it("shows mobilisation only where the installation uses it", () => {
    const without = buildMatrix(ENTRIES, { includeMobilisation: false });
    expect(matrixCell(without, "review", "mobilisation")).toBeNull();
    expect(highestLevel(without, "review")).toBeNull();

    const withIt = buildMatrix(ENTRIES, { includeMobilisation: true });
    expect(withIt.levels).toHaveLength(5);
    expect(matrixCell(withIt, "review", "mobilisation")).toMatchObject({ reached: true, civilCount: 12 });
    expect(highestLevel(withIt, "review")).toBe("mobilisation");
  });

  it("is empty but complete without entries", () => {
    const matrix = buildMatrix([], { includeMobilisation: false });
    expect(matrix.rows).toHaveLength(6);
    expect(matrix.rows.flatMap((row) => row.cells)).toHaveLength(24);
    expect(matrix.rows.flatMap((row) => row.cells).some((cell) => cell.reached)).toBe(false);
  });
});
