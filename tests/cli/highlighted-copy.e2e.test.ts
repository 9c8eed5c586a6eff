// exceljs cells, not Office.js proxies: nothing to load or sync.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { HIGHLIGHT_FILLS } from "../../src/cli/highlight-copy";
import { writeFixtures, type Fixtures } from "../fixtures/workbooks/build";
import { plancheck, requireBuiltCommand, sha256, tempDir } from "./run-built";

// Each case runs the built command in a child process (exceljs alone takes about a second to load).
jest.setTimeout(120_000);

let fixtures: Fixtures;
let input: string;
let out: string;
let inputHash: string;
let findings: { cell: string | null; status: string }[];
let allFindings: number;
let original: ExcelJS.Workbook;
let copy: ExcelJS.Workbook;

const fillOf = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? undefined) : undefined;

/** Every cell of a sheet that holds something or has a style, by address. */
function cellsOf(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, cell);
    }),
  );
  return cells;
}

beforeAll(async () => {
  requireBuiltCommand();
  fixtures = await writeFixtures(tempDir("fixtures"));
  const dir = tempDir("input");
  input = join(dir, "styled.xlsx");
  copyFileSync(fixtures.styled, input);
  inputHash = sha256(input);
  out = join(tempDir("out"), "highlighted");
  const run = plancheck(["validate", input, "--out", out, "--year", "2025", "--format", "json", "--lang", "vi"]);
  expect(run.stderr).toBe("");
  findings = (JSON.parse(run.stdout) as { findings: typeof findings }).findings;
  const all = plancheck(["validate", input, "--year", "2025", "--format", "json", "--all"]);
  allFindings = (JSON.parse(all.stdout) as { findings: unknown[] }).findings.length;
  original = new ExcelJS.Workbook();
  await original.xlsx.readFile(input);
  copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(join(out, "styled.xlsx"));
});

describe("plancheck validate --out", () => {
  it("leaves the input file byte for byte as it was", () => {
    expect(sha256(input)).toBe(inputHash);
    expect(existsSync(join(out, "styled.xlsx"))).toBe(true);
  });

  it("returns a copy with fills on exactly the cells of the findings, coloured by kind", () => {
    const sheet = copy.getWorksheet("Báo cáo")!;
    const before = original.getWorksheet("Báo cáo")!;
    const changed = [...cellsOf(sheet)]
      .filter(([address, cell]) => fillOf(cell) !== fillOf(before.getCell(address)))
      .map(([address, cell]) => [address, fillOf(cell)]);
    const expected = findings
      .filter((finding) => finding.cell !== null)
      .map((finding) => [finding.cell, HIGHLIGHT_FILLS[finding.status as "error" | "shortfall" | "warning"]]);
    expect(changed.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it("returns a copy with every value, number format, font and width as it was", () => {
    const sheet = copy.getWorksheet("Báo cáo")!;
    for (const [address, cell] of cellsOf(original.getWorksheet("Báo cáo")!)) {
      const copied = sheet.getCell(address);
      expect([address, copied.value]).toEqual([address, cell.value]);
      expect([address, copied.numFmt]).toEqual([address, cell.numFmt]);
      expect([address, copied.font]).toEqual([address, cell.font]);
    }
    expect(sheet.getColumn(1).width).toBe(18);
    expect(fillOf(sheet.getCell("B3"))).toBe("FFDDEBF7");
  });

  it("returns a copy keeping the user's note and adding the finding below it", () => {
    const sheet = copy.getWorksheet("Báo cáo")!;
    const note = sheet.getCell("D5").note;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((run) => run.text).join("");
    expect(text).toMatch(/^Số liệu tạm tính\n\nPlanCheck:\n94% — chưa đạt chỉ tiêu > 95% năm 2025/);
    expect(String(sheet.getCell("C5").note)).toMatch(/^PlanCheck:\n25 .*chưa đạt chỉ tiêu ≥ 33/);
    expect(sheet.getCell("C4").note).toBeUndefined();
  });

  it("returns a copy with a report sheet holding a table row per finding", () => {
    const report = copy.worksheets.find((sheet) => sheet.name.startsWith("Báo cáo PlanCheck"));
    expect(report?.name).toBe("Báo cáo PlanCheck 2025");
    expect(report?.getCell("A1").value).toBe("PlanCheck — đối chiếu kế hoạch lai-chau 2025");
    expect(report?.getRow(3).values).toEqual([
      undefined,
      "Kết quả",
      "Huyện",
      "Chỉ tiêu",
      "Ô",
      "Giá trị",
      "Mục tiêu",
      "Còn thiếu",
      "Nhận xét",
    ]);
    const rows: unknown[] = [];
    report?.eachRow((row, number) => {
      if (number > 3) rows.push(row.values);
    });
    expect(rows).toHaveLength(allFindings);
    expect(rows).toContainEqual([
      undefined,
      "Chưa đạt",
      "Phong Thổ",
      expect.any(String),
      "C5",
      25,
      "≥ 33",
      8,
      expect.any(String),
    ]);
  });

  it("returns the findings of the data sheet alone when the copy is checked again", () => {
    const run = plancheck(["validate", join(out, "styled.xlsx"), "--year", "2025", "--format", "json"]);
    const again = JSON.parse(run.stdout) as { findings: unknown[]; summary: { sheets: number } };
    expect(again.summary.sheets).toBe(1);
    expect(again.findings).toHaveLength(findings.length);
  });
});
