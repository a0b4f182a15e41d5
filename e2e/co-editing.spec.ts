import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn, textEditor as editor } from "./helpers";

/**
 * Co-editing the demo compact's draft (agenda stage; drafting group: Kultur- och fritidsförvaltningen,
 * Föreningen Grannstöd, Sjöberga Idrottsallians). Each test types its own markers, so the tests can
 * run side by side on the same text.
 */

async function openDraft(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, email);
  await page.goto("/compacts");
  await page.getByRole("link", { name: /Överenskommelse mellan Sjöberga kommun/ }).first().click();
  // The editor replaces the server-rendered text once it has synced with the co-editing server.
  await expect(editor(page)).toBeVisible({ timeout: 30_000 });
  return page;
}

// Two or three signed-in browsers per test: give them the time the lifecycle journey gets.
test.describe.configure({ timeout: 180_000 });
const status = (page: Page) => page.getByTestId("connection-status");

async function typeAt(page: Page, where: "Control+End" | "Control+Home", text: string) {
  await editor(page).click();
  await page.keyboard.press(where);
  await page.keyboard.type(text, { delay: 5 });
}
const typeAtEnd = (page: Page, text: string) => typeAt(page, "Control+End", text);

/** The text as the document holds it, without the other writers' caret labels. */
function documentText(page: Page): Promise<string> {
  return editor(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.textContent ?? "";
  });
}

test("two drafters type at the same time and both end with the same text, with named carets and presence", async ({ browser }) => {
  const official = await openDraft(browser, DEMO.official);
  const civil = await openDraft(browser, DEMO.association_rep);
  await expect(status(official)).toHaveAttribute("data-state", "saved");
  await expect(official.getByRole("toolbar", { name: "Formatering" })).toBeVisible();

  const mark = Date.now().toString(36);
  // At the same time, in two places: the end of the text and the start of the first heading.
  await Promise.all([typeAtEnd(official, ` Tove skriver ${mark}.`), typeAt(civil, "Control+Home", `Farid skriver ${mark}. `)]);
  for (const page of [official, civil]) {
    await expect(editor(page)).toContainText(`Tove skriver ${mark}.`);
    await expect(editor(page)).toContainText(`Farid skriver ${mark}.`);
    await expect(status(page)).toHaveAttribute("data-state", "saved");
  }
  await expect.poll(async () => (await documentText(official)) === (await documentText(civil))).toBe(true);
  expect(await documentText(official)).toContain(` Tove skriver ${mark}.`);

  // Presence: who is here, with the sector in words; the other's caret is labelled the same way.
  await expect(official.getByTestId("presence-list")).toContainText("Farid Haddad");
  await expect(official.getByTestId("presence-list")).toContainText("Civilsamhället");
  await expect(official.getByTestId("remote-caret").filter({ hasText: "Farid Haddad · Civilsamhället" })).toBeVisible();
  await expect(civil.getByTestId("remote-caret").filter({ hasText: "Tove Lindqvist · Offentlig sektor" })).toBeVisible();

  // The toolbar formats and is reachable by keyboard.
  await official.getByRole("button", { name: "Fetstil" }).focus();
  await official.keyboard.press("ArrowRight");
  await expect(official.getByRole("button", { name: "Kursiv" })).toBeFocused();
  await expectAccessible(official);
  await official.getByTestId("live-text").screenshot({ path: "test-results/co-editing.png" });
});

test("a politician follows the draft live but cannot change it", async ({ browser }) => {
  const politician = await openDraft(browser, DEMO.politician);
  await expect(editor(politician)).toHaveAttribute("aria-readonly", "true");
  await expect(politician.getByRole("toolbar", { name: "Formatering" })).toHaveCount(0);
  await expect(status(politician)).toContainText("Du kan läsa texten men inte ändra den.");
  // (Not compared with the whole text before: other tests type into the same draft at the same time.)
  await editor(politician).click();
  await politician.keyboard.type("Politikern skriver");
  await expect(editor(politician)).not.toContainText("Politikern skriver");

  const official = await openDraft(browser, DEMO.association_rep_2);
  const mark = `Live ${Date.now().toString(36)}`;
  await typeAtEnd(official, ` ${mark}`);
  await expect(editor(politician)).toContainText(mark);
  await expect(politician.getByTestId("presence-list")).toContainText("Ingrid Berg");
  await expectAccessible(politician);

  // The route handler refuses an import from someone outside the drafting group, but serves the export.
  const compactId = new URL(politician.url()).pathname.split("/").pop();
  const refused = await politician.request.post(`/api/compacts/${compactId}/docx`, { multipart: { mode: "replace", file: { name: "x.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") } } });
  expect(refused.status()).toBe(403);
  const exported = await politician.request.get(`/api/compacts/${compactId}/docx`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("wordprocessingml");
});

test("edits made offline are kept and merged when the connection comes back", async ({ browser }) => {
  const online = await openDraft(browser, DEMO.official);
  const offline = await openDraft(browser, DEMO.association_rep_2);
  await expect(status(offline)).toHaveAttribute("data-state", "saved");

  const mark = Date.now().toString(36);
  await offline.context().setOffline(true);
  await expect(status(offline)).toHaveAttribute("data-state", "offline");
  await expect(status(offline)).toContainText("Offline: dina ändringar");
  await typeAtEnd(offline, ` Skrivet offline ${mark}.`);
  await typeAtEnd(online, ` Skrivet online ${mark}.`);
  await expect(editor(online)).not.toContainText(`Skrivet offline ${mark}.`);

  await offline.context().setOffline(false);
  for (const page of [online, offline]) {
    await expect(editor(page)).toContainText(`Skrivet offline ${mark}.`);
    await expect(editor(page)).toContainText(`Skrivet online ${mark}.`);
  }
  await expect(status(offline)).toHaveAttribute("data-state", "saved");
});
