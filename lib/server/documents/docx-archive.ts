import { inflateRawSync } from "node:zlib";
import { InvalidInputError } from "@/lib/domain/errors";
import { DocumentTooLargeError } from "@/lib/server/documents/docx-errors";

/**
 * A .docx is a zip archive, and a zip can hold a "bomb": entries of a few kilobytes that inflate to
 * gigabytes. Before the parser (mammoth) inflates anything, the archive's central directory is read and
 * refused when its entries together would be larger than MAX_DOCX_UNCOMPRESSED_BYTES, or when there are
 * too many of them. Then every entry is inflated with a hard cap at the size it declares, so an archive
 * that lies about its sizes is refused as well, and what the parser inflates afterwards is bounded.
 */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 2_000;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const MAX_END_RECORD_DISTANCE = 22 + 0xffff;

export type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; localHeaderOffset: number };

const unreadable = () => new InvalidInputError("editor.import.unreadable");

/** The entries listed in a zip archive's central directory (no data is inflated). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - MAX_END_RECORD_DISTANCE); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mark a Zip64 archive: far beyond what a compact's Word file needs.
  if (count === 0xffff || start === 0xffffffff || size === 0xffffffff) throw new DocumentTooLargeError();
  if (count > MAX_DOCX_ENTRIES) throw new DocumentTooLargeError();
  if (start + size > end) throw unreadable();
  const entries: ZipEntry[] = [];
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw unreadable();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses (413 DocumentTooLargeError) an archive that would inflate beyond the limit, and (422) one
 * that cannot be read as a zip, before anything is handed to the parser.
 */
export function assertDocxArchiveSize(bytes: Uint8Array, maxUncompressed = MAX_DOCX_UNCOMPRESSED_BYTES): void {
  const entries = zipEntries(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxUncompressed || entries.some((entry) => entry.uncompressedSize === 0xffffffff)) throw new DocumentTooLargeError();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_FILE_HEADER) throw unreadable();
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw unreadable();
    } else if (entry.method === 8) {
      let inflated: Buffer;
      try {
        // Never more than the entry says it holds: a lying archive stops here, at its declared size.
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (error) {
        if (error instanceof RangeError) throw new DocumentTooLargeError();
        throw unreadable();
      }
      if (inflated.length !== entry.uncompressedSize) throw unreadable();
    } else {
      throw unreadable();
    }
  }
}
