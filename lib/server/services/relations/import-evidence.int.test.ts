import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/domain/errors";
import { getDb } from "../../db";
import { getAgendaEvidence, getRelationsOverview } from "../../queries/relations";
import { demoActor, refusal, withDemoDatabase } from "../../testing/integration";
import { readAgenda } from "@/lib/server/load/compact";
import { keepEvidence, readAgendaEvidence } from "@/lib/server/load/agenda-evidence";
import { attachEvidenceToAgenda } from "./attach-evidence";
import { exportRelationsCsv, relationsCsvTemplate } from "@/lib/server/queries/relations-csv";
import { importRelationsCsv } from "./import-relations";
import { MAX_IMPORT_ROWS } from "@/lib/validation/relations";
import { saveVolunteerEstimate } from "./save-volunteer-estimate";

withDemoDatabase();

const HEADER = "organisation;relation_type;relation_kind;committee;since;amount;note";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");
const GOOD_1 = "Föreningen Grannstöd;consultation_body;dialogue;Kommunstyrelsen;2015;;Remissvar om äldreomsorg";
const GOOD_2 = "sjöberga idrottsallians;COOPERATION_PERMANENT;grant_activity;Kultur- och fritidsförvaltningen;2010-05-01;250 000;";
const BAD_FILE = csv(
  GOOD_1,
  "Föreningen Okänd;consultation_body;dialogue;;;;",
  GOOD_2,
  "Stiftelsen Ljusglimten;remiss;dialogue;Miljönämnden;förra året;;",
  "Kooperativet Gröna Händer;other;dialogue;;;1000;",
);

const relationCount = () => getDb().relation.count();

