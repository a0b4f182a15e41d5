import { expect, test, type Page } from "@playwright/test";
import { appendText, asUser, startCompactInFormulation, submitForDecision } from "./helpers";
import { E2E_MUNICIPALITY_USERS as GRANNBY } from "../lib/server/testing/e2e-accounts";

/**
 * The decision rule is set per municipality. This journey runs in Grannby, the browser tests' second
 * municipality (scripts/e2e-server.ts), so the specs that decide in Sjöberga keep the single-decision rule.
 */
test("with two individual approvals required, the first politician's approval is recorded and the second one adopts the compact", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);

  // Grannby's admin: every compact needs the approvals of two politicians.
  const admin = await asUser(browser, GRANNBY.admin);
  await admin.goto("/admin/settings");
  const rule = admin.locator("section").filter({ has: admin.getByRole("heading", { name: "Beslut om överenskommelser" }) });
  await rule.getByLabel("Beslutssätt").selectOption({ label: "Flera godkännanden: ett antal förtroendevalda godkänner var för sig" });
  await rule.getByLabel("Antal godkännanden som krävs").fill("2");
  await rule.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByText("Beslutssättet är sparat.")).toBeVisible();

  const title = `Överenskommelse om idrottshallar ${Date.now()}`;
  const official = await asUser(browser, GRANNBY.official);
  const compactUrl = await startCompactInFormulation(official, title, ["Grannby fritidsförvaltning (Offentlig sektor)", "Grannby IF (Civilsamhället)"]);
  await appendText(official, "## Syfte", "Kommunen och föreningarna delar på idrottshallarna.", "Överenskommelsen ska ses över vart tredje år.");
  await submitForDecision(official, await asUser(browser, GRANNBY.association_rep), compactUrl);

  const approve = async (politician: Page, caseNumber: string) => {
    await politician.goto(`${compactUrl}/decision`);
    await politician.getByLabel("Beslutande organ").fill("Kommunfullmäktige");
    await politician.getByLabel("Diarienummer").fill(caseNumber);
    await politician.getByLabel("Sammanträdesdatum").fill("2027-03-15");
    await politician.getByLabel("Motivering").fill("Båda sektorerna har varit med och skrivit.");
    await politician.getByRole("button", { name: "Registrera mitt ställningstagande" }).click();
    // The form gives way to the politician's own approval on the page.
    await expect(politician.getByText("Du har godkänt den här versionen. Beslutet gäller när tillräckligt många har godkänt.")).toBeVisible();
    await expect(politician.getByRole("button", { name: "Registrera mitt ställningstagande" })).toHaveCount(0);
  };

  // The first approval is recorded, and the decision does not count yet.
  const first = await asUser(browser, GRANNBY.politician);
  await first.goto(`${compactUrl}/decision`);
  await expect(first.getByTestId("decision-rule")).toContainText("Beslutet gäller när 2 förtroendevalda var för sig har godkänt versionen.");
  await expect(first.getByTestId("approval-tally")).toHaveText("0 av 2 godkännanden");

  // The decision basis on paper: the text, its fingerprint and address, no form or navigation.
  await first.emulateMedia({ media: "print" });
  await expect(first.getByRole("button", { name: "Registrera mitt ställningstagande" })).toBeHidden();
  await expect(first.getByRole("navigation", { name: "Huvudmeny" })).toBeHidden();
  await expect(first.getByTestId("print-address")).toContainText(`${compactUrl}/decision`);
  await expect(first.getByTestId("print-address")).toContainText(/[0-9a-f]{64}/);
  await first.pdf({ path: testInfo.outputPath("decision-basis-print.pdf"), format: "A4" });
  await first.emulateMedia({ media: "screen" });
  await approve(first, "KS 2027/77");
  await expect(first.getByTestId("approval-tally")).toHaveText("1 av 2 godkännanden");
  await expect(first.getByText("Godkänd av Göran Ledamot")).toBeVisible();
  await expect(first.getByText("Inget beslut om antagande ännu.")).toBeVisible();
  await first.goto(compactUrl);
  await expect(first.getByTestId("compact-status")).toContainText("Steg: Beslut");
  await expect(first.getByText("Inget beslut är registrerat.")).toBeVisible();

  // The second approval makes the decision: the compact is adopted and published.
  const second = await asUser(browser, GRANNBY.politician_2);
  await approve(second, "KS 2027/77");
  await expect(second.getByTestId("approval-tally")).toHaveText("2 av 2 godkännanden");
  await expect(second.getByTestId("public-decisions")).toContainText("Antagen av Kommunfullmäktige 2027-03-15, KS 2027/77");
  await second.getByRole("link", { name: "Den publicerade sidan" }).click();
  await expect(second).toHaveURL(/\/grannby\/[a-z0-9-]+$/);
  await expect(second.getByTestId("public-decisions")).toContainText("KS 2027/77");
});
