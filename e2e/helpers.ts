import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
