/**
 * The participation matrix of the Council of Europe code: for each stage of the cycle, how far civil
 * society's part reached and with which methods. Built from the entries a compact records.
 */
import {
  levelIndex,
  participationLevels,
  PARTICIPATION_METHODS,
  STAGES,
  type ParticipationLevel,
  type ParticipationMethod,
  type Stage,
} from "./stages";

/** One recorded occasion (or series) of participation in a stage. */
export type ParticipationEntry = {
  stage: Stage;
  level: ParticipationLevel;
  methods: readonly ParticipationMethod[];
  startDate?: Date;
  endDate?: Date;
  /** How many took part from the public sector and from civil society. */
  publicCount: number;
  civilCount: number;
  /** How the entry came to be: "manual" when someone recorded it, otherwise the feature that did (e.g. a workshop vote). */
  source: string;
};

export type MatrixCell = {
  level: ParticipationLevel;
  reached: boolean;
  entries: ParticipationEntry[];
  /** Methods used at this level, each once, in the order of PARTICIPATION_METHODS. */
  methods: ParticipationMethod[];
  publicCount: number;
  civilCount: number;
};

export type MatrixRow = {
  stage: Stage;
  cells: MatrixCell[];
  /** The highest level reached in this stage, or null when nothing is recorded. */
  highestLevel: ParticipationLevel | null;
};

export type ParticipationMatrix = {
  /** The column order: the levels the installation shows, lowest first. */
  levels: ParticipationLevel[];
  rows: MatrixRow[];
};

export type MatrixOptions = { includeMobilisation: boolean };

/**
 * The 6 × 4 (or 6 × 5 with mobilisation) grid: one row per stage in cycle order, one cell per level.
 * A cell is reached when at least one entry records that level; counts are summed over its entries.
 * Entries at a level the installation does not show (mobilisation when it is off) are left out.
 */
export function buildMatrix(entries: readonly ParticipationEntry[], options: MatrixOptions): ParticipationMatrix {
  const levels = participationLevels(options);
  const rows = STAGES.map((stage) => {
    const cells = levels.map((level) =>
      buildCell(
        level,
        entries.filter((entry) => entry.stage === stage && entry.level === level),
      ),
    );
    return { stage, cells, highestLevel: highestReached(cells) };
  });
  return { levels, rows };
}

function buildCell(level: ParticipationLevel, entries: ParticipationEntry[]): MatrixCell {
  return {
    level,
    reached: entries.length > 0,
    entries,
    methods: PARTICIPATION_METHODS.filter((method) => entries.some((entry) => entry.methods.includes(method))),
    publicCount: sum(entries.map((entry) => entry.publicCount)),
    civilCount: sum(entries.map((entry) => entry.civilCount)),
  };
}

function highestReached(cells: readonly MatrixCell[]): ParticipationLevel | null {
  let highest: ParticipationLevel | null = null;
  for (const cell of cells) {
    if (cell.reached && (highest === null || levelIndex(cell.level) > levelIndex(highest))) highest = cell.level;
  }
  return highest;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The highest level reached in a stage, or null when nothing is recorded for it. */
export function highestLevel(matrix: ParticipationMatrix, stage: Stage): ParticipationLevel | null {
  return matrix.rows.find((row) => row.stage === stage)?.highestLevel ?? null;
}

/** The cell for a stage and level, for the focused-cell panel; null when the level is not shown. */
export function matrixCell(matrix: ParticipationMatrix, stage: Stage, level: ParticipationLevel): MatrixCell | null {
  const row = matrix.rows.find((candidate) => candidate.stage === stage);
  return row?.cells.find((cell) => cell.level === level) ?? null;
}
