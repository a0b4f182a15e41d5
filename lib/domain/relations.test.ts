import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  RELATION_KINDS,
  RELATION_TYPES,
  buildRelationsMatrix,
  canAttachEvidence,
  compareMunicipalities,
  countByCommittee,
  countByKind,
  countByKindGroup,
  countByOrganisationKind,
  countByType,
  formatSince,
  isGrantKind,
  organisationsWithoutRelations,
  summariseRelations,
  surveyStatus,
  type OrganisationFact,
  type RelationFact,
} from "./relations";
import { ROLE_SECTOR, type Role } from "./roles";

const organisations: OrganisationFact[] = [
  { id: "grannstod", name: "Föreningen Grannstöd", kind: "association" },
  { id: "idrott", name: "Sjöberga Idrottsallians", kind: "umbrella" },
  { id: "ljus", name: "Stiftelsen Ljusglimten", kind: "foundation" },
  { id: "akt", name: "Aktivitetsföreningen", kind: "association" },
];
const committees = [
  { id: "ks", name: "Kommunstyrelsen" },
  { id: "kff", name: "Kultur- och fritidsförvaltningen" },
];
const relation = (organisationId: string, relationType: RelationFact["relationType"], relationKind: RelationFact["relationKind"], committeeId: string | null, amount: number | null = null): RelationFact => ({
  organisationId,
  relationType,
  relationKind,
  committeeId,
  amount,
});
const relations: RelationFact[] = [
  relation("grannstod", "consultation_body", "dialogue", "ks"),
  relation("grannstod", "cooperation_project", "grant_project", "kff", 40_000),
  relation("idrott", "cooperation_permanent", "grant_activity", "kff", 250_000),
  relation("idrott", "reference_group", "dialogue", "kff"),
  relation("akt", "other", "collaboration", null),
];

describe("aggregation of relations", () => {
  it("counts per type in the survey's order, with zeros", () => {
    const byType = countByType(relations);
    expect(byType.map((r) => r.type)).toEqual([...RELATION_TYPES]);
    expect(Object.fromEntries(byType.map((r) => [r.type, r.count]))).toMatchObject({
      consultation_body: 1,
      cooperation_project: 1,
      cooperation_permanent: 1,
      reference_group: 1,
      other: 1,
      gives_guidance: 0,
    });
  });

  it("counts per kind with the grant amounts, and per group of kinds", () => {
    const byKind = Object.fromEntries(countByKind(relations).map((r) => [r.kind, r]));
    expect(byKind.grant_activity).toEqual({ kind: "grant_activity", count: 1, amount: 250_000 });
    expect(byKind.dialogue).toEqual({ kind: "dialogue", count: 2, amount: 0 });
    expect(countByKindGroup(relations)).toEqual([
      { group: "grants", count: 2 },
      { group: "dialogue", count: 2 },
      { group: "collaboration", count: 1 },
      { group: "agreements", count: 0 },
    ]);
  });

  it("counts per committee, most first, every committee listed, unnamed ones last", () => {
    expect(countByCommittee(relations, committees)).toEqual([
      { committeeId: "kff", name: "Kultur- och fritidsförvaltningen", count: 3, amount: 290_000 },
      { committeeId: "ks", name: "Kommunstyrelsen", count: 1, amount: 0 },
      { committeeId: null, name: null, count: 1, amount: 0 },
    ]);
    expect(countByCommittee([], committees).map((r) => r.count)).toEqual([0, 0]);
  });

  it("counts per kind of organisation, with how many of each kind have relations", () => {
    const byKind = Object.fromEntries(countByOrganisationKind(relations, organisations).map((r) => [r.kind, r]));
    expect(byKind.association).toEqual({ kind: "association", relations: 3, organisationsWithRelations: 2, organisations: 2 });
    expect(byKind.foundation).toEqual({ kind: "foundation", relations: 0, organisationsWithRelations: 0, organisations: 1 });
    expect(Object.keys(byKind)).not.toContain("committee");
  });

  it("builds the committees × organisations matrix with a column for unnamed committees", () => {
    const matrix = buildRelationsMatrix(relations, organisations, committees);
    expect(matrix.columns.map((c) => c.committeeId)).toEqual(["ks", "kff", null]);
    expect(matrix.rows.map((r) => [r.organisation.id, r.cells, r.total])).toEqual([
      ["akt", [0, 0, 1], 1],
      ["grannstod", [1, 1, 0], 2],
      ["idrott", [0, 2, 0], 2],
      ["ljus", [0, 0, 0], 0],
    ]);
    expect(matrix.columnTotals).toEqual([1, 3, 1]);
    expect(matrix.max).toBe(2);
  });

  it("leaves the unnamed column out when every relation names a committee", () => {
    const matrix = buildRelationsMatrix(relations.slice(0, 4), organisations, committees);
    expect(matrix.columns).toHaveLength(2);
  });

  it("summarises and finds the organisations without relations", () => {
    expect(summariseRelations(relations, organisations)).toEqual({ relations: 5, organisations: 4, organisationsWithRelations: 3, grantTotal: 290_000 });
    expect(organisationsWithoutRelations(relations, organisations).map((o) => o.id)).toEqual(["ljus"]);
  });

  it("compares municipalities by rates, sorted by name", () => {
    const rows = compareMunicipalities([
      { municipalityId: "s", name: "Sjöberga", organisations, relations },
      { municipalityId: "a", name: "Åsby", organisations: [], relations: [] },
      { municipalityId: "b", name: "Berga", organisations: organisations.slice(0, 2), relations: relations.slice(0, 1) },
    ]);
    expect(rows.map((r) => r.name)).toEqual(["Berga", "Sjöberga", "Åsby"]);
    expect(rows[0]).toMatchObject({ relations: 1, organisationsWithRelations: 1, coverage: 0.5, relationsPerOrganisation: 0.5 });
    expect(rows[1]).toMatchObject({ coverage: 0.75, relationsPerOrganisation: 1.25, grantTotal: 290_000 });
    expect(rows[1]!.byType.consultation_body).toBe(1);
    expect(rows[2]).toMatchObject({ relations: 0, coverage: 0, relationsPerOrganisation: 0 });
  });
});

