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

/** The compact's co-edited text on its page. */
export const textEditor = (page: Page) => page.getByTestId("compact-text-editor");

/**
 * Types paragraphs at the end of the draft, as a drafter would ("## " starts a section heading), and waits
 * until the co-editing server says they are stored.
 */
export async function appendText(page: Page, ...paragraphs: string[]): Promise<void> {
  await textEditor(page).click();
  await page.keyboard.press("Control+End");
  for (const paragraph of paragraphs) {
    await page.keyboard.press("Enter");
    await page.keyboard.type(paragraph, { delay: 2 });
  }
  await expect(textEditor(page)).toContainText(paragraphs.at(-1)!.replace(/^#+ /, ""));
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
}

/** A signed-in page of its own (a separate browser context) for one demo user, in Swedish. */
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
 * As an official: creates a compact, writes its agenda, puts the organisations (option labels,
 * e.g. "Föreningen Grannstöd (Civilsamhället)") in the drafting group and starts formulation.
 * Returns the compact's URL.
 */
export async function startCompactInFormulation(official: Page, title: string, organisations: string[]): Promise<string> {
  await official.goto("/compacts/new");
  await official.getByLabel("Titel").fill(title);
  await official.getByRole("button", { name: "Skapa överenskommelse" }).click();
  await expect(official.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await official.getByLabel("Varför en överenskommelse?").fill("Föreningarna saknar förutsägbara villkor.");
  await official.getByLabel("Vilka frågor ska den ta upp?").fill("Lokaler\nBidrag");
  await official.getByLabel("Vilka organisationer bjuds in?").fill("Alla föreningar i Sjöberga");
  await official.getByRole("button", { name: "Spara agendan" }).click();
  await expect(official.getByText("Agendan är sparad.")).toBeVisible();
  for (const name of organisations) {
    await official.getByLabel("Organisation att lägga till").selectOption({ label: name });
    await official.getByRole("button", { name: "Lägg till", exact: true }).click();
    await expect(official.getByText("Organisationen är tillagd.")).toBeVisible();
  }
  await moveStage(official, "Börja formulera", "Formulering");
  return official.url();
}

/** Marks the draft ready for the user's sector and waits for the mark. */
export async function markDraftReady(page: Page, expected: string): Promise<void> {
  await page.getByRole("button", { name: "Markera som klart för min sektor" }).click();
  await expect(page.getByTestId("readiness")).toContainText(expected);
}

/** As a politician on the compact page: approves the version in the decision stage. */
export async function approveDecision(politician: Page, compactUrl: string, caseNumber: string): Promise<void> {
  await politician.goto(compactUrl);
  await politician.getByLabel("Beslutande organ").fill("Kommunfullmäktige");
  await politician.getByLabel("Diarienummer").fill(caseNumber);
  await politician.getByLabel("Sammanträdesdatum").fill("2027-03-15");
  await politician.getByLabel("Motivering").fill("Överenskommelsen har tagits fram av båda sektorerna.");
  await politician.getByRole("button", { name: "Registrera beslutet" }).click();
  await expect(politician.getByTestId("decisions")).toContainText(caseNumber);
}

/** Writes the summary the implementation and review stages need. */
export async function writeStageSummary(page: Page, text: string): Promise<void> {
  await page.getByLabel("Sammanfattning", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Spara sammanfattningen" }).click();
  await expect(page.getByText("Sammanfattningen är sparad.")).toBeVisible();
}

/** Both sectors mark the draft ready (the official, then the association representative) and the official submits it for decision. */
export async function submitForDecision(official: Page, rep: Page, compactUrl: string): Promise<void> {
  await official.goto(compactUrl);
  await markDraftReady(official, "Offentlig sektor: markerat av");
  await rep.goto(compactUrl);
  await markDraftReady(rep, "Civilsamhället: markerat av");
  await official.reload();
  await moveStage(official, "Lämna till beslut", "Beslut");
}

/** Selects the first occurrence of these words in the co-edited text, as a reader dragging over them would. */
export async function selectInText(page: Page, words: string): Promise<void> {
  await textEditor(page).click();
  await textEditor(page).evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(target) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the text`);
  }, words);
}
