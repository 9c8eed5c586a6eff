/** What the first bytes of a file say it is, before exceljs is asked to open it. */
export type FileKind =
  | "xlsx" // a zip container: an .xlsx if exceljs can read it
  | "encrypted" // an OLE container holding an EncryptedPackage: a password-protected .xlsx
  | "ole" // another OLE container: an Excel 97-2003 .xls (or a .doc)
  | "empty"
  | "text" // a CSV or text file, whatever its name
  | "unknown";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);

/** Tells a workbook file's kind from its bytes (the whole file, or at least its OLE directory). */
export function sniffFile(bytes: Buffer): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return "xlsx";
  if (startsWith(bytes, CFB_MAGIC)) return bytes.includes(ENCRYPTED_STREAM) ? "encrypted" : "ole";
  return looksLikeText(bytes.subarray(0, 4096)) ? "text" : "unknown";
}

function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const text = head.toString("utf8");
  const isControl = (code: number) =>
    (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd;
  const controls = [...text].filter((char) => isControl(char.codePointAt(0) ?? 0)).length;
  return controls <= text.length / 50;
}

/** Workbook parts exceljs drops when it writes a workbook back, by the zip entry folder that holds them. */
const PARTS_LOST_IN_COPY: readonly (readonly [entry: string, part: LostPart])[] = [
  ["xl/charts/", "charts"],
  ["xl/pivotTables/", "pivot-tables"],
  ["xl/slicers/", "slicers"],
  ["xl/externalLinks/", "external-links"],
  ["xl/ctrlProps/", "form-controls"],
  ["xl/vbaProject.bin", "macros"],
];

export type LostPart = "charts" | "pivot-tables" | "slicers" | "external-links" | "form-controls" | "macros";

/** What a copy written by exceljs would leave out of this .xlsx (entry names are plain text in a zip's directory). */
export const partsLostInCopy = (bytes: Buffer): LostPart[] =>
  PARTS_LOST_IN_COPY.filter(([entry]) => bytes.includes(entry)).map(([, part]) => part);
