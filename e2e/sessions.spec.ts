import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { E2E_MUNICIPALITY_USERS as GRANNBY } from "../lib/server/testing/e2e-accounts";

test("signing out everywhere ends the account's sessions on every device, after a confirmation", async ({ browser }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const onLaptop = await laptop.newPage();
  const onPhone = await phone.newPage();
  await signIn(onLaptop, GRANNBY.sessions);
  await signIn(onPhone, GRANNBY.sessions);

  await onPhone.getByRole("button", { name: "Logga ut överallt" }).click();
  const dialog = onPhone.getByRole("alertdialog");
  await expect(dialog).toContainText("Alla inloggningar med ditt konto avslutas");
  await dialog.getByRole("button", { name: "Logga ut överallt" }).click();
  await expect(onPhone).toHaveURL(/\/sign-in/);

  // The other device's cookie is still there, but the session it carries has ended.
  await onLaptop.goto("/compacts");
  await expect(onLaptop).toHaveURL(/\/sign-in/);
  await expect(onLaptop.getByTestId("signed-in-user")).toHaveCount(0);

  await laptop.close();
  await phone.close();
});