const arbitraryRelations = fc.array(
  fc.record({
    organisationId: fc.constantFrom(...organisations.map((o) => o.id), "elsewhere"),
    relationType: fc.constantFrom(...RELATION_TYPES),
    relationKind: fc.constantFrom(...RELATION_KINDS),
    committeeId: fc.constantFrom("ks", "kff", "gone", null),
    amount: fc.option(fc.integer({ min: 0, max: 10_000_000 })),
  }),
  { maxLength: 60 },
);

describe("aggregation properties", () => {
  it("every view accounts for every relation exactly once", () => {
    fc.assert(
      fc.property(arbitraryRelations, (all) => {
        const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
        expect(sum(countByType(all).map((r) => r.count))).toBe(all.length);
        expect(sum(countByKind(all).map((r) => r.count))).toBe(all.length);
        expect(sum(countByKindGroup(all).map((r) => r.count))).toBe(all.length);
        expect(sum(countByCommittee(all, committees).map((r) => r.count))).toBe(all.length);
        expect(sum(countByKind(all).map((r) => r.amount))).toBe(sum(all.map((r) => r.amount ?? 0)));
        const own = all.filter((r) => r.organisationId !== "elsewhere");
        const matrix = buildRelationsMatrix(all, organisations, committees);
        expect(sum(matrix.rows.map((r) => r.total))).toBe(own.length);
        expect(sum(matrix.columnTotals)).toBe(own.length);
        expect(sum(countByOrganisationKind(all, organisations).map((r) => r.relations))).toBe(own.length);
      }),
    );
  });

  it("coverage stays between 0 and 1", () => {
    fc.assert(
      fc.property(arbitraryRelations, (all) => {
        const [row] = compareMunicipalities([{ municipalityId: "m", name: "M", organisations, relations: all }]);
        expect(row!.coverage).toBeGreaterThanOrEqual(0);
        expect(row!.coverage).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("small rules", () => {
  it("knows which kinds are grants", () => {
    expect(RELATION_KINDS.filter(isGrantKind)).toEqual(["grant_organisation", "grant_activity", "grant_project"]);
  });
  it("shows a year alone when the date is the first of January", () => {
    expect(formatSince(new Date("2015-01-01T00:00:00Z"))).toBe("2015");
    expect(formatSince(new Date("2015-03-12T00:00:00Z"))).toBe("2015-03-12");
    expect(formatSince(null)).toBe("");
  });
});

describe("canAttachEvidence", () => {
  const actor = (role: Role) => ({ userId: "u", role, sector: ROLE_SECTOR[role], organisationId: "o", municipalityId: "m" });
  const target = (stage: string, inDraftingGroup: boolean, municipalityId = "m") => ({ municipalityId, stage, inDraftingGroup });
  it.each([
    ["official", "agenda", false, true],
    ["association_rep", "agenda", true, true],
    ["association_rep", "agenda", false, false],
    ["politician", "agenda", true, false],
    ["admin", "agenda", true, false],
    ["official", "formulation", true, false],
    ["association_rep", "formulation", true, false],
  ] as const)("%s at %s (in group: %s) → %s", (role, stage, inGroup, expected) => {
    expect(canAttachEvidence(actor(role), target(stage, inGroup))).toBe(expected);
  });
  it("refuses another municipality and anonymous visitors", () => {
    expect(canAttachEvidence(actor("official"), target("agenda", true, "other"))).toBe(false);
    expect(canAttachEvidence(null, target("agenda", true))).toBe(false);
  });
});

describe("surveyStatus", () => {
  const now = new Date("2027-02-01T12:00:00Z");
  const later = new Date("2027-02-10T00:00:00Z");
  const earlier = new Date("2027-01-10T00:00:00Z");
  it.each([
    [{ expiresAt: later, answeredAt: earlier }, false, "answered"],
    [{ expiresAt: later, answeredAt: null }, true, "pending"],
    [{ expiresAt: now, answeredAt: null }, true, "expired"],
    [null, true, "not_sent"],
    [null, false, "no_representative"],
    [{ expiresAt: later, answeredAt: null }, false, "no_representative"],
  ] as const)("%o, representative %s → %s", (latest, hasRepresentative, expected) => {
    expect(surveyStatus(latest, hasRepresentative, now)).toBe(expected);
  });
});
