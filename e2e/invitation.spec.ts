import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

test("an admin invites a user, who completes the invitation from the outbox link and signs in", async ({ page, browser }) => {
  const email = `ny.${Date.now()}@example.se`;
  await signIn(page, DEMO.admin);
  await page.goto("/admin/users");
  await expectAccessible(page);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Skicka inbjudan" }) });
  await form.getByLabel("Namn").fill("Nora Ny");
  await form.getByLabel("E-postadress").fill(email);
  await form.getByLabel("Organisation").selectOption({ label: "Stiftelsen Ljusglimten (Civilsamhället)" });
  await form.getByLabel("Roll").selectOption({ label: "Föreningsföreträdare" });
  await form.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByText("Inbjudan är skapad och skickad. Utan e-postserver finns länken i utkorgen.")).toBeVisible();
  await expect(page.getByTestId(`user-row-${email}`)).toContainText("Inbjuden");

  await page.goto("/admin/outbox");
  const message = page.getByTestId("outbox-message").filter({ hasText: email });
  const link = await message.getByTestId("outbox-link").getAttribute("href");
  expect(link).toMatch(/\/invite\//);
  await expectAccessible(page);

  const invitee = await browser.newContext();
  const invitePage = await invitee.newPage();
  await invitePage.goto(new URL(link!).pathname);
  await expect(invitePage.getByRole("heading", { name: "Välkommen till Överens" })).toBeVisible();
  await invitePage.getByLabel("Lösenord", { exact: true }).fill("kort");
  await invitePage.getByLabel("Upprepa lösenordet").fill("kort");
  await invitePage.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(invitePage.getByText("Lösenordet måste ha minst 10 tecken.")).toBeVisible();
  await expectAccessible(invitePage);
  await invitePage.getByLabel("Lösenord", { exact: true }).fill("Noras hemliga mening");
  await invitePage.getByLabel("Upprepa lösenordet").fill("Noras hemliga mening");
  await invitePage.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(invitePage.getByText("Klart! Ditt lösenord är sparat.")).toBeVisible();

  await signIn(invitePage, email, "Noras hemliga mening");
  await expect(invitePage.getByTestId("signed-in-user")).toHaveText("Inloggad som Nora Ny");

  await invitePage.goto(new URL(link!).pathname);
  await expect(invitePage.getByText("Länken har redan använts.")).toBeVisible();
  await invitee.close();
});

test("an admin deactivates a user after confirming, and that user loses access at once", async ({ page, browser }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, DEMO.association_rep_2);

  await signIn(page, DEMO.admin);
  await page.goto("/admin/users");
  const row = page.getByTestId(`user-row-${DEMO.association_rep_2}`);
  await row.getByRole("button", { name: "Inaktivera" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Inaktivera Ingrid Berg?");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Inaktivera" }).click();
  await expect(row).toContainText("Inaktiverad");

  await otherPage.goto("/compacts");
  await expect(otherPage).toHaveURL(/\/sign-in/);

  await row.getByRole("button", { name: "Aktivera" }).click();
  await expect(row).toContainText("Aktiv");
  await other.close();
});
