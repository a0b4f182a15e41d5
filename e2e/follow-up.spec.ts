import { expect, test, type Page } from "@playwright/test";
import {
  appendText,
  DEMO,
  approveDecision,
  asUser,
  expectAccessible,
  markDraftReady,
  moveStage,
  stageBadge,
  startCompactInFormulation,
  writeStageSummary,
} from "./helpers";

const KFF = "Kultur- och fritidsförvaltningen (Offentlig sektor)";
const GRANNSTOD = "Föreningen Grannstöd (Civilsamhället)";
const FORUM = "Dialogforum två gånger om året";
const VOLUNTEERS = "Volontärträffar varje kvartal";
const PREMISES = "Gemensam inventering av lokaler";

const commitmentForm = (page: Page) => page.getByRole("form", { name: "Lägg till ett åtagande" });
const commitmentItem = (page: Page, title: string) => page.getByTestId("commitment").filter({ has: page.getByRole("heading", { name: title }) });

async function openFollowUp(page: Page, compactUrl: string) {
  await page.goto(`${compactUrl}/follow-up`);
  await expect(page.getByRole("heading", { level: 1, name: /Uppföljning:/ })).toBeVisible();
}

async function addCommitment(page: Page, fields: { title: string; party: string; owner: string; partner?: string; contactRole: string; dueDate?: string; recurrence?: string; deliverable?: string; indicator?: [string, string]; principles?: string[] }) {
  const form = commitmentForm(page);
  // The form stays open after a commitment is added.
  if (!(await form.isVisible())) await page.locator("summary", { hasText: "Lägg till ett åtagande" }).click();
  await form.getByLabel("Vad ska göras?").fill(fields.title);
  await form.getByLabel("Part", { exact: true }).selectOption({ label: fields.party });
  await form.getByLabel("Ansvarig organisation").selectOption({ label: fields.owner });
  if (fields.partner) await form.getByLabel(/^Samarbetspart/).selectOption({ label: fields.partner });
  await form.getByLabel(/^Kontaktroll/).fill(fields.contactRole);
  if (fields.dueDate) await form.getByLabel(/^Klart senast/).fill(fields.dueDate);
  if (fields.recurrence) await form.getByLabel("Eller: rapporteras återkommande").selectOption({ label: fields.recurrence });
  if (fields.deliverable) {
    await form.getByLabel("Hur följs det upp?").selectOption({ label: "En beskriven leverans" });
    await form.getByLabel("Leverans").fill(fields.deliverable);
  } else if (fields.indicator) {
    await form.getByLabel("Indikator").fill(fields.indicator[0]);
    await form.getByLabel("Mål", { exact: true }).fill(fields.indicator[1]);
  }
  for (const principle of fields.principles ?? []) await form.getByRole("checkbox", { name: principle }).check();
  await form.getByRole("button", { name: "Lägg till åtagandet" }).click();
  await expect(form.getByText("Åtagandet är tillagt.")).toBeVisible();
  await expect(commitmentItem(page, fields.title)).toBeVisible();
}

async function reportProgress(page: Page, title: string, report: { status: string; percent: string; text: string; date?: string; file?: { name: string; mimeType: string; buffer: Buffer } }) {
  const item = commitmentItem(page, title);
  await item.locator("summary", { hasText: "Rapportera hur det går" }).click();
  const form = item.getByRole("form", { name: `Rapportera hur det går: ${title}` });
  await form.getByLabel("Status").selectOption({ label: report.status });
  await form.getByLabel("Procent klart (0–100)").fill(report.percent);
  await form.getByLabel("Vad har hänt?").fill(report.text);
  if (report.date) await form.getByLabel("Datum för rapporten").fill(report.date);
  if (report.file) await form.getByLabel("Bifoga underlag (valfritt)").setInputFiles(report.file);
  await form.getByRole("button", { name: "Skicka rapporten" }).click();
  await expect(form.getByText("Rapporten är sparad.")).toBeVisible();
}

