import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, mainNav, signIn, startCompactInFormulation, textEditor } from "./helpers";

/**
 * Moderation and notifications on a compact of its own (so that rounds other specs open on the demo
 * compact do not touch it): a reply notifies the author, a reader reports a comment, the admin hides
 * it with a reason, the author sees the bell and the notification, and another reader sees the notice;
 * the author marks all read; a second, unfounded report is dismissed and the comment stays.
 */
test.describe.configure({ timeout: 240_000 });

const DRAFTERS = ["Kultur- och fritidsförvaltningen (Offentlig sektor)", "Föreningen Grannstöd (Civilsamhället)"];

async function openAs(browser: Browser, email: string, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 1700, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, email);
  await page.goto(url);
  await expect(textEditor(page)).toBeVisible({ timeout: 30_000 });
  return page;
}

const panel = (page: Page) => page.getByTestId("comment-panel");
const thread = (page: Page, text: string) => panel(page).getByTestId("comment").filter({ hasText: text });

test("a reply notifies the author; a reported comment is hidden by the admin, its author is told, and others see the notice", async ({ browser }) => {
  const mark = Date.now().toString(36);
  const title = `Moderering ${mark}`;
  const comment = `Det här är en olämplig kommentar ${mark}`;
  const reason = `Personangrepp är inte tillåtna ${mark}`;

  const officialContext = await browser.newContext({ locale: "sv-SE", viewport: { width: 1700, height: 1000 } });
  const reader = await officialContext.newPage();
  await signIn(reader, DEMO.official);
  const url = await startCompactInFormulation(reader, title, DRAFTERS);

  // The author comments on the whole compact.
  const author = await openAs(browser, DEMO.association_rep, url);
  await panel(author).getByRole("button", { name: "Kommentera hela överenskommelsen" }).click();
  await panel(author).getByRole("textbox", { name: "Kommentar", exact: true }).fill(comment);
  await panel(author).getByRole("button", { name: "Skicka kommentar" }).click();
  await expect(thread(author, comment)).toBeVisible();

  // The official of the drafting group replies, then reports the comment with a reason.
  await reader.reload();
  await expect(textEditor(reader)).toBeVisible({ timeout: 30_000 });
  await thread(reader, comment).getByRole("button", { name: "Svara" }).click();
  await thread(reader, comment).getByRole("textbox", { name: "Ditt svar" }).fill(`Håll god ton ${mark}`);
  await thread(reader, comment).getByRole("button", { name: "Skicka svar" }).click();
  await expect(thread(reader, comment).getByTestId("comment-reply")).toContainText(`Håll god ton ${mark}`);
  await thread(reader, comment).getByRole("button", { name: "Anmäl" }).click();
  await thread(reader, comment).getByRole("button", { name: "Skicka anmälan" }).click();
  await expect(thread(reader, comment).getByText("Motiveringen behöver minst 3 tecken.")).toBeVisible();
  await thread(reader, comment).getByLabel("Varför anmäler du kommentaren?").fill("Personangrepp på en namngiven tjänsteperson");
  await thread(reader, comment).getByRole("button", { name: "Skicka anmälan" }).click();
  await expect(thread(reader, comment).getByText("Du har anmält kommentaren.")).toBeVisible();
  await expect(thread(reader, comment).getByRole("button", { name: "Anmäl" })).toHaveCount(0);

  // The admin finds the report from the navigation and hides the comment, after confirming.
  const adminContext = await browser.newContext({ locale: "sv-SE" });
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await mainNav(admin).getByRole("link", { name: "Moderering" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Moderering" })).toBeVisible();
  const card = admin.getByTestId("reported-comment").filter({ hasText: comment });
  await expect(card).toContainText("Tove Lindqvist: Personangrepp på en namngiven tjänsteperson");
  await expect(card).toContainText("Civilsamhället");
  await expectAccessible(admin);
  await card.getByLabel("Motivering (visas i stället för kommentaren)").fill(reason);
  await card.getByRole("button", { name: "Dölj kommentaren" }).click();
  const dialog = admin.getByRole("alertdialog");
  await expect(dialog).toContainText("Dölja kommentaren?");
  await dialog.getByRole("button", { name: "Dölj kommentaren" }).click();
  await expect(admin.getByTestId("reported-comment").filter({ hasText: comment })).toHaveCount(0);

  // The author sees the bell's count (in words), the notifications, and still their own text with the notice.
  await author.reload();
  const bell = author.getByRole("link", { name: /^Notifikationer, \d+ olästa$/ });
  await expect(bell).toBeVisible();
  const unread = Number((await bell.getAttribute("data-unread")) ?? 0);
  expect(unread).toBeGreaterThanOrEqual(2);
  await expect(thread(author, comment).getByTestId("comment-hidden")).toContainText(`Din kommentar är dold för andra av en administratör: ${reason}`);
  await bell.click();
  await expect(author.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
  const hidden = author.getByTestId("notification").filter({ hasText: `En administratör har dolt din kommentar i ”${title}”.` });
  await expect(hidden).toContainText(`Motivering: ${reason}`);
  await expect(hidden).toContainText("Oläst");
  const reply = author.getByTestId("notification").filter({ hasText: `Tove Lindqvist svarade på din kommentar i ”${title}”.` });
  await expect(reply).toBeVisible();
  await expectAccessible(author);
  await reply.getByRole("button", { name: "Markera som läst" }).click();
  await expect(reply).toHaveAttribute("data-read", "true");
  await expect(reply).toContainText("Läst");
  await expect(author.getByTestId("notification-bell")).not.toHaveAttribute("data-unread", String(unread));
  await hidden.getByRole("link", { name: "Öppna" }).click();
  await expect(author).toHaveURL(/\/compacts\/[^/#]+#comment-/);

  // Anyone else sees the administrator's notice instead of the text.
  const politician = await openAs(browser, DEMO.politician, url);
  await expect(thread(politician, reason)).toContainText(`Dold av en administratör: ${reason}`);
  await expect(panel(politician)).not.toContainText(comment);
  await expect(panel(politician)).toContainText(`Håll god ton ${mark}`);
  await expectAccessible(politician);

  // The author marks everything read at once: the bell says none are unread.
  await author.goto("/notifications");
  await author.getByRole("button", { name: "Markera alla som lästa" }).click();
  await expect(author.getByTestId("notification-bell")).toHaveAttribute("data-unread", "0");
  await expect(author.getByRole("link", { name: "Notifikationer, inga olästa" })).toBeVisible();

  // A report the admin finds unfounded is dismissed: the card goes, the comment stays as it was.
  const fair = `En saklig synpunkt ${mark}`;
  await author.goto(url);
  await expect(textEditor(author)).toBeVisible({ timeout: 30_000 });
  await panel(author).getByRole("button", { name: "Kommentera hela överenskommelsen" }).click();
  await panel(author).getByRole("textbox", { name: "Kommentar", exact: true }).fill(fair);
  await panel(author).getByRole("button", { name: "Skicka kommentar" }).click();
  await expect(thread(author, fair)).toBeVisible();
  await politician.reload();
  await expect(textEditor(politician)).toBeVisible({ timeout: 30_000 });
  await thread(politician, fair).getByRole("button", { name: "Anmäl" }).click();
  await thread(politician, fair).getByLabel("Varför anmäler du kommentaren?").fill("Jag håller inte med");
  await thread(politician, fair).getByRole("button", { name: "Skicka anmälan" }).click();
  await expect(thread(politician, fair).getByText("Du har anmält kommentaren.")).toBeVisible();
  await admin.goto("/admin/moderation");
  const fairCard = admin.getByTestId("reported-comment").filter({ hasText: fair });
  await fairCard.getByRole("button", { name: "Avvisa anmälan" }).click();
  await expect(admin.getByTestId("reported-comment").filter({ hasText: fair })).toHaveCount(0);
  await politician.reload();
  await expect(textEditor(politician)).toBeVisible({ timeout: 30_000 });
  await expect(thread(politician, fair)).toContainText(fair);
  await expect(thread(politician, fair).getByTestId("comment-hidden")).toHaveCount(0);
});
