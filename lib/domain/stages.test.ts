import { describe, it, expect } from "vitest";
import { lookup } from "../i18n/core";
import sv from "../i18n/messages/sv/lifecycle";
import en from "../i18n/messages/en/lifecycle";
import {
  buildTimeline,
  EDITABLE_STAGES,
  isEditableStage,
  isOptionalParticipationLevel,
  isParticipationLevel,
  isParticipationMethod,
  isStage,
  levelIndex,
  participationLevels,
  PARTICIPATION_LEVELS,
  PARTICIPATION_METHODS,
  previousStage,
  stageIndex,
  STAGES,
  type StageEntry,
} from "./stages";

describe("stages", () => {
  it("run through the cycle in the code's order", () => {
    expect(STAGES).toEqual(["agenda", "formulation", "decision", "implementation", "review", "reformulation"]);
    expect(STAGES.map(stageIndex)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it.each([
    ["agenda", null],
    ["formulation", "agenda"],
    ["decision", "formulation"],
    ["implementation", "decision"],
    ["review", "implementation"],
    ["reformulation", "review"],
  ] as const)("one step back from %s is %s", (stage, previous) => {
    expect(previousStage(stage)).toBe(previous);
  });

  it.each([
    ["agenda", true],
    ["formulation", true],
    ["decision", false],
    ["implementation", false],
    ["review", false],
    ["reformulation", true],
  ] as const)("the text of a compact in %s is editable: %s", (stage, editable) => {
    expect(isEditableStage(stage)).toBe(editable);
    expect((EDITABLE_STAGES as readonly string[]).includes(stage)).toBe(editable);
  });

  it.each([
    ["agenda", true],
    ["reformulation", true],
    ["Agenda", false],
    ["", false],
    [null, false],
    [3, false],
  ] as const)("isStage(%j) is %s", (value, expected) => {
    expect(isStage(value)).toBe(expected);
  });
});

describe("participation vocabulary", () => {
  it("orders levels from least to most influence, with mobilisation optional", () => {
    expect(PARTICIPATION_LEVELS.map(levelIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(PARTICIPATION_LEVELS.filter(isOptionalParticipationLevel)).toEqual(["mobilisation"]);
    expect(participationLevels({ includeMobilisation: false })).toEqual(["information", "consultation", "dialogue", "partnership"]);
    expect(participationLevels({ includeMobilisation: true })).toHaveLength(5);
  });

  it("recognises levels and methods and nothing else", () => {
    expect(PARTICIPATION_LEVELS.every(isParticipationLevel)).toBe(true);
    expect(PARTICIPATION_METHODS.every(isParticipationMethod)).toBe(true);
    expect(isParticipationLevel("hearing")).toBe(false);
    expect(isParticipationMethod("dialogue")).toBe(false);
    expect(isParticipationMethod(undefined)).toBe(false);
  });

  it("has a name for every stage, level and method in both languages", () => {
    const keys = [
      ...STAGES.map((stage) => `stage.${stage}`),
      ...PARTICIPATION_LEVELS.flatMap((level) => [`level.${level}`, `levelDescription.${level}`]),
      ...PARTICIPATION_METHODS.map((method) => `method.${method}`),
    ];
    for (const messages of [sv, en]) expect(keys.filter((key) => lookup(messages, key) === undefined)).toEqual([]);
    expect(lookup(sv, "stage.agenda")).toBe("Fastställande av agendan");
    expect(lookup(en, "level.consultation")).toBe("Consultation");
  });
});

describe("buildTimeline", () => {
  const at = (iso: string) => new Date(iso);
  const entries: StageEntry[] = [
    { stage: "agenda", enteredAt: at("2024-01-10T09:00:00Z"), enteredBy: "anna", version: 1 },
    { stage: "formulation", enteredAt: at("2024-02-01T09:00:00Z"), enteredBy: "anna", version: 1 },
    { stage: "decision", enteredAt: at("2024-05-01T09:00:00Z"), enteredBy: "bo", version: 1 },
    // Sent back, then forward again: the latest entry is the one shown.
    { stage: "formulation", enteredAt: at("2024-05-03T09:00:00Z"), enteredBy: "bo", version: 1 },
    { stage: "decision", enteredAt: at("2024-06-01T09:00:00Z"), enteredBy: "cia", version: 1 },
  ];

  it("marks stages done, current and upcoming, with the latest entry of each", () => {
    const timeline = buildTimeline("decision", entries);
    expect(timeline.map((item) => [item.stage, item.status, item.entry?.enteredBy ?? null])).toEqual([
      ["agenda", "done", "anna"],
      ["formulation", "done", "bo"],
      ["decision", "current", "cia"],
      ["implementation", "upcoming", null],
      ["review", "upcoming", null],
      ["reformulation", "upcoming", null],
    ]);
  });

  it("shows no dates for stages ahead, even when an earlier round passed them", () => {
    const secondRound: StageEntry[] = [
      ...entries,
      { stage: "reformulation", enteredAt: at("2026-01-01T09:00:00Z"), enteredBy: "dan", version: 1 },
      { stage: "formulation", enteredAt: at("2026-03-01T09:00:00Z"), enteredBy: "dan", version: 2 },
    ];
    const timeline = buildTimeline("formulation", secondRound);
    expect(timeline[1]?.entry).toMatchObject({ enteredBy: "dan", version: 2 });
    expect(timeline[5]).toEqual({ stage: "reformulation", status: "upcoming", entry: null });
  });

  it("leaves a stage without an entry empty", () => {
    expect(buildTimeline("agenda", [])[0]).toEqual({ stage: "agenda", status: "current", entry: null });
  });
});
