import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, openWorkbook } from "../../src/cli/read-workbook";
import { partsLostInCopy, sniffFile } from "../../src/cli/sniff";
import { cfbFile } from "../fixtures/workbooks/build";

const xlsxBytes = async (build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const problemOf = async (bytes: Buffer) => {
  const result = await loadWorkbook(bytes);
  return result.success ? undefined : result.issues[0];
};

describe("loadWorkbook", () => {
  it("returns the workbook of valid .xlsx bytes", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("Báo cáo").getCell("A1").value = "Huyện";
    });
    const result = await loadWorkbook(bytes);
    expect(result.success && result.data.worksheets.map((sheet) => sheet.name)).toEqual(["Báo cáo"]);
  });

  it("returns 'encrypted' for a password-protected workbook (an OLE container with an EncryptedPackage)", async () => {
    expect(await problemOf(cfbFile(["EncryptionInfo", "EncryptedPackage"]))).toEqual({ kind: "encrypted" });
  });

  it("returns 'xls' for an Excel 97-2003 workbook", async () => {
    expect(await problemOf(cfbFile(["Workbook"]))).toEqual({ kind: "xls" });
  });

  it("returns 'text' for a CSV or text file, whatever its name", async () => {
    expect(await problemOf(Buffer.from("Huyện;Dân số\nTam Đường;45.210\n"))).toEqual({ kind: "text" });
  });

  it("returns 'not-xlsx' for other binary files", async () => {
    expect(await problemOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({
      kind: "not-xlsx",
    });
  });

  it("returns 'empty-file' for no bytes", async () => {
    expect(await problemOf(Buffer.alloc(0))).toEqual({ kind: "empty-file" });
  });

  it("returns 'corrupt' with exceljs's one-line reason for a damaged zip", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("x").getCell("A1").value = 1;
    });
    expect(await problemOf(bytes.subarray(0, 100))).toEqual({
      kind: "corrupt",
      reason: "Corrupted zip: can't find end of central directory",
    });
    const scrambled = Buffer.from(bytes);
    scrambled.fill(0x41, 30, 400);
    expect(await problemOf(scrambled)).toMatchObject({ kind: "corrupt" });
  });

  it("returns 'no-worksheets' for a zip that is not a workbook (a .docx renamed)", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    expect(await problemOf(await zip.generateAsync({ type: "nodebuffer" }))).toEqual({ kind: "no-worksheets" });
  });
});

describe("openWorkbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-open-"));

  it("returns 'missing' for a file that is not there and 'directory' for a folder", async () => {
    const missing = await openWorkbook(join(dir, "none.xlsx"));
    expect(missing.success ? undefined : missing.issues).toEqual([{ kind: "missing" }]);
    const folder = await openWorkbook(dir);
    expect(folder.success ? undefined : folder.issues).toEqual([{ kind: "directory" }]);
  });

  it("returns the problem of the file's bytes", async () => {
    const file = join(dir, "bao-cao.xlsx");
    writeFileSync(file, "STT,Huyện\n1,Tam Đường\n");
    const result = await openWorkbook(file);
    expect(result.success ? undefined : result.issues).toEqual([{ kind: "text" }]);
  });
});

describe("sniffFile", () => {
  it("returns 'xlsx' for a zip, including an empty one", () => {
    expect(sniffFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe("xlsx");
    expect(sniffFile(Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0]))).toBe("xlsx");
  });

  it("returns 'unknown' rather than 'text' for bytes holding NULs", () => {
    expect(sniffFile(Buffer.from("abc\u0000def"))).toBe("unknown");
  });
});

describe("partsLostInCopy", () => {
  it("returns the parts exceljs cannot write back that the workbook holds", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/externalLinks/externalLink1.xml", "<externalLink/>");
    expect(partsLostInCopy(await zip.generateAsync({ type: "nodebuffer" }))).toEqual(["charts", "external-links"]);
  });

  it("returns nothing for a plain workbook", async () => {
    expect(partsLostInCopy(await xlsxBytes((workbook) => void workbook.addWorksheet("x")))).toEqual([]);
  });
});
