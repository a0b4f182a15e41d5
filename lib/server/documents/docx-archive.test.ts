import { describe, expect, it } from "vitest";
import { Document, Packer, Paragraph } from "docx";
import { AppError } from "@/lib/domain/errors";
import { zipArchive, zipBomb } from "@/lib/server/testing/zip";
import { assertDocxArchiveSize, MAX_DOCX_UNCOMPRESSED_BYTES, zipEntries } from "./docx-archive";
import { DocumentTooLargeError } from "./docx-errors";
import { docxToDoc } from "./docx-parse";

const refusal = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("not refused");
};

describe("the size of a Word file's archive", () => {
  it("reads the entries and their sizes from the central directory", () => {
    const entries = zipEntries(zipArchive([{ name: "a.xml", data: new Uint8Array(1000) }, { name: "b.xml", data: new TextEncoder().encode("hej") }]));
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([["a.xml", 1000], ["b.xml", 3]]);
  });

  it("lets a real Word file through", async () => {
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Syfte")] }] }));
    expect(() => assertDocxArchiveSize(bytes)).not.toThrow();
  });

  it("refuses a zip bomb (tiny compressed, huge uncompressed) with 413 from its directory, before the parser inflates it", async () => {
    const bomb = zipBomb(64);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(zipEntries(bomb).reduce((sum, e) => sum + e.uncompressedSize, 0)).toBeGreaterThan(MAX_DOCX_UNCOMPRESSED_BYTES);
    const error = refusal(() => assertDocxArchiveSize(bomb));
    expect(error).toBeInstanceOf(DocumentTooLargeError);
    expect(error.status).toBe(413);
    await expect(docxToDoc(bomb)).rejects.toBeInstanceOf(DocumentTooLargeError);
  });

  it("refuses an archive that lies about its sizes at the size it declares, and one that is no zip", () => {
    const liar = zipArchive([{ name: "word/document.xml", data: new Uint8Array(10 * 1024 * 1024), declaredSize: 1024 }]);
    expect(refusal(() => assertDocxArchiveSize(liar)).status).toBe(413);
    expect(refusal(() => assertDocxArchiveSize(new TextEncoder().encode("PK\x03\x04 inte en zip"))).messageKey).toBe("editor.import.unreadable");
  });
});