test("commitments are listed in formulation, reported on by both sectors, a stale one is flagged, reviewed, and the proposals open the next version", async ({ browser }) => {
  test.setTimeout(480_000);
  const official = await asUser(browser, DEMO.official);
  const rep = await asUser(browser, DEMO.association_rep);
  const title = `Överenskommelse om uppföljning ${Date.now()}`;
  const compactUrl = await startCompactInFormulation(official, title, [KFF, GRANNSTOD]);
  await appendText(official, "## Syfte", "Kommunen och föreningarna samverkar om fritid.", "Överenskommelsen ska ses över vart tredje år.");

  // Formulation: the drafting group lists an action plan and commitments of both parties and a joint one.
  await expect(official.getByTestId("follow-up-counts")).toContainText("0 åtaganden");
  await official.getByRole("link", { name: "Öppna uppföljningen" }).click();
  await expect(official.getByText("Uppföljningen börjar när överenskommelsen genomförs.")).toBeVisible();
  await official.locator("summary", { hasText: "Lägg till en handlingsplan" }).click();
  const planForm = official.getByRole("form", { name: "Lägg till en handlingsplan" });
  await planForm.getByLabel("Namn").fill("Handlingsplan 2027–2028");
  await planForm.getByLabel("Från").fill("2028-01-01");
  await planForm.getByLabel("Till").fill("2027-01-01");
  await planForm.getByRole("button", { name: "Lägg till handlingsplanen" }).click();
  await expect(planForm.getByText("Slutdatumet kan inte ligga före startdatumet.")).toBeVisible();
  await planForm.getByLabel("Från").fill("2027-01-01");
  await planForm.getByLabel("Till").fill("2028-12-31");
  await planForm.getByRole("button", { name: "Lägg till handlingsplanen" }).click();
  await expect(planForm.getByText("Handlingsplanen är tillagd.")).toBeVisible();

  await addCommitment(official, { title: FORUM, party: "Kommunen (offentlig sektor)", owner: KFF, contactRole: "Föreningskonsulent", recurrence: "Varje halvår", indicator: ["Antal forum", "2 per år"], principles: ["Dialog"] });
  await addCommitment(official, { title: PREMISES, party: "Gemensamt (båda sektorerna)", owner: KFF, partner: GRANNSTOD, contactRole: "Lokalsamordnare", dueDate: "2028-06-30", deliverable: "En lista över lokaler", principles: ["Långsiktighet"] });
  await expectAccessible(official);

  await openFollowUp(rep, compactUrl);
  await addCommitment(rep, { title: VOLUNTEERS, party: "Civilsamhället", owner: GRANNSTOD, contactRole: "Volontärsamordnare", recurrence: "Varje kvartal", deliverable: "En träff per kvartal" });
  await expect(rep.getByTestId("commitment")).toHaveCount(3);

  // Decision and implementation.
  await official.goto(compactUrl);
  await markDraftReady(official, "Offentlig sektor: markerat av");
  await rep.goto(compactUrl);
  await markDraftReady(rep, "Civilsamhället: markerat av");
  await official.reload();
  await moveStage(official, "Lämna till beslut", "Beslut");
  const politician = await asUser(browser, DEMO.politician);
  await approveDecision(politician, compactUrl, "KS 2027/207");
  await official.reload();
  await moveStage(official, "Börja genomföra", "Genomförande");

  // Owners of both sectors report; neither may report on the other's commitment.
  await openFollowUp(official, compactUrl);
  await expect(commitmentItem(official, VOLUNTEERS).locator("summary", { hasText: "Rapportera hur det går" })).toHaveCount(0);
  await reportProgress(official, FORUM, { status: "Enligt plan", percent: "50", text: "Första forumet hölls i mars." });
  await reportProgress(official, PREMISES, { status: "Klart", percent: "100", text: "Kommunens lokaler är listade." });
  await expect(commitmentItem(official, PREMISES)).toContainText("Väntar på rapport om klart från: Civilsamhället");
  // A percent outside 0–100 is refused with a translated message, and nothing is saved.
  await official.reload();
  const forum = commitmentItem(official, FORUM);
  await forum.locator("summary", { hasText: "Rapportera hur det går" }).click();
  const forumForm = forum.getByRole("form", { name: `Rapportera hur det går: ${FORUM}` });
  await forumForm.getByLabel("Procent klart (0–100)").fill("150");
  await forumForm.getByLabel("Vad har hänt?").fill("Fel siffra.");
  await forumForm.getByRole("button", { name: "Skicka rapporten" }).click();
  await expect(forumForm.getByText("Ange ett heltal från 0 till 100.")).toBeVisible();
  // A file over the size limit is refused in the browser, before the request is sent.
  await forumForm.getByLabel("Bifoga underlag (valfritt)").setInputFiles({ name: "stor.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(1024 * 1024, 0x25) });
  await expect(forumForm.getByText("Filen är större än 900 kB.")).toBeVisible();
  // So is a file that is not an allowed type (whatever its name says).
  await forumForm.getByLabel("Procent klart (0–100)").fill("60");
  await forumForm.getByLabel("Bifoga underlag (valfritt)").setInputFiles({ name: "rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 not a pdf") });
  await forumForm.getByRole("button", { name: "Skicka rapporten" }).click();
  await expect(forumForm.getByText("Den filtypen går inte att bifoga.", { exact: false }).first()).toBeVisible();
  await official.reload();
  await expect(commitmentItem(official, FORUM)).toContainText("Rapporter (1)");

  await openFollowUp(rep, compactUrl);
  await expect(commitmentItem(rep, FORUM).locator("summary", { hasText: "Rapportera hur det går" })).toHaveCount(0);
  // An old report (dated long ago) and nothing since: the commitment turns stale.
  await reportProgress(rep, VOLUNTEERS, { status: "I riskzonen", percent: "20", text: "Svårt att hitta lokal.", date: "2025-01-15" });
  await reportProgress(rep, PREMISES, {
    status: "Klart",
    percent: "100",
    text: "Föreningarnas lokaler är listade.",
    file: { name: "lokaler.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% lokaler\n") },
  });

  await rep.reload();
  await expect(commitmentItem(rep, PREMISES)).toContainText("Klart");
  await expect(commitmentItem(rep, PREMISES)).toContainText("100 % klart");
  // The link sits in the folded report history, so it is found by its text rather than its role.
  const attachment = commitmentItem(rep, PREMISES).locator("a", { hasText: "Bilaga: lokaler.pdf" });
  const download = await rep.request.get((await attachment.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.body()).subarray(0, 4).toString()).toBe("%PDF");
  await expect(commitmentItem(rep, VOLUNTEERS).getByTestId("health-stale")).toBeVisible();
  await expect(commitmentItem(rep, VOLUNTEERS).getByTestId("last-update")).toContainText("2025-01-15");
  await expect(rep.getByTestId("stale-commitments")).toContainText(VOLUNTEERS);
  await expect(rep.getByTestId("stale-commitments")).not.toContainText(FORUM);
  await expect(rep.getByTestId("by-party").getByRole("row", { name: /Gemensamt/ })).toContainText("100");
  await expect(rep.getByTestId("schedule")).toContainText("Årligt uppföljningsmöte");
  await expectAccessible(rep);

  // The public reads the follow-up on the published compact page, the stale commitment marked.
  const visitor = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await visitor.goto("/portal");
  await visitor.getByRole("searchbox", { name: "Sök i titel och sammanfattning" }).fill(title);
  await visitor.getByRole("button", { name: "Visa" }).click();
  await visitor.getByRole("link", { name: title }).click();
  const publicFollowUp = visitor.getByTestId("public-follow-up");
  await expect(publicFollowUp).toContainText(VOLUNTEERS);
  await expect(publicFollowUp.getByTestId("health-stale")).toBeVisible();
  await expectAccessible(visitor);
  const api = await visitor.request.get(`/api/v1/compacts${new URL(visitor.url()).pathname}`);
  expect((await api.json()).followUp.commitments.map((c: { title: string }) => c.title)).toContain(VOLUNTEERS);

  // Review: the drafting group writes the joint review, pre-filled with what was reported.
  await official.goto(compactUrl);
  await expect(official.getByTestId("follow-up-counts")).toContainText("3 åtaganden, varav 1 inaktuella och 1 klara.");
  await writeStageSummary(official, "Ett år av genomförande.");
  await moveStage(official, "Börja granska", "Granskning");
  await openFollowUp(official, compactUrl);
  const review = official.getByRole("form", { name: "Gemensam granskning" });
  await expect(review.getByLabel(`Varför? ${VOLUNTEERS}`)).toHaveValue(/Svårt att hitta lokal/);
  await expect(official.getByTestId("review-comment-figures")).toContainText("Kommentarer på version 1: 0");
  await review.getByLabel(`Bedömning: ${FORUM}`).selectOption({ label: "Uppfyllt" });
  await review.getByLabel(`Bedömning: ${VOLUNTEERS}`).selectOption({ label: "Inte uppfyllt" });
  await review.getByLabel(`Varför? ${VOLUNTEERS}`).fill("Lokalfrågan måste lösas först.");
  await review.getByLabel("Långsiktighet: Är principen fortfarande rätt?").selectOption({ label: "Nej" });
  await review.getByLabel("Långsiktighet: Vad bör ändras?").fill("Bidrag för tre år i taget.");
  await review.getByLabel("Vad sa deltagarna?").fill("Föreningarna vill ha fler forum på kvällstid.");
  await review.getByLabel("Förslag inför nästa version (ett per rad)").fill("Skriv in en lokalgaranti");
  await review.getByRole("button", { name: "Spara granskningen" }).click();
  await expect(review.getByText("Granskningen är sparad.")).toBeVisible();
  await expectAccessible(official);

  // Reformulation carries the proposals into the next version, shown on the compact page.
  await official.goto(compactUrl);
  await writeStageSummary(official, "Granskningen är klar.");
  await moveStage(official, "Börja omformulera", "Omformulering");
  const proposals = official.getByTestId("review-proposals");
  await expect(proposals).toContainText("Granskningen av version 1 föreslår följande inför version 2");
  await expect(proposals).toContainText("Skriv in en lokalgaranti");
  await expect(proposals).toContainText("Bidrag för tre år i taget.");
  await expect(proposals).toContainText("Lokalfrågan måste lösas först.");
  // … and as comments on the text being reformulated, answered and resolved like any other comment.
  const panel = official.getByTestId("comment-panel");
  await expect(panel.getByTestId("comment-body").filter({ hasText: "Skriv in en lokalgaranti" })).toBeVisible();
  await expect(panel.getByTestId("comment-body").filter({ hasText: `${VOLUNTEERS}: Lokalfrågan måste lösas först.` })).toBeVisible();
  await moveStage(official, "Starta en ny omgång (version 2)", "Formulering");
  await expect(stageBadge(official)).toContainText("Version 2");
  await expect(official.getByTestId("review-proposals")).toContainText("Skriv in en lokalgaranti");
  await expect(official.getByRole("heading", { name: "Syfte" })).toBeVisible();
  await expectAccessible(official);

  // The review stays readable on the follow-up page.
  await openFollowUp(politician, compactUrl);
  await expect(politician.getByTestId("joint-review")).toContainText("Lokalfrågan måste lösas först.");
  await expectAccessible(politician);
});
