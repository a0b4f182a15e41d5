import { expect, test, type Page } from "@playwright/test";
import { asUser, DEMO, expectAccessible, startCompactInFormulation } from "./helpers";

/**
 * Comments appear live: two users of different sectors have the same compact page open in two browser
 * contexts; what one posts shows up for the other without a reload, the balance per stage follows, and
 * the principle check counts the comment civil society is still waiting to have answered.
 */
test.describe.configure({ timeout: 240_000 });

const KFF = "Kultur- och fritidsförvaltningen (Offentlig sektor)";
const GRANNSTOD = "Föreningen Grannstöd (Civilsamhället)";

const panel = (page: Page) => page.getByTestId("comment-panel");
const commentWith = (page: Page, text: string) => panel(page).getByTestId("comment").filter({ hasText: text });
const formulationRow = (page: Page) => page.getByRole("table", { name: "Kommentarer per skede och sektor" }).getByRole("row", { name: /^Formulering/ });

async function commentOnCompact(page: Page, body: string) {
  await panel(page).getByRole("button", { name: "Kommentera hela överenskommelsen" }).click();
  await panel(page).getByRole("textbox", { name: "Kommentar", exact: true }).fill(body);
  await panel(page).getByRole("button", { name: "Skicka kommentar" }).click();
  await expect(commentWith(page, body)).toBeVisible();
}

/** Set on the page's window: still there afterwards means the page was never reloaded. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { __notReloaded?: boolean }).__notReloaded = true));
}
const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true);

test("a comment posted in one browser appears in the other without a reload, with the balance per stage", async ({ browser }) => {
  const mark = Date.now().toString(36);
  const official = await asUser(browser, DEMO.official);
  const compactUrl = await startCompactInFormulation(official, `Levande kommentarer ${mark}`, [KFF, GRANNSTOD]);

  const civil = await asUser(browser, DEMO.association_rep);
  civil.on("pageerror", (e) => console.log("PAGEERROR civil", e.message));
  // The stream's first attempt dies on the network and the second gets a 503 (as from a proxy while
  // the app restarts): the page has to get its stream back on its own.
  let attempts = 0;
  await civil.route("**/comments/stream", async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort("connectionreset");
    if (attempts === 2) return route.fulfill({ status: 503, contentType: "text/plain", body: "unavailable" });
    return route.continue();
  });
  await civil.goto(compactUrl);
  await expect(panel(civil)).toBeVisible();
  await markWindow(civil);
  await expect.poll(() => attempts, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await markWindow(official);

  const fromOfficial = `Kommunen föreslår ett dialogforum ${mark}`;
  await commentOnCompact(official, fromOfficial);
  await expect(commentWith(civil, fromOfficial)).toBeVisible({ timeout: 20_000 });
  await expect(commentWith(civil, fromOfficial)).toContainText("Offentlig sektor");
  await expect(formulationRow(civil)).toContainText("Bara Offentlig sektor har kommenterat");
  expect(await notReloaded(civil)).toBe(true);

  const fromCivil = `Föreningen vill veta vem som bjuder in ${mark}`;
  await commentOnCompact(civil, fromCivil);
  await expect(commentWith(official, fromCivil)).toBeVisible({ timeout: 20_000 });
  await expect(formulationRow(official)).not.toContainText("Bara");
  await expect(formulationRow(official)).toContainText(/Formulering\s*1\s*1/);
  expect(await notReloaded(official)).toBe(true);

  await expectAccessible(civil);

  // The civil comment has no answer yet: the dialogue check says so.
  await official.goto(`${compactUrl}/principles`);
  await expect(official.getByText("Synpunkter från civilsamhället på utkastet som offentlig sektor ännu inte har besvarat, varken i tråden eller med ett registrerat ställningstagande: 1.")).toBeVisible();
});
