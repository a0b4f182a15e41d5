/**
 * Relations benchmark (not a test): `npm run bench:relations [-- --organisations 300 --relations 20000 --rows 2000 --postgres]`.
 *
 * 1. The pure aggregation behind the overview (by type, kind, committee, kind of organisation,
 *    matrix, comparison) over N relations: median of 20 runs.
 * 2. On a fresh database (SQLite, or PostgreSQL with --postgres and TEST_POSTGRES_URL), seeded with the
 *    demo plus extra organisations: a CSV import of R rows (parse, validate every row, look up names,
 *    skip duplicates, one transaction), the same file again (all duplicates), and loading the overview.
 */
import { parseArgs } from "node:util";
import { createFreshDatabase } from "../prisma/testing/fresh-database";
import { loadActor } from "../lib/server/actor";
import { getDb } from "../lib/server/db";
import {
  CIVIL_ORGANISATION_KINDS,
  RELATION_KINDS,
  RELATION_TYPES,
  buildRelationsMatrix,
  compareMunicipalities,
  countByCommittee,
  countByKind,
  countByOrganisationKind,
  countByType,
  type RelationFact,
} from "../lib/domain/relations";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { importRelationsCsv } from "../lib/server/services/relations/import-relations";
import { getRelationsOverview } from "../lib/server/queries/relations";

const { values: options } = parseArgs({
  options: {
    organisations: { type: "string", default: "300" },
    relations: { type: "string", default: "20000" },
    rows: { type: "string", default: "2000" },
    postgres: { type: "boolean", default: false },
  },
});
const ORGANISATIONS = Number(options.organisations);
const RELATIONS = Number(options.relations);
const ROWS = Number(options.rows);

const pick = <T>(items: readonly T[], i: number) => items[i % items.length]!;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

async function benchAggregation() {
  const organisations = Array.from({ length: ORGANISATIONS }, (_, i) => ({ id: `o${i}`, name: `Förening ${i}`, kind: pick(CIVIL_ORGANISATION_KINDS, i) }));
  const committees = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, name: `Nämnd ${i}` }));
  const relations: RelationFact[] = Array.from({ length: RELATIONS }, (_, i) => ({
    organisationId: `o${(i * 7) % ORGANISATIONS}`,
    relationType: pick(RELATION_TYPES, i),
    relationKind: pick(RELATION_KINDS, i * 3),
    committeeId: i % 5 === 0 ? null : `c${i % 12}`,
    amount: i % 4 === 0 ? 10_000 : null,
  }));
  const samples: number[] = [];
  for (let run = 0; run < 20; run++) {
    const { ms } = await time(() => {
      countByType(relations);
      countByKind(relations);
      countByCommittee(relations, committees);
      countByOrganisationKind(relations, organisations);
      buildRelationsMatrix(relations, organisations, committees);
      compareMunicipalities([{ municipalityId: "m", name: "M", organisations, relations }]);
    });
    samples.push(ms);
  }
  console.log(`aggregation: ${RELATIONS} relations, ${ORGANISATIONS} organisations, 12 committees: median ${median(samples).toFixed(1)} ms`);
}

async function benchDatabase() {
  const kind = options.postgres ? "postgres" : "sqlite";
  const fresh = await createFreshDatabase(kind);
  process.env.DATABASE_URL = fresh.url;
  const db = getDb();
  try {
    await seedDemo(db);
    const municipality = await db.municipality.findFirstOrThrow();
    await db.organisation.createMany({
      data: Array.from({ length: ORGANISATIONS }, (_, i) => ({ municipalityId: municipality.id, name: `Bänkföreningen ${i}`, sector: "civil", kind: "association" })),
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "tjansteperson@demo.overens.se" } });
    const official = await loadActor(user.id);
    const lines = ["organisation;relation_type;relation_kind;committee;since;amount;note"];
    for (let i = 0; i < ROWS; i++) {
      const kindOfRelation = pick(RELATION_KINDS, i);
      lines.push(
        [`Bänkföreningen ${i % ORGANISATIONS}`, pick(RELATION_TYPES, i), kindOfRelation, i % 2 ? "Kommunstyrelsen" : "Kultur- och fritidsförvaltningen", String(2000 + (i % 25)), kindOfRelation.startsWith("grant_") ? String(1000 + i) : "", `rad ${i}`].join(";"),
      );
    }
    const text = lines.join("\n");
    const first = await time(() => importRelationsCsv(official, { text }));
    console.log(`import (${kind}): ${ROWS} rows → ${first.result.imported} imported in ${first.ms.toFixed(0)} ms (${((ROWS / first.ms) * 1000).toFixed(0)} rows/s)`);
    const again = await time(() => importRelationsCsv(official, { text }));
    console.log(`import again (${kind}): ${again.result.duplicates} duplicates skipped in ${again.ms.toFixed(0)} ms`);
    const overview = await time(() => getRelationsOverview(official));
    console.log(`overview (${kind}): ${overview.result.summary.relations} relations, ${overview.result.summary.organisations} organisations in ${overview.ms.toFixed(0)} ms`);
  } finally {
    await db.$disconnect();
    await fresh.drop();
  }
}

async function main() {
  await benchAggregation();
  await benchDatabase();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
