import { expect, test, type Browser, type Page } from "@playwright/test";
import { appendText, DEMO, expectAccessible, selectInText, signIn, textEditor as editor } from "./helpers";

/**
 * Comments on the demo compact's draft (agenda stage; drafting group: Kultur- och fritidsförvaltningen,
 * Föreningen Grannstöd, Sjöberga Idrottsallians). The tests share the compact, and the round test
 * makes every new comment part of its round while it is open, so they run one after the other.
 */
test.describe.configure({ mode: "serial", timeout: 240_000 });

async function openDraft(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 1700, height: 1000 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log("PAGEERROR", email, e.message, e.stack));
  await signIn(page, email);
  await page.goto("/compacts");
  await page.getByRole("link", { name: /Överenskommelse mellan Sjöberga kommun/ }).first().click();
  await expect(editor(page)).toBeVisible({ timeout: 30_000 });
  return page;
}

const panel = (page: Page) => page.getByTestId("comment-panel");
const commentWith = (page: Page, text: string) => panel(page).getByTestId("comment").filter({ hasText: text });

/** The text as the document holds it, without the other writers' caret labels. */
function documentText(page: Page): Promise<string> {
  return editor(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.textContent ?? "";
  });
}

/** The words a comment's highlight covers now, in this browser (without other writers' caret labels). */
function highlighted(page: Page, commentId: string): Promise<string> {
  return editor(page).evaluate((element, id) => {
    return [...element.querySelectorAll(`.comment-anchor[data-comment-id="${id}"]`)]
      .map((span) => {
        const copy = span.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
        return copy.textContent ?? "";
      })
      .join("");
  }, commentId);
}

async function commentOnSelection(page: Page, words: string, body: string): Promise<string> {
  await selectInText(page, words);
  await panel(page).getByRole("button", { name: "Kommentera markerad text" }).click();
  await expect(panel(page).getByTestId("comment-target")).toContainText(words);
  await panel(page).getByRole("textbox", { name: "Kommentar", exact: true }).fill(body);
  await panel(page).getByRole("button", { name: "Skicka kommentar" }).click();
  const item = commentWith(page, body);
  await expect(item).toBeVisible();
  return (await item.getAttribute("data-comment-id"))!;
}

/** Puts the caret just before (or after) these words in the text and types there. */
async function typeNextTo(page: Page, words: string, where: "before" | "after", text: string) {
  await selectInText(page, words);
  await page.keyboard.press(where === "before" ? "ArrowLeft" : "ArrowRight");
  await page.keyboard.type(text, { delay: 5 });
}

async function commentOnCompact(page: Page, body: string, joint = false) {
  await panel(page).getByRole("button", { name: "Kommentera hela överenskommelsen" }).click();
  await panel(page).getByRole("textbox", { name: "Kommentar", exact: true }).fill(body);
  if (joint) await panel(page).getByLabel(/Föreslå som gemensam ståndpunkt/).check();
  await panel(page).getByRole("button", { name: "Skicka kommentar" }).click();
}

