import Papa from "papaparse";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

async function asUser(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** A participant on a phone, without an account, in a browser context of their own. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function joinAs(page: Page, code: string, sector: "Offentlig sektor" | "Civilsamhället", organisation = "") {
  await page.goto("/w");
  await page.getByLabel("Kod").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Gå vidare" }).click();
  await page.getByRole("radio", { name: new RegExp(sector) }).check();
  if (organisation) await page.getByLabel("Organisation (frivilligt)").fill(organisation);
  await page.getByRole("button", { name: "Gå med" }).click();
  await expect(page.getByText("Du deltar som")).toBeVisible();
}

const yes = (page: Page) => page.getByRole("button", { name: /^Ja\s/ });
const no = (page: Page) => page.getByRole("button", { name: /^Nej\s/ });

async function vote(page: Page, answer: "Ja" | "Nej") {
  await (answer === "Ja" ? yes(page) : no(page)).click();
  await expect(page.getByTestId("vote-status")).toContainText(`Din röst är räknad: ${answer}.`);
  await expect(answer === "Ja" ? yes(page) : no(page)).toHaveAttribute("aria-pressed", "true");
}

test("a facilitator runs a workshop; three phones from two sectors vote; the big screen shows the split; the CSV has the counts", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Dialogmöte i biografen ${Date.now()}`;
  const first = "Är du positiv till mer samverkan mellan föreningar och kommunen?";
  const second = "Bör kommunen låna ut lokaler gratis?";

  // The facilitator (an official) prepares the workshop and starts it.
  const facilitator = await asUser(browser, DEMO.official);
  await facilitator.goto("/workshops");
  await expectAccessible(facilitator);
  await facilitator.getByLabel("Rubrik").fill(title);
  await facilitator.getByLabel("Påståenden").fill(`${first}\n${second}`);
  await facilitator.getByRole("button", { name: "Skapa workshop" }).click();
  await expect(facilitator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const workshopUrl = facilitator.url();
  await facilitator.getByRole("button", { name: "Starta workshopen" }).click();
  await expect(facilitator.getByTestId("workshop-status")).toContainText("Pågår");
  const code = (await facilitator.getByTestId("console-join-code").innerText()).replace(/\s/g, "");
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  await expectAccessible(facilitator);

  // The big screen, in another tab of the facilitator's browser.
  const screen = await facilitator.context().newPage();
  await screen.goto(`${workshopUrl}/present`);
  await expect(screen.getByTestId("join-code")).toHaveText(`${code.slice(0, 4)} ${code.slice(4)}`);
  await expect(screen.getByText("Snart börjar vi.")).toBeVisible();
  await expectAccessible(screen);

  // Three phones join: one from the public sector, two from civil society.
  const official = await phone(browser);
  const association = await phone(browser);
  const church = await phone(browser);
  await official.goto("/w");
  await expectAccessible(official);
  await joinAs(official, code, "Offentlig sektor");
  await joinAs(association, code, "Civilsamhället", "Föreningen Grannstöd");
  await joinAs(church, code, "Civilsamhället");
  await expect(official.getByText("Vänta på nästa påstående.")).toBeVisible();
  await expectAccessible(association);

  // The facilitator opens the first statement; it appears on the phones and the big screen.
  const firstRow = facilitator.getByTestId("console-statement").filter({ hasText: first });
  await firstRow.getByRole("button", { name: "Öppna", exact: true }).click();
  for (const page of [official, association, church]) await expect(page.getByTestId("participant-statement")).toHaveText(first);
  await expect(screen.getByTestId("presenter-statement")).toHaveText(first);
  await expectAccessible(official);

  await vote(official, "Ja");
  await vote(association, "Ja");
  await vote(church, "Ja");
  // A changed mind counts once, as the new answer.
  await vote(church, "Nej");
  await expect(yes(church)).toHaveAttribute("aria-pressed", "false");

  // Within a second of the last vote, the big screen shows the split by sector and the gap.
  await expect(screen.getByTestId("tally-public")).toContainText("Ja 1 (100 %) · Nej 0 (0 %)", { timeout: 1000 });
  await expect(screen.getByTestId("tally-civil")).toContainText("Ja 1 (50 %) · Nej 1 (50 %)", { timeout: 1000 });
  await expect(screen.getByTestId("tally-everyone")).toContainText("Ja 2 (67 %) · Nej 1 (33 %)", { timeout: 1000 });
  await expect(screen.getByTestId("tally-gap")).toContainText("50 procentenheter – offentlig sektor svarade oftare ja", { timeout: 1000 });
  await expectAccessible(screen);

  // Closed: the phones wait; revealed: they see the result.
  await firstRow.getByRole("button", { name: "Stäng", exact: true }).click();
  await expect(official.getByText("Vänta på nästa påstående.")).toBeVisible();
  await firstRow.getByRole("button", { name: "Visa resultatet" }).click();
  await expect(association.getByRole("heading", { name: "Resultat för påstående 1" })).toBeVisible();
  await expectAccessible(association);

  // The results page and the exports.
  await facilitator.goto(`${workshopUrl}/results`);
  await expect(facilitator.getByTestId("results-table")).toContainText(first);
  await expectAccessible(facilitator);
  const csv = await facilitator.request.get(`${workshopUrl.replace("/workshops/", "/api/workshops/")}/export/csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const rows = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(["Nr", "Påstående", "Status", "Grupp", "Ja", "Nej", "Totalt", "Ja %", "Nej %", "Skillnad mellan sektorerna (procentenheter)"]);
  const counts = rows.filter((row) => row[0] === "1").map((row) => [row[3], row[4], row[5], row[6], row[9]]);
  expect(counts).toEqual([
    ["Offentlig sektor", "1", "0", "1", ""],
    ["Civilsamhället", "1", "1", "2", ""],
    ["Alla", "2", "1", "3", "50"],
  ]);
  expect(rows.filter((row) => row[0] === "2").map((row) => row[6])).toEqual(["0", "0", "0"]);
  const pdf = await facilitator.request.get(`${workshopUrl.replace("/workshops/", "/api/workshops/")}/export/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Ending closes the workshop for everyone; the code no longer lets anyone join.
  await facilitator.goto(workshopUrl);
  await facilitator.getByRole("button", { name: "Avsluta workshopen" }).click();
  await facilitator.getByRole("alertdialog").getByRole("button", { name: "Avsluta", exact: true }).click();
  await expect(facilitator.getByTestId("workshop-status")).toContainText("Avslutad");
  await expect(official.getByText("Workshopen är avslutad. Tack för att du deltog!")).toBeVisible();
  const late = await phone(browser);
  const refused = await late.request.post(`/w/${code}/join`, { data: { sector: "civil" } });
  expect(refused.status()).toBe(409);
});

test("only members who may see results reach a workshop, and only facilitators run it", async ({ browser }) => {
  const facilitator = await asUser(browser, DEMO.association_rep);
  await facilitator.goto("/workshops");
  await facilitator.getByLabel("Rubrik").fill(`Föreningsträff ${Date.now()}`);
  await facilitator.getByRole("button", { name: "Fyll i exempelpåståendena" }).click();
  await expect(facilitator.getByLabel("Påståenden")).toHaveValue(/Är du positiv till mer samverkan/);
  await facilitator.getByRole("button", { name: "Skapa workshop" }).click();
  await expect(facilitator.getByTestId("console-statement")).toHaveCount(8);
  const workshopId = facilitator.url().split("/").pop()!;

  // A politician reads the results but is sent past the console.
  const politician = await asUser(browser, DEMO.politician);
  await politician.goto(`/workshops/${workshopId}`);
  await expect(politician).toHaveURL(new RegExp(`/workshops/${workshopId}/results$`));
  await expect(politician.getByRole("button", { name: "Starta workshopen" })).toHaveCount(0);

  // An admin has no workshops at all; an anonymous visitor gets 401 from the live stream.
  const admin = await asUser(browser, DEMO.admin);
  await admin.goto("/workshops");
  await expect(admin.getByTestId("forbidden")).toBeVisible();
  const anonymous = await phone(browser);
  expect((await anonymous.request.get(`/api/workshops/${workshopId}/stream`)).status()).toBe(401);
  expect((await anonymous.request.get(`/api/workshops/${workshopId}/export/csv`)).status()).toBe(401);
  // A code that belongs to no live workshop leads nowhere.
  await anonymous.goto("/w/ABCD2345");
  await expect(anonymous.getByText("Det finns ingen pågående workshop med den koden.")).toBeVisible();
});
