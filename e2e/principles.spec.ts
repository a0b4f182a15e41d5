import { expect, test, type Browser, type Page } from "@playwright/test";
import { appendText, DEMO, expectAccessible, signIn } from "./helpers";

async function asUser(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const stageBadge = (page: Page) => page.getByTestId("compact-status");

/** The official starts a compact of their own, drafted with Föreningen Grannstöd, and opens formulation. */
async function compactInFormulation(official: Page, title: string): Promise<string> {
  await official.goto("/compacts/new");
  await official.getByLabel("Titel").fill(title);
  await official.getByRole("button", { name: "Skapa överenskommelse" }).click();
  await expect(official.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await official.getByLabel("Varför en överenskommelse?").fill("Föreningarna saknar förutsägbara villkor.");
  await official.getByLabel("Vilka frågor ska den ta upp?").fill("Lokaler");
  await official.getByLabel("Vilka organisationer bjuds in?").fill("Alla föreningar i Sjöberga");
  await official.getByRole("button", { name: "Spara agendan" }).click();
  await expect(official.getByText("Agendan är sparad.")).toBeVisible();
  for (const name of ["Kultur- och fritidsförvaltningen (Offentlig sektor)", "Föreningen Grannstöd (Civilsamhället)"]) {
    await official.getByLabel("Organisation att lägga till").selectOption({ label: name });
    await official.getByRole("button", { name: "Lägg till", exact: true }).click();
    await expect(official.getByText("Organisationen är tillagd.")).toBeVisible();
  }
  await official.getByRole("button", { name: "Börja formulera" }).click();
  await expect(stageBadge(official)).toContainText("Steg: Formulering");
  return official.url();
}

/** Opens the check page until it shows what is expected: the text is stored a moment after typing. */
async function expectOnCheckPage(page: Page, compactUrl: string, testId: string, text: string) {
  await expect(async () => {
    await page.goto(`${compactUrl}/principles`);
    await expect(page.getByTestId(testId)).toContainText(text, { timeout: 1000 });
  }).toPass();
}

const DRAFT = "Kommunen och föreningarna samverkar om fritid.";
const REVIEW = "Överenskommelsen ska ses över vart tredje år.";

test("a draft without a review date blocks decision until the text says when it is reviewed", async ({ browser }) => {
  test.setTimeout(240_000);
  const official = await asUser(browser, DEMO.official);
  const compactUrl = await compactInFormulation(official, `Överenskommelse om fritid ${Date.now()}`);
  await appendText(official, DRAFT);
  await official.getByRole("button", { name: "Markera som klart för min sektor" }).click();
  await expect(official.getByTestId("readiness")).toContainText("Offentlig sektor: markerat av Tove Lindqvist");
  const rep = await asUser(browser, DEMO.association_rep);
  await rep.goto(compactUrl);
  await rep.getByRole("button", { name: "Markera som klart för min sektor" }).click();
  await expect(rep.getByTestId("readiness")).toContainText("Civilsamhället: markerat av Farid Haddad");

  // Both sectors are ready, but the missing review stops the move to decision.
  await official.reload();
  await official.getByRole("button", { name: "Lämna till beslut" }).click();
  await expect(official.getByRole("alert").filter({ hasText: "Principgranskningen har anmärkningar som måste åtgärdas först (antal: 1)." })).toBeVisible();
  await expect(stageBadge(official)).toContainText("Steg: Formulering");

  await expectOnCheckPage(official, compactUrl, "principles-gate", "Anmärkningar som stoppar att överenskommelsen lämnas till beslut: 1.");
  const longterm = official.getByTestId("principle-longterm");
  await expect(longterm).toContainText("Stoppar beslut: Texten säger inte när överenskommelsen ska ses över eller följas upp");
  await expectAccessible(official);
  await official.screenshot({ path: "test-results/principles-blocked.png", fullPage: true });

  // Saying when the compact is reviewed clears the finding, and the compact goes to decision.
  await official.goto(compactUrl);
  await appendText(official, REVIEW);
  await expectOnCheckPage(official, compactUrl, "principles-gate", "Inga anmärkningar stoppar att överenskommelsen lämnas till beslut.");
  await expect(longterm.locator('[data-severity="blocking"]')).toHaveCount(0);
  await expect(longterm).not.toContainText("Texten säger inte när överenskommelsen ska ses över");

  await official.goto(compactUrl);
  await official.getByRole("button", { name: "Lämna till beslut" }).click();
  await expect(stageBadge(official)).toContainText("Steg: Beslut");
  await official.goto(`${compactUrl}/principles`);
  await expect(official.getByText(/Granskningen låstes .* när version 1 lämnades till beslut/)).toBeVisible();
});

test("the two sectors score a principle differently and the disagreement shows in words", async ({ browser }) => {
  test.setTimeout(240_000);
  const official = await asUser(browser, DEMO.official);
  const compactUrl = await compactInFormulation(official, `Överenskommelse om dialog ${Date.now()}`);
  await appendText(official, DRAFT, REVIEW);

  const score = async (page: Page, sector: string, value: string, justification: string) => {
    await page.goto(`${compactUrl}/principles`);
    const dialogue = page.getByTestId("principle-dialogue");
    await dialogue.locator("summary", { hasText: `Bedömning från ${sector}` }).click();
    await dialogue.getByLabel("Betyg").selectOption(value);
    await dialogue.getByLabel("Motivering").fill(justification);
    await dialogue.getByRole("button", { name: "Spara bedömningen" }).click();
    await expect(dialogue.getByText("Bedömningen är sparad.")).toBeVisible();
  };
  await score(official, "Offentlig sektor", "4", "Samverkansrådet finns redan och fungerar.");
  const rep = await asUser(browser, DEMO.association_rep);
  await score(rep, "Civilsamhället", "2", "Rådet har inte träffats på ett år.");

  const dialogue = rep.getByTestId("principle-dialogue");
  await expect(dialogue.getByTestId("score-dialogue-public")).toContainText("4 av 5");
  await expect(dialogue.getByTestId("score-dialogue-civil")).toContainText("2 av 5");
  await expect(dialogue.getByTestId("disagreement-dialogue")).toContainText("Sektorerna är oense: bedömningarna skiljer sig med 2 steg.");
  await rep.locator("summary", { hasText: "Visa som tabell" }).click();
  await expect(rep.getByTestId("principles-table").getByRole("row", { name: /^Dialog/ })).toContainText("Oense (2 steg)");
  await expectAccessible(rep);
  await rep.screenshot({ path: "test-results/principles-scores.png", fullPage: true });
});