test("two sectors comment on the same paragraph while a third drafter edits it, and the anchors keep their words", async ({ browser }) => {
  const official = await openDraft(browser, DEMO.official);
  const civil = await openDraft(browser, DEMO.association_rep);
  const writer = await openDraft(browser, DEMO.association_rep_2);
  const mark = Date.now().toString(36);
  await appendText(official, `Ankare ${mark}: kommunen bjuder in till dialog varje kvartal och föreningarna svarar inom en månad.`);
  await expect(editor(civil)).toContainText(`Ankare ${mark}`);

  const first = await commentOnSelection(official, "bjuder in till dialog", `Hur ofta egentligen? ${mark}`);
  const second = await commentOnSelection(civil, "svarar inom en månad", `En månad är kort för ideella ${mark}`);
  // Comments are in the database at once; another reader sees them on their next page load.
  await official.reload();
  await writer.reload();
  await expect(editor(official)).toBeVisible({ timeout: 30_000 });
  await expect(editor(writer)).toBeVisible({ timeout: 30_000 });
  // Sector and organisation in words on every comment.
  await expect(commentWith(civil, `Hur ofta egentligen? ${mark}`)).toContainText("Kultur- och fritidsförvaltningen");
  await expect(commentWith(civil, `Hur ofta egentligen? ${mark}`)).toContainText("Offentlig sektor");
  await expect(commentWith(official, `En månad är kort för ideella ${mark}`)).toContainText("Föreningen Grannstöd");
  await expect(commentWith(official, `En månad är kort för ideella ${mark}`)).toContainText("Civilsamhället");

  // The third drafter writes before, between and inside the commented words.
  await typeNextTo(writer, `${mark}: `, "after", "Redan nu ");
  await typeNextTo(writer, "varje kvartal och", "before", "gärna ");
  await typeNextTo(writer, "inom en månad", "before", "alltid ");
  await expect.poll(() => documentText(writer)).toContain("Redan nu kommunen bjuder in till dialog gärna varje kvartal och föreningarna svarar alltid inom en månad");
  await expect(editor(writer).locator(`.comment-anchor[data-comment-id="${first}"]`).first()).toBeVisible();
  for (const page of [official, civil, writer]) {
    await expect.poll(() => documentText(page)).toContain("svarar alltid inom en månad");
    await expect.poll(() => highlighted(page, first)).toBe("bjuder in till dialog");
    await expect.poll(() => highlighted(page, second)).toBe("svarar alltid inom en månad");
  }

  // Clicking a comment in the panel highlights its words in the text.
  await commentWith(official, `En månad är kort för ideella ${mark}`).getByRole("button", { name: "Visa i texten" }).click();
  await expect(editor(official).locator(`.comment-anchor[data-comment-id="${second}"][data-active="true"]`).first()).toBeVisible();
  await expect(commentWith(official, `En månad är kort för ideella ${mark}`)).toHaveAttribute("aria-current", "true");

  // Filters: only civil society's comments.
  await panel(official).getByLabel("Sektor").selectOption("civil");
  await expect(commentWith(official, `Hur ofta egentligen? ${mark}`)).toHaveCount(0);
  await expect(commentWith(official, `En månad är kort för ideella ${mark}`)).toBeVisible();
  await panel(official).getByLabel("Sektor").selectOption("");

  // A reply, then the commented words are deleted: the comment stays, marked "text removed".
  const thread = commentWith(official, `En månad är kort för ideella ${mark}`);
  await thread.getByRole("button", { name: "Svara" }).click();
  await thread.getByRole("textbox", { name: "Ditt svar" }).fill(`Vi kan ta två månader ${mark}`);
  await thread.getByRole("button", { name: "Skicka svar" }).click();
  await expect(commentWith(official, `Vi kan ta två månader ${mark}`)).toBeVisible();
  await selectInText(writer, "svarar alltid inom en månad");
  await writer.keyboard.press("Backspace");
  await expect(commentWith(civil, `En månad är kort för ideella ${mark}`)).toHaveAttribute("data-anchor", "removed");
  await expect(commentWith(civil, `En månad är kort för ideella ${mark}`)).toContainText("Texten är borttagen");

  // Survives a reload: it is in the database.
  await civil.reload();
  await expect(commentWith(civil, `Hur ofta egentligen? ${mark}`)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => highlighted(civil, first)).toBe("bjuder in till dialog");
  await expectAccessible(civil);
  await commentWith(civil, `Hur ofta egentligen? ${mark}`).getByRole("button", { name: "Visa i texten" }).click();
  await civil.screenshot({ path: "test-results/comments.png" });
});

