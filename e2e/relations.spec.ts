import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

async function asUser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await signIn(page, email);
  return page;
}

/** The figure in the overview table "Relationer efter typ" for one type. */
const typeCount = (page: Page, type: string) => page.getByTestId(`row-by-type-${type}`).getByTestId("value");
const matrixTotal = (page: Page, organisation: string) => page.getByTestId(`matrix-row-${organisation}`).getByTestId("matrix-total");

test("an official sends the survey, an association representative answers it, and the overview counts the answer", async ({ browser }) => {
  // A long journey (four people, five pages checked with axe) on a shared, busy machine.
  test.setTimeout(240_000);
  const official = await asUser(browser, DEMO.official);
  await official.goto("/relations");
  await expect(official.getByRole("heading", { level: 1, name: "Relationer med civilsamhället" })).toBeVisible();
  const consultationsBefore = Number(await typeCount(official, "consultation_body").textContent());
  const grannstodBefore = Number(await matrixTotal(official, "Föreningen Grannstöd").textContent());
  await expectAccessible(official);

  // The official sends the survey and sees who has been asked.
  await official.getByRole("link", { name: "Enkät och organisationer" }).click();
  await expect(official.getByRole("heading", { level: 1, name: "Enkät och organisationer" })).toBeVisible();
  await official.getByRole("button", { name: "Skicka enkäten" }).click();
  // "None sent" only when this server has already sent it (a rerun against the same database).
  await expect(official.getByText(/Enkäten är skickad\. Organisationer: \d+|Ingen ny enkät skickades/)).toBeVisible();
  const grannstodStatus = official.getByTestId("survey-row-Föreningen Grannstöd").getByTestId("survey-status");
  await expect(grannstodStatus).toContainText("Skickad");
  await expect(official.getByTestId("survey-row-Stiftelsen Ljusglimten").getByTestId("survey-status")).toContainText(/Ingen föreningsföreträdare|Skickad/);
  await expectAccessible(official);

  // Without SMTP the mail lands in the outbox, where the admin finds the link.
  const admin = await asUser(browser, DEMO.admin);
  await admin.goto("/admin/outbox");
  const mail = admin.getByTestId("outbox-message").filter({ hasText: DEMO.association_rep }).filter({ hasText: "Enkät: hur samverkar Föreningen Grannstöd" }).first();
  const link = await mail.getByTestId("outbox-link").getAttribute("href");
  expect(link).toMatch(/\/survey\//);

  // The representative answers; a mistake is pointed out first.
  const rep = await asUser(browser, DEMO.association_rep);
  await rep.goto(new URL(link!).pathname);
  await expect(rep.getByRole("heading", { level: 1, name: "Enkät om relationer med kommunen" })).toBeVisible();
  await rep.getByRole("button", { name: "Lägg till en relation" }).click();
  const row = rep.getByTestId("relation-row").last();
  await row.getByLabel("Typ av relation").selectOption({ label: "Organisationen är remissinstans" });
  await row.getByLabel("Vad relationen består av").selectOption({ label: "Information, dialog, samråd och inflytande" });
  await row.getByLabel("Nämnd eller förvaltning").selectOption({ label: "Kultur- och fritidsförvaltningen" });
  await row.getByLabel("Sedan").fill("2018");
  await row.getByLabel("Belopp i kronor").fill("5000");
  await rep.getByRole("button", { name: "Skicka in svaren" }).click();
  await expect(rep.getByText("Belopp anges bara för bidrag.")).toBeVisible();
  await expectAccessible(rep);
  await rep.getByTestId("relation-row").last().getByLabel("Belopp i kronor").fill("");
  await rep.getByRole("button", { name: "Skicka in svaren" }).click();
  await expect(rep.getByText(/besvarades .*Tack!|Tack! Svaren är inskickade\./).first()).toBeVisible();
  await rep.reload();
  await expect(rep.getByText(/Enkäten för Föreningen Grannstöd besvarades/)).toBeVisible();

  // The official sees the answer, and the overview (tables beside the charts) counts it.
  await official.reload();
  await expect(grannstodStatus).toContainText("Besvarad");
  await official.goto("/relations");
  await expect(typeCount(official, "consultation_body")).toHaveText(String(consultationsBefore + 1));
  await expect(matrixTotal(official, "Föreningen Grannstöd")).toHaveText(String(grannstodBefore + 1));
  await expectAccessible(official);
});

test("an official imports a CSV file: errors are reported by line, then the valid rows are imported", async ({ browser }) => {
  const official = await asUser(browser, DEMO.official);
  await official.goto("/relations");
  const before = Number(await typeCount(official, "cooperation_single").textContent());
  await official.getByRole("link", { name: "Importera CSV" }).click();
  await expect(official.getByRole("heading", { level: 1, name: "Importera relationer" })).toBeVisible();
  const csv = [
    "organisation;relation_type;relation_kind;committee;since;amount;note",
    "Stiftelsen Ljusglimten;cooperation_single;collaboration;Kommunstyrelsen;2021;;Julmarknad",
    "Stiftelsen Ljusglimten;samverkan;collaboration;;;;",
  ].join("\n");
  await official.getByLabel("CSV-fil").setInputFiles({ name: "relationer.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await official.getByRole("button", { name: "Importera", exact: true }).click();
  const report = official.getByTestId("import-report");
  await expect(report).toContainText("Ingenting importerades. Rader med fel: 1.");
  await expect(official.getByTestId("import-errors").getByRole("row").nth(1)).toContainText("3relation_typeVälj en typ av relation i listan.");
  await expectAccessible(official);
  await official.getByRole("button", { name: "Importera bara de rader som är rätt (1)" }).click();
  await expect(report).toContainText("Importerade relationer: 1.");

  await official.goto("/relations");
  await expect(typeCount(official, "cooperation_single")).toHaveText(String(before + 1));
});

test("the volunteer calculator shows the result as the numbers are typed, and an official saves it", async ({ browser }) => {
  const official = await asUser(browser, DEMO.official);
  await official.goto("/relations/volunteers");
  await expect(official.getByLabel("Andel som gör ideellt arbete (%)")).toHaveValue(/^(48|51)$/);
  await official.getByLabel("Invånare 16–84 år").fill("12 400");
  await official.getByLabel("Andel som gör ideellt arbete (%)").fill("48");
  await expect(official.getByTestId("volunteer-hours")).toHaveText(/^1\s238\s016$/);
  await expect(official.getByTestId("volunteer-fte")).toHaveText("728,2");
  await official.getByRole("button", { name: "Spara uppskattningen" }).click();
  await expect(official.getByText("Uppskattningen är sparad.")).toBeVisible();
  await expect(official.getByTestId("volunteer-saved")).toContainText("Tove Lindqvist");
  await expectAccessible(official);

  const politician = await asUser(browser, DEMO.politician);
  await politician.goto("/relations/volunteers");
  await expect(politician.getByRole("button", { name: "Spara uppskattningen" })).toHaveCount(0);
  await expect(politician.getByText("bara tjänstepersoner kan spara")).toBeVisible();
});

test("the survey and import pages are for officials only", async ({ browser }) => {
  const rep = await asUser(browser, DEMO.association_rep);
  for (const path of ["/relations/survey", "/relations/import"]) {
    await rep.goto(path);
    await expect(rep.getByTestId("forbidden")).toBeVisible();
  }
  const response = await rep.request.get("/api/relations/export");
  expect(response.status()).toBe(403);
});
