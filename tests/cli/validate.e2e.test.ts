import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findPlan, nearestYear } from "../../src/core/plans/registry";
import { writeFixtures, type Fixtures } from "../fixtures/workbooks/build";
import { BIN, plancheck, requireBuiltCommand, sha256, tempDir } from "./run-built";

interface JsonFinding {
  file: string;
  sheet: string;
  cell: string | null;
  district: string | null;
  indicator: string | null;
  status: string;
  rule: string;
  value: number | null;
  target: number | null;
  comparator: string | null;
  gap: number | null;
  message: string;
}
interface JsonReport {
  plan: string;
  year: number;
  findings: JsonFinding[];
  summary: { files: number; sheets: number; shortfall: number; error: number; warning: number; met: number };
}

// Each case runs the built command in a child process (exceljs alone takes about a second to load).
jest.setTimeout(120_000);

let fixtures: Fixtures;
const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;

beforeAll(async () => {
  requireBuiltCommand();
  fixtures = await writeFixtures(tempDir("fixtures"));
});

describe("plancheck validate --format json", () => {
  it("returns one JSON document with the exact findings of a small workbook", () => {
    const run = plancheck(["validate", fixtures.small, "--year", "2025", "--format", "json", "--lang", "en"]);
    const report = json(run.stdout);
    const finding = (fields: Partial<JsonFinding>): JsonFinding => ({
      file: fixtures.small,
      sheet: "Báo cáo",
      cell: null,
      district: null,
      indicator: null,
      status: "shortfall",
      rule: "target",
      value: null,
      target: null,
      comparator: null,
      gap: null,
      message: expect.stringContaining(`Cell ${fields.cell}`) as unknown as string,
      ...fields,
    });
    expect(report.plan).toBe("lai-chau");
    expect(report.year).toBe(2025);
    expect(report.findings).toEqual([
      finding({
        cell: "C5",
        district: "Phong Thổ",
        indicator: "BEDS",
        value: 25,
        target: 33,
        comparator: ">=",
        gap: 8,
      }),
      finding({
        cell: "D5",
        district: "Phong Thổ",
        indicator: "INSURANCE",
        value: 94,
        target: 95,
        comparator: ">",
        gap: 1,
      }),
      finding({ cell: "D6", district: "Sìn Hồ", indicator: "INSURANCE", status: "error", rule: "error-value" }),
      finding({ cell: "D7", district: "Toàn tỉnh", indicator: "INSURANCE", status: "warning", rule: "missing" }),
    ]);
    expect(report.findings[2]?.message).toContain("#DIV/0!");
    expect(report.summary).toEqual({ files: 1, sheets: 1, shortfall: 2, error: 1, warning: 1, met: 6 });
    expect(run.stderr).toBe("");
  });

  it("returns the met checks too with --all, pooled province figures with a null cell", () => {
    const report = json(plancheck(["validate", fixtures.small, "--year", "2025", "--format", "json", "--all"]).stdout);
    expect(report.findings).toHaveLength(10);
    expect(report.findings.filter((f) => f.status === "met").map((f) => f.cell)).toEqual([
      "C4",
      "D4",
      "C6",
      "C7",
      null,
      null,
    ]);
    const pooledBeds = report.findings.find((f) => f.cell === null && f.indicator === "BEDS");
    expect(pooledBeds?.value).toBeCloseTo(34.444, 3);
  });

  it("returns messages in the --lang language", () => {
    const vi = json(
      plancheck(["validate", fixtures.small, "--year", "2025", "--format", "json", "--lang", "vi"]).stdout,
    );
    expect(vi.findings[0]?.message).toMatch(/^Ô C5 \(Phong Thổ, .*chưa đạt chỉ tiêu ≥ 33 năm 2025/);
    const en = json(
      plancheck(["validate", fixtures.small, "--year", "2025", "--format", "json", "--lang", "en"]).stdout,
    );
    expect(en.findings[0]?.message).toMatch(/short of the 2025 target ≥ 33 by 8/);
  });

  it("returns the plan's nearest target year when --year is absent", () => {
    const report = json(plancheck(["validate", fixtures.clean, "--format", "json"]).stdout);
    expect(report.year).toBe(nearestYear(findPlan("lai-chau")!, new Date().getFullYear()));
  });

  it("returns findings against another plan given by id", () => {
    const report = json(plancheck(["validate", fixtures.small, "--plan", "yen-bai", "--format", "json"]).stdout);
    expect(report).toMatchObject({ plan: "yen-bai", year: 2024 });
  });
});

describe("plancheck validate exit status", () => {
  const status = (file: string, ...args: string[]) =>
    plancheck(["validate", file, "--year", "2025", "--format", "json", ...args]).status;

  it("returns 1 for an error finding at the default --fail-on error, 0 with --fail-on none", () => {
    expect(status(fixtures.small)).toBe(1);
    expect(status(fixtures.small, "--fail-on", "none")).toBe(0);
    expect(status(fixtures.small, "--fail-on", "shortfall")).toBe(1);
  });

  it("returns 0 for shortfalls unless --fail-on shortfall", () => {
    expect(status(fixtures.short)).toBe(0);
    expect(status(fixtures.short, "--fail-on", "error")).toBe(0);
    expect(status(fixtures.short, "--fail-on", "shortfall")).toBe(1);
  });

  it("returns 0 for a workbook meeting every target, whatever --fail-on", () => {
    expect(status(fixtures.clean, "--fail-on", "shortfall")).toBe(0);
  });
});

describe("plancheck usage errors", () => {
  const usageError = (args: string[], message: RegExp) => {
    const run = plancheck(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    return run;
  };

  it("returns 2 with the message and the usage for bad arguments", () => {
    const run = usageError([], /plancheck: no command given/);
    expect(run.stderr).toContain("Usage: plancheck validate <file.xlsx>...");
    usageError(["check", fixtures.small], /unknown command "check"/);
    usageError(["validate"], /no workbook given/);
    usageError(["validate", fixtures.small, "--colour"], /Unknown option '--colour'/);
    usageError(["validate", fixtures.small, "--format", "xml"], /--format must be one of table, json, csv/);
    usageError(["validate", fixtures.small, "--fail-on", "warning"], /--fail-on must be one of none, error, shortfall/);
    usageError(["validate", fixtures.small, "--year", "next"], /--year must be a year/);
    usageError(["validate", fixtures.small, "--lang", "fr"], /--lang must be one of vi, en/);
    usageError(["validate", fixtures.small, "--plan"], /argument missing|--plan/);
  });

  it("returns 2 for a plan or year the command does not know", () => {
    usageError(
      ["validate", fixtures.small, "--plan", "ha-noi"],
      /unknown plan "ha-noi" \(plans: lai-chau, lang-son, yen-bai/,
    );
    usageError(
      ["validate", fixtures.small, "--year", "2027"],
      /plan "lai-chau" has no targets for 2027 \(years: 2025, 2030\)/,
    );
  });

  it("returns 2 naming every field that is wrong in a user's plan file", () => {
    const dir = tempDir("plan");
    const planFile = join(dir, "plan.json");
    writeFileSync(
      planFile,
      JSON.stringify({
        id: "Tinh X",
        province: { vi: "X", en: "X" },
        title: { vi: "Kế hoạch", en: "Plan" },
        sources: [{ file: "x.txt", title: "x" }],
        targets: [
          {
            indicator: "BEDS",
            year: 2025,
            comparator: "at least",
            value: 30,
            unit: "per10k",
            source: { file: "x", quote: "x" },
          },
          {
            indicator: "GIUONG",
            year: 2025,
            comparator: ">=",
            value: 30,
            unit: "per10k",
            source: { file: "x", quote: "x" },
          },
        ],
      }),
    );
    const run = usageError(["validate", fixtures.small, "--plan", planFile], /not a valid plan/);
    expect(run.stderr).toMatch(/^ {2}id: /m);
    expect(run.stderr).toMatch(/^ {2}targets\.0\.comparator: /m);
    expect(run.stderr).toMatch(/^ {2}targets\.1\.indicator: unknown indicator code "GIUONG"/m);
    writeFileSync(planFile, "{ not json");
    usageError(["validate", fixtures.small, "--plan", planFile], /\(file\): not valid JSON/);
    usageError(["validate", fixtures.small, "--plan", join(dir, "none.json")], /plan file not found/);
  });

  it("returns the findings against a valid plan file", () => {
    const dir = tempDir("plan");
    const planFile = join(dir, "plan.json");
    const plan = {
      id: "thu-nghiem",
      province: { vi: "Thử nghiệm", en: "Test" },
      title: { vi: "Kế hoạch thử", en: "Test plan" },
      sources: [{ file: "test.txt", title: "test" }],
      targets: [
        {
          indicator: "BEDS",
          year: 2026,
          comparator: ">=",
          value: 36,
          unit: "per10k",
          source: { file: "t", quote: "q" },
        },
      ],
    };
    writeFileSync(planFile, JSON.stringify(plan));
    const run = plancheck(["validate", fixtures.clean, "--plan", planFile, "--format", "json", "--all"]);
    const report = json(run.stdout);
    expect(report).toMatchObject({ plan: "thu-nghiem", year: 2026 });
    const beds = report.findings.filter((f) => f.indicator === "BEDS" && f.cell !== null);
    expect(beds.map((f) => [f.cell, f.status])).toEqual([
      ["C2", "shortfall"],
      ["C3", "shortfall"],
      ["C4", "met"],
    ]);
  });

  it("returns 0 and the usage for --help", () => {
    const run = plancheck(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--fail-on <level>");
    expect(plancheck(["validate", "--help", "--lang", "vi"]).stdout).toContain("Cách dùng: plancheck validate");
  });
});

describe("plancheck with workbooks it cannot read", () => {
  it("returns 2 with one clear line per bad file while the good files are still checked", () => {
    const bad = [
      fixtures.corruptZip,
      fixtures.encrypted,
      fixtures.xls,
      fixtures.csvRenamed,
      fixtures.emptyWorkbook,
      fixtures.emptyFile,
      fixtures.missing,
    ];
    const run = plancheck(["validate", fixtures.small, ...bad, fixtures.clean, "--year", "2025", "--format", "json"]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual([
      `plancheck: ${fixtures.corruptZip}: the workbook is damaged and cannot be opened (Corrupted zip: can't find end of central directory)`,
      expect.stringMatching(new RegExp(`^plancheck: ${fixtures.encrypted}: the workbook is password-protected`)),
      expect.stringMatching(new RegExp(`^plancheck: ${fixtures.xls}: an Excel 97-2003 \\.xls file`)),
      expect.stringMatching(
        new RegExp(`^plancheck: ${fixtures.csvRenamed}: a text or CSV file, not an \\.xlsx workbook`),
      ),
      `plancheck: ${fixtures.emptyWorkbook}: the workbook is empty: no visible sheet holds any data`,
      `plancheck: ${fixtures.emptyFile}: the file is empty (0 bytes)`,
      `plancheck: ${fixtures.missing}: file not found`,
    ]);
    const report = json(run.stdout);
    expect(report.summary.files).toBe(2);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set([fixtures.small]));
  });

  it("returns 2 in Vietnamese naming the sheet that is not there", () => {
    const run = plancheck(["validate", fixtures.small, "--sheet", "Tổng hợp", "--lang", "vi"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`plancheck: ${fixtures.small}: không có trang tính "Tổng hợp" (các trang: "Báo cáo")\n`);
  });

  it("returns the files a wildcard the shell left alone matches", () => {
    const dir = tempDir("glob");
    copyFileSync(fixtures.small, join(dir, "a.xlsx"));
    copyFileSync(fixtures.clean, join(dir, "b.xlsx"));
    const report = json(plancheck(["validate", join(dir, "*.xlsx"), "--year", "2025", "--format", "json"]).stdout);
    expect(report.summary.files).toBe(2);
  });
});

describe("plancheck output formats", () => {
  it("returns CSV with a byte order mark, a header row, CRLF lines and quoted messages", () => {
    const run = plancheck(["validate", fixtures.small, "--year", "2025", "--format", "csv", "--lang", "vi"]);
    expect(
      run.stdout.startsWith(
        "\uFEFFfile,sheet,cell,district,indicator,status,rule,value,target,comparator,gap,message\r\n",
      ),
    ).toBe(true);
    const lines = run.stdout.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      new RegExp(`^${fixtures.small},Báo cáo,C5,Phong Thổ,BEDS,shortfall,target,25,33,>=,8,"Ô C5 \\(Phong Thổ, .*"$`),
    );
  });

  it("returns a table by file, sheet and district, without colour when not on a terminal", () => {
    const run = plancheck(["validate", fixtures.small, fixtures.clean, "--year", "2025", "--lang", "en"]);
    expect(run.stdout.includes("\u001b[")).toBe(false);
    expect(run.stdout).toContain(`${fixtures.small} › Báo cáo\n  Phong Thổ\n    shortfall  C5 `);
    expect(run.stdout).toContain(`${fixtures.clean} › Báo cáo\n  ✓ no problems`);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe(
      "2 file(s), 2 sheet(s): 2 shortfall(s), 1 error(s), 1 warning(s), 14 met — plan lai-chau, year 2025",
    );
    expect(run.stderr).toBe("");
  });
});

describe("plancheck validate --out", () => {
  it("refuses to write a copy over its input and leaves it untouched", () => {
    const dir = tempDir("same");
    const input = join(dir, "small.xlsx");
    copyFileSync(fixtures.small, input);
    const before = sha256(input);
    const run = plancheck(["validate", input, "--out", dir, "--year", "2025"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/the copy would overwrite the input/);
    expect(sha256(input)).toBe(before);
  });

  it("returns a notice naming what the copy leaves out, without failing", () => {
    const out = tempDir("chart");
    const run = plancheck(["validate", fixtures.withChart, "--out", out, "--year", "2025", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `plancheck: ${fixtures.withChart}: note: the highlighted copy leaves out the workbook's charts, pivot tables; the original is unchanged\n`,
    );
  });

  it("writes copies under distinct names when two inputs share a name", () => {
    const a = tempDir("a");
    const b = tempDir("b");
    copyFileSync(fixtures.small, join(a, "bao-cao.xlsx"));
    copyFileSync(fixtures.clean, join(b, "bao-cao.xlsx"));
    const out = join(tempDir("out"), "nested", "copies");
    mkdirSync(out, { recursive: true });
    const run = plancheck([
      "validate",
      join(a, "bao-cao.xlsx"),
      join(b, "bao-cao.xlsx"),
      "--out",
      out,
      "--fail-on",
      "none",
    ]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, "bao-cao.xlsx")).length).toBeGreaterThan(0);
    expect(readFileSync(join(out, "bao-cao (2).xlsx")).length).toBeGreaterThan(0);
  });
});

describe("bin/plancheck.js", () => {
  it("returns 2 and says to build when dist/ is missing", () => {
    const dir = tempDir("unbuilt");
    mkdirSync(join(dir, "bin"));
    copyFileSync(BIN, join(dir, "bin", "plancheck.js"));
    const run = spawnSync(process.execPath, [join("bin", "plancheck.js"), "validate", "a.xlsx"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`plancheck: ${join("dist", "cli", "plancheck.js")} is missing: run npm run build\n`);
  });
});