test("comment text is shown as text, and empty or oversized comments are refused", async ({ browser }) => {
  const civil = await openDraft(browser, DEMO.association_rep);
  const mark = Date.now().toString(36);
  const hostile = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> ${mark} https://example.se/samrad`;
  await commentOnCompact(civil, hostile);
  const item = commentWith(civil, mark);
  await expect(item.getByTestId("comment-body")).toContainText('<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">');
  await expect(item.getByRole("link", { name: "https://example.se/samrad" })).toHaveAttribute("href", "https://example.se/samrad");
  await expect(item.locator("img, script")).toHaveCount(0);
  expect(await civil.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await commentOnCompact(civil, "   ");
  await expect(panel(civil).getByText("Skriv en kommentar.").first()).toBeVisible();
  await panel(civil).getByRole("textbox", { name: "Kommentar", exact: true }).fill("x".repeat(5001));
  await panel(civil).getByRole("button", { name: "Skicka kommentar" }).click();
  await expect(panel(civil).getByText("Kommentaren får vara högst 5 000 tecken.").first()).toBeVisible();
});

test("a joint comment drafted by civil society becomes joint when the public sector signs it", async ({ browser }) => {
  const civil = await openDraft(browser, DEMO.association_rep);
  const official = await openDraft(browser, DEMO.official);
  const body = `Vi står gemensamt bakom en årlig uppföljning ${Date.now().toString(36)}`;
  await commentOnCompact(civil, body, true);
  await expect(commentWith(civil, body).getByTestId("joint-status")).toContainText("Väntar på underskrift från: Offentlig sektor");
  await official.reload();
  const item = commentWith(official, body);
  await item.getByRole("button", { name: "Skriv under" }).click();
  await expect(item.getByTestId("joint-status")).toContainText("Gemensam ståndpunkt");
  await expect(item.getByRole("button", { name: "Dra tillbaka underskrift" })).toBeVisible();
  const joint = official.getByTestId("joint-positions").locator("li").filter({ hasText: body });
  await expect(joint).toContainText("Föreningen Grannstöd");
  await expect(joint).toContainText("Kultur- och fritidsförvaltningen");
  await expect(joint).toContainText("Civilsamhället");
  await expect(joint).toContainText("Offentlig sektor");
});

test("a comment round: opened, commented on by two sectors, closed, answered, and the consultation report downloaded", async ({ browser }) => {
  const official = await openDraft(browser, DEMO.official);
  const mark = Date.now().toString(36);
  const rounds = official.getByTestId("comment-rounds");
  await rounds.locator("summary").click();
  const end = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await rounds.getByLabel("Sista dag").fill(end);
  await rounds.getByLabel("Vem får delta").selectOption("municipality");
  await rounds.getByRole("button", { name: "Öppna remissrunda" }).click();
  await expect(rounds.getByTestId("comment-round").first()).toContainText("Öppen till");

  // A politician (public sector, not in the drafting group) may comment now; so may an association.
  const politician = await openDraft(browser, DEMO.politician);
  await commentOnCompact(politician, `Budgeten behöver nämnas ${mark}`);
  await expect(commentWith(politician, `Budgeten behöver nämnas ${mark}`)).toContainText("Offentlig sektor");
  const civil = await openDraft(browser, DEMO.association_rep);
  await commentOnCompact(civil, `Fler mötesplatser ${mark}`);
  await expect(commentWith(civil, `Fler mötesplatser ${mark}`)).toContainText("Civilsamhället");

  await official.reload();
  await official.getByTestId("comment-rounds").getByRole("button", { name: "Stäng remissrundan" }).click();
  await official.getByRole("alertdialog").getByRole("button", { name: "Stäng remissrundan" }).click();
  await expect(official.getByTestId("comment-rounds").getByTestId("comment-round").first()).toContainText("Stängd");

  for (const [text, outcome, motivation] of [
    [`Budgeten behöver nämnas ${mark}`, "Delvis tillgodosedd", "Budgeten nämns i handlingsplanen."],
    [`Fler mötesplatser ${mark}`, "Tillgodosedd", "Två nya mötesplatser läggs till."],
  ] as const) {
    const item = commentWith(official, text);
    await item.getByLabel("Hantering").selectOption({ label: outcome });
    await item.getByLabel("Motivering").fill(motivation);
    await item.getByRole("button", { name: "Spara hantering" }).click();
    await expect(item.getByTestId("comment-response")).toContainText(outcome);
  }
  // Read-only now: the author can no longer change or withdraw the round's comment.
  await civil.reload();
  const closed = commentWith(civil, `Fler mötesplatser ${mark}`);
  await expect(closed).toContainText("Remissrundan är stängd");
  await expect(closed.getByRole("button", { name: "Återkalla" })).toHaveCount(0);
  await expect(closed.getByRole("button", { name: "Svara" })).toHaveCount(0);

  await official.getByTestId("comment-rounds").getByRole("link", { name: "Samrådsredogörelse" }).first().click();
  await expect(official.getByRole("heading", { level: 1, name: "Samrådsredogörelse" })).toBeVisible();
  await expect(official.getByText(`Budgeten behöver nämnas ${mark}`)).toBeVisible();
  await expect(official.getByText("Två nya mötesplatser läggs till.")).toBeVisible();
  await expect(official.getByTestId("report-totals")).toContainText("Tillgodosedd");
  await expectAccessible(official);
  const download = official.waitForEvent("download");
  await official.getByRole("link", { name: "Ladda ner som PDF" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await (await pdf.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe("%PDF-");
  const docx = await official.request.get(`${official.url()}/docx`.replace("/compacts/", "/api/compacts/"));
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
});
