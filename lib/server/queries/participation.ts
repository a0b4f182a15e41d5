import type { ParticipationEntry } from "@/lib/domain/participation";
import type { ParticipationLevel, ParticipationMethod, Stage } from "@/lib/domain/stages";

type ParticipationRow = {
  stage: string;
  level: string;
  methods: unknown;
  startDate: Date | null;
  endDate: Date | null;
  publicCount: number;
  civilCount: number;
  source: string;
};

/** A stored row of the participation matrix as the matrix and its pages read it. */
export function participationEntryOf(row: ParticipationRow): ParticipationEntry {
  return {
    stage: row.stage as Stage,
    level: row.level as ParticipationLevel,
    methods: (Array.isArray(row.methods) ? row.methods : []) as ParticipationMethod[],
    startDate: row.startDate ?? undefined,
    endDate: row.endDate ?? undefined,
    publicCount: row.publicCount,
    civilCount: row.civilCount,
    source: row.source,
  };
}
