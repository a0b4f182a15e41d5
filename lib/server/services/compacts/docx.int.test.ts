import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { docToPlainText, type DocNode } from "@/lib/domain/document";
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";
import { collabDocumentName } from "@/lib/collab/document-name";
import type { RunningCollabServer } from "@/lib/collab/server";
import { connectClient, sessionCookie, waitFor, waitForSync } from "@/lib/collab/testing/clients";
import { startTestServer, TEST_AUTH_SECRET } from "@/lib/collab/testing/server";
import { getDb } from "../../db";
import { demoActor, withDemoDatabase } from "../../testing/integration";
import { exportCompactDocx } from "@/lib/server/queries/compact-docx";
import { importCompactDocx } from "./docx-import";
import { docxToDoc } from "@/lib/server/documents/docx-parse";
import { DocumentTooLargeError } from "@/lib/server/documents/docx-errors";

withDemoDatabase();

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
let server: RunningCollabServer;
let compactId: string;

/** A real Word file with sections, lists, a table, a link and inline formatting, made with `docx`. */
async function wordFixture(): Promise<Buffer> {
  const document = new Document({
    numbering: { config: [{ reference: "num", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("1. Syfte")] }),
          new Paragraph({ children: [new TextRun("Kommunen och föreningarna "), new TextRun({ text: "samverkar", bold: true }), new TextRun({ text: " långsiktigt.", italics: true })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("1.1 Principer")] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun("Självständighet")] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun("Dialog")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("2. Åtaganden")] }),
          new Paragraph({ numbering: { reference: "num", level: 0 }, children: [new TextRun("Kommunen bjuder in till dialogforum.")] }),
          new Paragraph({ numbering: { reference: "num", level: 0 }, children: [new TextRun("Föreningarna sprider information.")] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Part")] }), new TableCell({ children: [new Paragraph("Kontakt")] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Kommunen")] }), new TableCell({ children: [new Paragraph("Kultur och fritid")] })] }),
            ],
          }),
          new Paragraph({ children: [new ExternalHyperlink({ link: "https://sjoberga.se/overenskommelse", children: [new TextRun("Läs mer")] })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const asFile = (bytes: Buffer, name = "overenskommelse.docx", type = DOCX_TYPE) => new File([new Uint8Array(bytes)], name, { type });
const types = (nodes: DocNode[] | undefined) => (nodes ?? []).map((node) => node.type);

beforeAll(async () => {
  server = await startTestServer();
  process.env.COLLAB_PORT = String(server.port);
  process.env.COLLAB_HOST = "127.0.0.1";
  compactId = (await getDb().compact.findFirstOrThrow()).id;
});

afterAll(async () => {
  await server?.stop();
});

async function cookieOf(local: "forening" | "politiker") {
  const user = await getDb().user.findUniqueOrThrow({ where: { email: `${local}@demo.overens.se` } });
  return sessionCookie(user.id, TEST_AUTH_SECRET);
}

describe("Word import", () => {
  it("keeps the headings (one level down, under the page title), lists, table, link and formatting", async () => {
    const doc = await docxToDoc(await wordFixture());
    expect(types(doc.content)).toEqual(["heading", "paragraph", "heading", "bulletList", "heading", "orderedList", "table", "paragraph"]);
    expect(doc.content?.[0]).toMatchObject({ attrs: { level: 2 } });
    expect(doc.content?.[2]).toMatchObject({ attrs: { level: 3 } });
    const text = JSON.stringify(doc);
    expect(text).toContain('"type":"bold"');
    expect(text).toContain('"type":"italic"');
    expect(text).toContain("https://sjoberga.se/overenskommelse");
    expect(docToPlainText(doc)).toContain("- Kommunen bjuder in till dialogforum.");
  });

  it("replaces the draft through the collaboration server, so an open editor sees it at once", async () => {
    const cookie = await cookieOf("forening");
    const watcher = connectClient({ url: server.url, documentName: collabDocumentName({ compactId, versionNumber: 1 }), cookie });
    await waitForSync(watcher);
    expect(watcher.text()).toContain("Bakgrund och syfte");

    await importCompactDocx(await demoActor("forening"), compactId, { file: asFile(await wordFixture()), mode: "replace" }, cookie);
    await waitFor(() => watcher.text().includes("2. Åtaganden"), "the editor sees the import");
    expect(watcher.text()).not.toContain("Bakgrund och syfte");
    const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId, number: 1 } });
    expect(JSON.stringify(version.content)).toContain("Föreningarna sprider information.");

    await importCompactDocx(await demoActor("forening"), compactId, { file: asFile(await wordFixture()), mode: "append" }, cookie);
    await waitFor(() => (watcher.text().match(/2\. Åtaganden/g) ?? []).length === 2, "the appended copy");
    watcher.destroy();
    const audit = await getDb().auditEvent.findMany({ where: { compactId, action: "compact.textImported" } });
    expect(audit).toHaveLength(2);
  });

  it("lets only the drafting group import, and refuses what is not a Word file", async () => {
    const file = asFile(await wordFixture());
    await expect(importCompactDocx(await demoActor("politiker"), compactId, { file, mode: "replace" }, await cookieOf("politiker"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importCompactDocx(null, compactId, { file, mode: "replace" }, "")).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(importCompactDocx(await demoActor("forening"), "no-such-compact", { file, mode: "replace" }, "")).rejects.toBeInstanceOf(NotFoundError);
    const cookie = await cookieOf("forening");
    const actor = await demoActor("forening");
    await expect(importCompactDocx(actor, compactId, { file: asFile(Buffer.from("not a zip at all")), mode: "replace" }, cookie)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(importCompactDocx(actor, compactId, { file: asFile(await wordFixture(), "text.pdf", "application/pdf"), mode: "replace" }, cookie)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(importCompactDocx(actor, compactId, { file, mode: "overwrite" }, cookie)).rejects.toBeInstanceOf(InvalidInputError);
    const zipButNotWord = Buffer.concat([Buffer.from("PK\x03\x04", "binary"), Buffer.alloc(100)]);
    await expect(importCompactDocx(actor, compactId, { file: asFile(zipButNotWord), mode: "replace" }, cookie)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("refuses a Word file whose text is larger than a compact may be", async () => {
    const big = new Document({ sections: [{ children: Array.from({ length: 300 }, () => new Paragraph("ord ".repeat(2000))) }] });
    await expect(docxToDoc(await Packer.toBuffer(big))).rejects.toBeInstanceOf(DocumentTooLargeError);
  });
});

describe("Word export", () => {
  it("round-trips: the exported file imports to the same text, with the title on top", async () => {
    const { filename, body } = await exportCompactDocx(await demoActor("politiker"), compactId);
    expect(filename).toMatch(/^overenskommelse-2027-2030-v1\.docx$/);
    const version = await getDb().compactVersion.findFirstOrThrow({ where: { compactId, number: 1 } });
    const reimported = await docxToDoc(body);
    const [title, ...rest] = docToPlainText(reimported).split("\n");
    expect(title).toBe("## Överenskommelse mellan Sjöberga kommun och den idéburna sektorn 2027–2030");
    expect(rest.join("\n")).toBe(docToPlainText(version.content as DocNode));
    expect(types(reimported.content)).toContain("table");
    expect(JSON.stringify(reimported)).toContain("https://sjoberga.se/overenskommelse");
  });

  it("is for members of the municipality only", async () => {
    await expect(exportCompactDocx(null, compactId)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(exportCompactDocx(await demoActor("politiker"), "no-such-compact")).rejects.toBeInstanceOf(NotFoundError);
  });
});
