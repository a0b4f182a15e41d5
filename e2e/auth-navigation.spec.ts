import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, mainNav, signIn } from "./helpers";

const NAV_BY_ROLE: Record<string, string[]> = {
  [DEMO.admin]: ["Start", "Överenskommelser", "Användare", "Organisationer", "Inställningar", "Utkorg", "Moderering"],
  [DEMO.official]: ["Start", "Överenskommelser", "Ny överenskommelse", "Relationer", "Workshoppar"],
  [DEMO.association_rep]: ["Start", "Överenskommelser", "Relationer", "Workshoppar"],
  [DEMO.politician]: ["Start", "Överenskommelser", "Relationer", "Workshoppar"],
};

for (const [email, links] of Object.entries(NAV_BY_ROLE)) {
  test(`${email} signs in and sees the navigation of the role`, async ({ page }) => {
    await signIn(page, email);
    await expect(mainNav(page).getByRole("link")).toHaveText(links);
    await expectAccessible(page);
    await page.goto("/compacts");
    await expect(page.getByRole("heading", { level: 1, name: "Överenskommelser" })).toBeVisible();
    await expectAccessible(page);
  });
}

test("the public sees the start page, and is sent to sign in for a draft and back afterwards", async ({ page }) => {
  await page.goto("/");
  await expect(mainNav(page).getByRole("link")).toHaveText(["Start"]);
  await expectAccessible(page);

  await page.goto("/compacts");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcompacts/);
  await expect(page.getByRole("heading", { name: "Demokonton" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("E-postadress").fill(DEMO.association_rep);
  await page.getByLabel("Lösenord").fill("overens-demo-2026");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(/\/compacts$/);
  await page.getByRole("link", { name: /Överenskommelse mellan Sjöberga kommun/ }).click();
  await expect(page.getByRole("heading", { name: "1. Bakgrund och syfte" })).toBeVisible();
  await expectAccessible(page);
});

test("a wrong password gets a translated error and the address is kept", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(DEMO.politician);
  await page.getByLabel("Lösenord").fill("fel lösenord");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Fel e-postadress eller lösenord.");
  await expect(page.getByLabel("E-postadress")).toHaveValue(DEMO.politician);
});

test("a role that may not administer gets a refusal, not the admin page", async ({ page }) => {
  await signIn(page, DEMO.official);
  await page.goto("/admin/users");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ingen behörighet" })).toBeVisible();
});

test("a wrong address shows a translated 404 page", async ({ page }) => {
  const response = await page.goto("/finns-inte");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
  await expectAccessible(page);
});

test("responses carry a nonce-based CSP and the security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("signing out returns to the public view", async ({ page }) => {
  await signIn(page, DEMO.politician);
  await page.getByRole("button", { name: "Logga ut", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Logga in" })).toBeVisible();
  await page.goto("/compacts");
  await expect(page).toHaveURL(/\/sign-in/);
});
