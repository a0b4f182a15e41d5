import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

test("switching language translates the page and is remembered", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lokala överenskommelser mellan kommun och civilsamhälle");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Local compacts between a municipality and civil society");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Svenska" }).click();
  await expect(page.getByRole("heading", { name: "Logga in", level: 1 })).toBeVisible();
});

test("a signed-in user's form errors come in the chosen language", async ({ page }) => {
  await signIn(page, DEMO.official);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/compacts/new");
  await page.getByRole("button", { name: "Create compact" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expectAccessible(page);
});
