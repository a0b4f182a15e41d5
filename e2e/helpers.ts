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
