import { expect, test, type Page } from "@playwright/test";
import { appendText, asUser, DEMO, expectAccessible, stageBadge, startCompactInFormulation } from "./helpers";

const DRAFTERS = ["Kultur- och fritidsförvaltningen (Offentlig sektor)", "Föreningen Grannstöd (Civilsamhället)"];

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
  const compactUrl = await startCompactInFormulation(official, `Överenskommelse om fritid ${Date.now()}`, DRAFTERS);
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
  const compactUrl = await startCompactInFormulation(official, `Överenskommelse om dialog ${Date.now()}`, DRAFTERS);
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
