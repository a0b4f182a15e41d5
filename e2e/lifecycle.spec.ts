import { expect, test, type Page } from "@playwright/test";
import { appendText, asUser, DEMO, expectAccessible, moveStage as move, signIn, stageBadge } from "./helpers";

const moveSection = (page: Page) => page.locator("form", { has: page.locator('input[name="kind"]') });


test("a compact walks from agenda to reformulation and into version 2, each step by the right role", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Överenskommelse om fritid ${Date.now()}`;
  const official = await asUser(browser, DEMO.official);

  // The official starts a compact and prepares the agenda and the drafting group.
  await official.goto("/compacts/new");
  await official.getByLabel("Titel").fill(title);
  await official.getByRole("button", { name: "Skapa överenskommelse" }).click();
  await expect(official.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const compactUrl = official.url();
  await expect(official.getByText("Agendan beskriver ännu inte") .or(official.getByText("Agendan beskriver varför en överenskommelse behövs"))).toBeVisible();
  await expectAccessible(official);

  await official.getByLabel("Varför en överenskommelse?").fill("Föreningarna saknar förutsägbara villkor.");
  await official.getByLabel("Vilka frågor ska den ta upp?").fill("Lokaler\nBidrag");
  await official.getByLabel("Vilka organisationer bjuds in?").fill("Alla föreningar i Sjöberga");
  await official.getByRole("button", { name: "Spara agendan" }).click();
  await expect(official.getByText("Agendan är sparad.")).toBeVisible();
  for (const name of ["Kultur- och fritidsförvaltningen (Offentlig sektor)", "Föreningen Grannstöd (Civilsamhället)"]) {
    await official.getByLabel("Organisation att lägga till").selectOption({ label: name });
    await official.getByRole("button", { name: "Lägg till", exact: true }).click();
    await expect(official.getByText("Organisationen är tillagd.")).toBeVisible();
  }
  await move(official, "Börja formulera", "Formulering");

  // Formulation: the text is written; both sectors mark it ready.
  await appendText(official, "## Syfte", "Kommunen och föreningarna samverkar om fritid.", "Överenskommelsen ska ses över vart tredje år.");
  await expect(official.getByRole("heading", { name: "Syfte" })).toBeVisible();
  await official.getByRole("button", { name: "Markera som klart för min sektor" }).click();
  await expect(official.getByTestId("readiness")).toContainText("Offentlig sektor: markerat av Tove Lindqvist");
  await official.getByRole("button", { name: "Lämna till beslut" }).click();
  await expect(official.getByRole("alert").filter({ hasText: "Civilsamhället har ännu inte markerat" })).toBeVisible();

  const rep = await asUser(browser, DEMO.association_rep);
  await rep.goto(compactUrl);
  await expect(rep.getByRole("button", { name: "Lämna till beslut" })).toHaveCount(0);
  await rep.getByRole("button", { name: "Markera som klart för min sektor" }).click();
  await expect(rep.getByTestId("readiness")).toContainText("Civilsamhället: markerat av Farid Haddad");
  await expectAccessible(rep);

  // A role that may not move the compact gets a 403 with the reason, even when posting directly.
  const compactId = compactUrl.split("/").pop()!;
  const refused = await rep.request.post(`/api/compacts/${compactId}/stage`, { data: { kind: "advance", expectedRevision: 1 } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).details).toContain("Det är tjänstepersoner som flyttar överenskommelsen mellan stegen.");

  await official.reload();
  await move(official, "Lämna till beslut", "Beslut");

  // Decision: a politician approves.
  const politician = await asUser(browser, DEMO.politician);
  await politician.goto(compactUrl);
  await expect(moveSection(politician)).toHaveCount(0);
  await politician.getByLabel("Beslutande organ").fill("Kommunfullmäktige");
  await politician.getByLabel("Diarienummer").fill("KS 2027/101");
  await politician.getByLabel("Sammanträdesdatum").fill("2027-03-15");
  await politician.getByLabel("Motivering").fill("Överenskommelsen har tagits fram av båda sektorerna.");
  await politician.getByRole("button", { name: "Registrera beslutet" }).click();
  await expect(politician.getByTestId("decisions")).toContainText("Antas av Kommunfullmäktige 2027-03-15, KS 2027/101");
  await expectAccessible(politician);

  // Implementation and review need written summaries; then a new round opens version 2.
  await official.reload();
  await move(official, "Börja genomföra", "Genomförande");
  await official.getByLabel("Sammanfattning", { exact: true }).fill("Dialogforum har hållits två gånger.");
  await official.getByRole("button", { name: "Spara sammanfattningen" }).click();
  await expect(official.getByText("Sammanfattningen är sparad.")).toBeVisible();
  await move(official, "Börja granska", "Granskning");
  await official.getByLabel("Sammanfattning", { exact: true }).fill("Lokalfrågan behöver skrivas om.");
  await official.getByRole("button", { name: "Spara sammanfattningen" }).click();
  await expect(official.getByText("Sammanfattningen är sparad.")).toBeVisible();
  await move(official, "Börja omformulera", "Omformulering");
  await move(official, "Starta en ny omgång (version 2)", "Formulering");
  await expect(stageBadge(official)).toContainText("Version 2");
  await expect(official.getByTestId("stage-changes").getByRole("listitem")).toHaveCount(7);
  await expectAccessible(official);

  // Version 2 is edited and compared with the frozen version 1, word by word.
  await appendText(official, "Lokalerna fördelas efter behov.");
  await official.getByRole("link", { name: "Jämför versioner" }).click();
  await expect(official.locator("ins").filter({ hasText: "Lokalerna fördelas efter behov." }).first()).toBeVisible();
  await expectAccessible(official);
});

test("the participation matrix records an entry and shows it in the grid", async ({ page }) => {
  await signIn(page, DEMO.official);
  await page.goto("/compacts");
  await page.getByRole("link", { name: /Överenskommelse mellan Sjöberga kommun/ }).click();
  await page.getByText("Registrera delaktighet").click();
  await page.getByLabel("Nivå").selectOption({ label: "Dialog" });
  await page.getByRole("checkbox", { name: "Seminarium" }).check();
  await page.getByLabel("Deltagare från civilsamhället").fill("23");
  await page.getByLabel("Deltagare från offentlig sektor").fill("4");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Delaktigheten är registrerad.")).toBeVisible();
  // The participation matrix's row (the comment balance per stage has a row of that name too).
  const matrix = page.getByRole("table", { name: /Hur civilsamhället har deltagit i varje steg/ });
  const row = matrix.getByRole("row", { name: /Fastställande av agendan/ });
  await expect(row).toContainText("Högsta nivå: Dialog");
  await expectAccessible(page);
});

test("the compact list filters by stage and searches by title", async ({ page }) => {
  await signIn(page, DEMO.politician);
  await page.goto("/compacts");
  await page.getByRole("searchbox", { name: "Sök på titel" }).fill("Sjöberga");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByRole("link", { name: /Överenskommelse mellan Sjöberga kommun/ })).toBeVisible();
  await page.getByRole("searchbox", { name: "Sök på titel" }).fill("finns inte alls");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByText("Inga överenskommelser matchar sökningen.")).toBeVisible();
  await expectAccessible(page);
});
