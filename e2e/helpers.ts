import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "overens-demo-2026";
export const DEMO = {
  admin: "admin@demo.overens.se",
  official: "tjansteperson@demo.overens.se",
  association_rep: "forening@demo.overens.se",
  association_rep_2: "idrott@demo.overens.se",
  politician: "politiker@demo.overens.se",
} as const;

/** Fails the test on any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the form, in Swedish (the default language). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: /Huvudmeny|Main navigation/ });
}

/** A fresh browser context signed in as this user, in Swedish. */
export async function asUser(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

export const stageBadge = (page: Page) => page.getByTestId("compact-status");

/** Clicks a stage button on the compact page and waits for the new stage. */
export async function moveStage(page: Page, button: string, expectedStage: string): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await expect(stageBadge(page)).toContainText(`Steg: ${expectedStage}`);
}

/**
 * The official starts a compact, writes its agenda, puts an organisation of each sector in the drafting
 * group and moves it to formulation. Returns the compact page's URL.
 */
export async function startCompactInFormulation(official: Page, title: string): Promise<string> {
  await official.goto("/compacts/new");
  await official.getByLabel("Titel").fill(title);
  await official.getByRole("button", { name: "Skapa överenskommelse" }).click();
  await expect(official.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const compactUrl = official.url();
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
  await moveStage(official, "Börja formulera", "Formulering");
  return compactUrl;
}

/** Replaces the draft's text through the plain-text form ("# " starts a heading). */
export async function writeText(page: Page, text: string, visibleHeading: string): Promise<void> {
  await page.locator("summary", { hasText: "Redigera texten" }).click();
  await page.getByLabel("Redigera texten").fill(text);
  await page.getByRole("button", { name: "Spara texten" }).click();
  await expect(page.getByRole("heading", { name: visibleHeading })).toBeVisible();
}

/** Both sectors mark the draft ready (the official, then the association representative) and the official submits it for decision. */
export async function submitForDecision(official: Page, rep: Page, compactUrl: string): Promise<void> {
  await official.goto(compactUrl);
  await official.getByRole("button", { name: "Markera som klart för min sektor" }).click();
  await expect(official.getByTestId("readiness")).toContainText("Offentlig sektor: markerat av");
  await rep.goto(compactUrl);
  await rep.getByRole("button", { name: "Markera som klart för min sektor" }).click();
  await expect(rep.getByTestId("readiness")).toContainText("Civilsamhället: markerat av");
  await official.reload();
  await moveStage(official, "Lämna till beslut", "Beslut");
}
