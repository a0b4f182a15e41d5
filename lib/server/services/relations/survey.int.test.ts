import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/domain/errors";
import { SURVEY_LIFETIME_MS } from "@/lib/domain/relations";
import { getDb } from "../../db";
import { demoActor, latestLinkToken, organisationId, refusal, withDemoDatabase } from "../../testing/integration";
import { getRelationsOverview, getSurveyForAnswer, getSurveyOverview } from "../../queries/relations";
import { answerSurvey } from "./answer-survey";
import { saveOrganisationRelations } from "./save-relations";
import { sendSurvey } from "./send-survey";

withDemoDatabase();

const FORENING = "forening@demo.overens.se";

async function relationsOf(name: string) {
  return getDb().relation.findMany({ where: { organisationId: await organisationId(name) }, orderBy: { createdAt: "asc" } });
}

describe("the relations survey", () => {
  it("is sent to every civil-society organisation with a representative, once, and the outbox has the links", async () => {
    const official = await demoActor("tjansteperson");
    expect(await sendSurvey(official, {})).toEqual({ organisations: 2, recipients: 2 });
    const outbox = await getDb().outboxMessage.findMany({ where: { link: { contains: "/survey/" } } });
    expect(outbox.map((m) => m.to).sort()).toEqual([FORENING, "idrott@demo.overens.se"]);
    expect(outbox[0]!.subject).toMatch(/^Enkät: hur samverkar /);
    expect(outbox.every((m) => m.municipalityId === official.municipalityId)).toBe(true);

    // Pending links are not sent again.
    expect(await sendSurvey(official, {})).toEqual({ organisations: 0, recipients: 0 });
    const statuses = Object.fromEntries((await getSurveyOverview(official)).map((row) => [row.name, row.status]));
    expect(statuses).toMatchObject({
      "Föreningen Grannstöd": "pending",
      "Sjöberga Idrottsallians": "pending",
      "Stiftelsen Ljusglimten": "no_representative",
    });
    expect(statuses).not.toHaveProperty("Kommunstyrelsen");
  });

  it("may only be sent by officials", async () => {
    await expect(sendSurvey(await demoActor("forening"), {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendSurvey(await demoActor("politiker"), {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("is answered by the organisation's own representative, which records the relations and marks the answer", async () => {
    const token = await latestLinkToken(FORENING);
    const rep = await demoActor("forening");
    const kff = await organisationId("Kultur- och fritidsförvaltningen");
    const before = (await getRelationsOverview(rep)).byType.find((r) => r.type === "consultation_body")!.count;

    // Other people holding the link may not answer for the organisation.
    await expect(answerSurvey(await demoActor("idrott"), { token })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(answerSurvey(await demoActor("tjansteperson"), { token })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getSurveyForAnswer(await demoActor("idrott"), token)).status).toBe("forbidden");

    // A bad row is reported by its field, and nothing is marked answered.
    const invalid = await refusal(answerSurvey(rep, { token, "rows.0.relationType": "consultation_body", "rows.0.relationKind": "dialogue", "rows.0.amount": "500" }));
    expect(invalid.fieldErrors).toEqual({ "rows.0.amount": ["relations.errors.amountOnlyForGrants"] });
    const wrongCommittee = await refusal(
      answerSurvey(rep, { token, "rows.0.relationType": "other", "rows.0.relationKind": "dialogue", "rows.0.committeeId": await organisationId("Sjöberga Idrottsallians") }),
    );
    expect(wrongCommittee.fieldErrors).toEqual({ "rows.0.committeeId": ["relations.errors.committee"] });
    expect((await getSurveyForAnswer(rep, token)).status).toBe("valid");

    await answerSurvey(rep, {
      token,
      "rows.0.relationType": "consultation_body",
      "rows.0.relationKind": "dialogue",
      "rows.0.committeeId": kff,
      "rows.0.since": "2019",
      "rows.1.relationType": "cooperation_project",
      "rows.1.relationKind": "grant_project",
      "rows.1.amount": "40 000",
      "rows.1.note": "Läxhjälp",
    });
    const stored = await relationsOf("Föreningen Grannstöd");
    expect(stored.map((r) => [r.relationType, r.relationKind, r.committeeId, r.amount, r.source, r.createdById])).toEqual([
      ["consultation_body", "dialogue", kff, null, "survey", rep.userId],
      ["cooperation_project", "grant_project", null, 40_000, "survey", rep.userId],
    ]);
    expect(stored[0]!.since).toEqual(new Date("2019-01-01T00:00:00Z"));
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "relations.surveyAnswered" } });
    expect(audit.actorId).toBe(rep.userId);

    const overview = await getRelationsOverview(rep);
    expect(overview.byType.find((r) => r.type === "consultation_body")!.count).toBe(before + 1);
    expect(overview.survey).toEqual({ sent: 2, answered: 1 });
    expect(overview.matrix.rows.find((r) => r.organisation.name === "Föreningen Grannstöd")!.total).toBe(2);

    // The link is used up.
    expect((await refusal(answerSurvey(rep, { token }))).messageKey).toBe("relations.errors.surveyAnswered");
    expect((await getSurveyForAnswer(rep, token)).status).toBe("used");
  });

  it("refuses unknown and expired links", async () => {
    const rep = await demoActor("idrott");
    expect((await refusal(answerSurvey(rep, { token: "not-a-real-token" }))).messageKey).toBe("errors.token.unknown");
    const token = await latestLinkToken("idrott@demo.overens.se");
    const later = new Date(Date.now() + SURVEY_LIFETIME_MS + 1000);
    expect((await refusal(answerSurvey(rep, { token }, later))).messageKey).toBe("errors.token.expired");
  });

  it("sends one organisation a new link on request, and the old one stops working", async () => {
    const official = await demoActor("tjansteperson");
    const rep = await demoActor("idrott");
    const idrott = await organisationId("Sjöberga Idrottsallians");
    const oldToken = await latestLinkToken("idrott@demo.overens.se");
    expect(await sendSurvey(official, { organisationId: idrott })).toEqual({ organisations: 1, recipients: 1 });
    const newToken = await latestLinkToken("idrott@demo.overens.se");
    expect(newToken).not.toBe(oldToken);
    expect((await refusal(answerSurvey(rep, { token: oldToken }))).messageKey).toBe("errors.token.expired");
    await answerSurvey(rep, { token: newToken });
    expect(await relationsOf("Sjöberga Idrottsallians")).toEqual([]);
    expect((await getSurveyOverview(official)).find((r) => r.id === idrott)!.status).toBe("answered");

    const ljusglimten = await organisationId("Stiftelsen Ljusglimten");
    expect((await refusal(sendSurvey(official, { organisationId: ljusglimten }))).messageKey).toBe("relations.errors.noRepresentative");
  });
});

describe("relations recorded by an official", () => {
  it("replaces the organisation's relations: kept rows keep their source, omitted rows go", async () => {
    const official = await demoActor("tjansteperson");
    const grannstod = await organisationId("Föreningen Grannstöd");
    const [consultation] = await relationsOf("Föreningen Grannstöd");
    await saveOrganisationRelations(official, {
      organisationId: grannstod,
      "rows.0.id": consultation!.id,
      "rows.0.relationType": "consultation_body",
      "rows.0.relationKind": "dialogue",
      "rows.0.note": "Bekräftat per telefon",
      "rows.1.relationType": "gives_guidance",
      "rows.1.relationKind": "collaboration",
    });
    const stored = await relationsOf("Föreningen Grannstöd");
    expect(stored.map((r) => [r.id === consultation!.id, r.relationType, r.source, r.note, r.committeeId])).toEqual([
      [true, "consultation_body", "survey", "Bekräftat per telefon", null],
      [false, "gives_guidance", "official", "", null],
    ]);
  });

  it("never touches another organisation's relation through a tampered id", async () => {
    const official = await demoActor("tjansteperson");
    const [foreign] = await relationsOf("Föreningen Grannstöd");
    await saveOrganisationRelations(official, {
      organisationId: await organisationId("Stiftelsen Ljusglimten"),
      "rows.0.id": foreign!.id,
      "rows.0.relationType": "other",
      "rows.0.relationKind": "dialogue",
    });
    expect((await getDb().relation.findUniqueOrThrow({ where: { id: foreign!.id } })).relationType).toBe("consultation_body");
    expect((await relationsOf("Stiftelsen Ljusglimten")).map((r) => r.relationType)).toEqual(["other"]);
  });

  it("is refused to others, to committees, and across municipalities", async () => {
    const grannstod = await organisationId("Föreningen Grannstöd");
    await expect(saveOrganisationRelations(await demoActor("forening"), { organisationId: grannstod })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveOrganisationRelations(await demoActor("politiker"), { organisationId: grannstod })).rejects.toBeInstanceOf(ForbiddenError);
    const official = await demoActor("tjansteperson");
    expect((await refusal(saveOrganisationRelations(official, { organisationId: await organisationId("Kommunstyrelsen") }))).messageKey).toBe("relations.errors.notCivil");
    const elsewhere = await getDb().municipality.create({ data: { slug: "annanstad", name: "Annanstad", organisations: { create: { name: "Annanstads IF", sector: "civil", kind: "association" } } }, include: { organisations: true } });
    expect((await refusal(saveOrganisationRelations(official, { organisationId: elsewhere.organisations[0]!.id }))).code).toBe("not_found");
  });
});