describe("CSV import", () => {
  it("imports nothing from a file with errors, and reports every bad row with its line and reason", async () => {
    const official = await demoActor("tjansteperson");
    const report = await importRelationsCsv(official, { text: BAD_FILE, mode: "all_or_nothing" });
    expect(report).toMatchObject({ committed: false, imported: 0, importable: 2, duplicates: 0, totalRows: 5, errorRows: 3 });
    expect(report.errors).toEqual([
      { line: 3, column: "organisation", key: "relations.import.errors.unknownOrganisation", params: { value: "Föreningen Okänd" } },
      { line: 5, column: "relation_type", key: "relations.errors.type", params: { value: "remiss" } },
      { line: 5, column: "since", key: "relations.errors.since", params: { value: "förra året" } },
      { line: 6, column: "amount", key: "relations.errors.amountOnlyForGrants", params: { value: "1000" } },
    ]);
    expect(await relationCount()).toBe(0);
  });

  it("imports the valid rows when asked to, and skips rows already on record when imported again", async () => {
    const official = await demoActor("tjansteperson");
    const report = await importRelationsCsv(official, { text: BAD_FILE, mode: "valid_only" });
    expect(report).toMatchObject({ committed: true, imported: 2, errorRows: 3 });
    const stored = await getDb().relation.findMany({ include: { organisation: true, committee: true }, orderBy: { organisation: { name: "asc" } } });
    expect(stored.map((r) => [r.organisation.name, r.relationType, r.committee?.name, r.amount, r.source])).toEqual([
      ["Föreningen Grannstöd", "consultation_body", "Kommunstyrelsen", null, "import"],
      ["Sjöberga Idrottsallians", "cooperation_permanent", "Kultur- och fritidsförvaltningen", 250_000, "import"],
    ]);
    expect(await importRelationsCsv(official, { text: csv(GOOD_1, GOOD_2) })).toMatchObject({ committed: true, imported: 0, duplicates: 2 });
    expect(await relationCount()).toBe(2);
  });

  it("exports what it imports: an exported file imports back as duplicates only", async () => {
    const official = await demoActor("tjansteperson");
    const exported = await exportRelationsCsv(official);
    expect(exported.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(exported).toContain("Sjöberga Idrottsallians;cooperation_permanent;grant_activity;Kultur- och fritidsförvaltningen;2010-05-01;250000;");
    expect(await importRelationsCsv(official, { text: exported })).toMatchObject({ committed: true, imported: 0, duplicates: 2, errorRows: 0 });
  });

  it("refuses files it cannot read as a whole, and reports the template's example row", async () => {
    const official = await demoActor("tjansteperson");
    expect((await refusal(importRelationsCsv(official, { text: "" }))).messageKey).toBe("relations.import.errors.empty");
    const missing = await refusal(importRelationsCsv(official, { text: "organisation;note\nFöreningen Grannstöd;x" }));
    expect(missing.messageKey).toBe("relations.import.errors.missingColumns");
    expect(missing.params).toEqual({ columns: "relation_type, relation_kind, committee, since, amount" });
    const tooMany = csv(...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => GOOD_1));
    expect((await refusal(importRelationsCsv(official, { text: tooMany }))).messageKey).toBe("relations.import.errors.tooManyRows");
    const template = await relationsCsvTemplate(official, { organisation: "Exempelföreningen", note: "Exempel" });
    const report = await importRelationsCsv(official, { text: template });
    expect(report.errors.map((e) => [e.line, e.key])).toEqual([[2, "relations.import.errors.unknownOrganisation"]]);
  });

  it("is for officials only", async () => {
    for (const who of ["forening", "politiker", "admin"] as const) {
      await expect(importRelationsCsv(await demoActor(who), { text: csv(GOOD_1) })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportRelationsCsv(await demoActor(who))).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

async function demoCompactId() {
  return (await getDb().compact.findFirstOrThrow({ where: { slug: "overenskommelse-2027-2030" } })).id;
}

describe("evidence on the agenda statement", () => {
  it("attaches a relations snapshot without touching why, issues and invited", async () => {
    const official = await demoActor("tjansteperson");
    const compactId = await demoCompactId();
    const agendaBefore = readAgenda((await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).agenda);
    await attachEvidenceToAgenda(official, { compactId, kind: "relations" });
    const stored = (await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).agenda;
    expect(readAgenda(stored)).toEqual(agendaBefore);
    const { relations } = readAgendaEvidence(stored);
    expect(relations).toMatchObject({ municipalityName: "Sjöberga", summary: { relations: 2, organisations: 6, organisationsWithRelations: 2, grantTotal: 250_000 } });
    expect(relations!.withoutRelations).toEqual(["Kooperativet Gröna Händer", "Sjöberga församling", "Stiftelsen Ljusglimten", "Studieförbundet Folkbildarna"]);
    expect(relations!.topCommittees).toEqual([
      { name: "Kommunstyrelsen", count: 1 },
      { name: "Kultur- och fritidsförvaltningen", count: 1 },
    ]);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "compact.evidenceAttached", compactId } });
    expect(audit.actorId).toBe(official.userId);
  });

  it("needs a saved volunteer estimate, then attaches it beside the relations", async () => {
    const rep = await demoActor("forening");
    const compactId = await demoCompactId();
    expect((await refusal(attachEvidenceToAgenda(rep, { compactId, kind: "volunteers" }))).messageKey).toBe("relations.errors.noEstimate");
    await expect(saveVolunteerEstimate(rep, { residents: "12 400", sharePercent: "48", hoursPerWeek: "4", weeksPerYear: "52" })).rejects.toBeInstanceOf(ForbiddenError);
    await saveVolunteerEstimate(await demoActor("tjansteperson"), { residents: "12 400", sharePercent: "51", hoursPerWeek: "4", weeksPerYear: "52" });

    // The association representative is in the drafting group: the group attaches evidence together.
    await attachEvidenceToAgenda(rep, { compactId, kind: "volunteers" });
    const { evidence, mayAttach, hasEstimate } = await getAgendaEvidence(rep, compactId);
    expect({ mayAttach, hasEstimate }).toEqual({ mayAttach: true, hasEstimate: true });
    expect(evidence.relations?.summary.relations).toBe(2);
    expect(evidence.volunteers).toMatchObject({ residents: 12_400, shareVolunteering: 0.51, weeksPerYear: 52, fullTimeHoursPerYear: 1700 });
    expect(evidence.volunteers!.hoursPerYear).toBeCloseTo(12_400 * 0.51 * 4 * 52);
  });

  it("keeps the evidence when the agenda is saved through keepEvidence", async () => {
    const compactId = await demoCompactId();
    const stored = (await getDb().compact.findUniqueOrThrow({ where: { id: compactId } })).agenda;
    const merged = keepEvidence(stored, { why: "Nytt skäl", issues: ["Lokaler"], invited: ["Alla"] });
    expect(readAgenda(merged)).toEqual({ why: "Nytt skäl", issues: ["Lokaler"], invited: ["Alla"] });
    expect(readAgendaEvidence(merged)).toEqual(readAgendaEvidence(stored));
  });

  it("is refused to those outside the drafting group who do not set the agenda, and outside the agenda stage", async () => {
    const compactId = await demoCompactId();
    await expect(attachEvidenceToAgenda(await demoActor("politiker"), { compactId, kind: "relations" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attachEvidenceToAgenda(await demoActor("admin"), { compactId, kind: "relations" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getAgendaEvidence(await demoActor("politiker"), compactId)).mayAttach).toBe(false);
    await getDb().compact.update({ where: { id: compactId }, data: { stage: "formulation" } });
    await expect(attachEvidenceToAgenda(await demoActor("tjansteperson"), { compactId, kind: "relations" })).rejects.toBeInstanceOf(ForbiddenError);
    await getDb().compact.update({ where: { id: compactId }, data: { stage: "agenda" } });
  });
});

describe("the overview across municipalities", () => {
  it("compares the municipalities of the installation as totals", async () => {
    await getDb().municipality.create({
      data: { slug: "norrby", name: "Norrby", organisations: { create: [{ name: "Norrby IF", sector: "civil", kind: "association" }] } },
    });
    const overview = await getRelationsOverview(await demoActor("politiker"));
    expect(overview.comparison.map((row) => [row.name, row.relations, row.organisations, row.coverage])).toEqual([
      ["Norrby", 0, 1, 0],
      ["Sjöberga", 2, 6, 2 / 6],
    ]);
    expect(overview.summary.relations).toBe(2);
    await expect(getRelationsOverview(await demoActor("admin"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
