import { ANSI, NO_PAINT, paintFor } from "../../src/cli/colour";
import { csvField, formatCsv } from "../../src/cli/output/csv";
import { formatJson, writeJson } from "../../src/cli/output/json";
import { JsonBytes } from "../../src/cli/output/jsonBytes";
import { SentenceBytes } from "../../src/cli/output/sentenceBytes";
import type { FindingRow, RunReport } from "../../src/cli/output/rows";
import { tidyNumber, toRow } from "../../src/cli/output/rows";
import { findingSequence, validateSnapshot } from "../../src/core/engine/validate";
import type { Finding } from "../../src/core/findings/finding";
import { findPlan } from "../../src/core/plans/registry";
import { LAI_CHAU_WIDE } from "../fixtures/sheets/laiChauWide";
import { LONG_MUONG_TE } from "../fixtures/sheets/longLayout";
import { MORTALITY } from "../fixtures/sheets/mortality";
import { buildSheet } from "../fixtures/sheets/builder";
import HEADERS from "../../bench/support/district-headers.json";
import { formatNumber } from "../../src/core/messages/format";
import { formatTable } from "../../src/cli/output/table";
import { progressBar } from "../../src/cli/progress";

const row = (fields: Partial<FindingRow>): FindingRow => ({
  file: "huyen.xlsx",
  sheet: "Báo cáo",
  cell: "C5",
  district: "Phong Thổ",
  indicator: "BEDS",
  status: "shortfall",
  rule: "target",
  value: 25,
  target: 33,
  comparator: ">=",
  gap: 8,
  message: "Ô C5 (Phong Thổ, Giường bệnh/vạn dân): 25 — chưa đạt",
  ...fields,
});

describe("csvField", () => {
  it("returns fields quoted only when they hold a comma, a quote or a line break", () => {
    expect(["plain", 'say "hi"', "a,b", "two\nlines", 4.5, null].map(csvField)).toEqual([
      "plain",
      '"say ""hi"""',
      '"a,b"',
      '"two\nlines"',
      "4.5",
      "",
    ]);
  });
});

describe("formatCsv", () => {
  it("returns a BOM, the header and one CRLF line per finding, empty fields for nulls", () => {
    expect(formatCsv([row({ cell: null, gap: null })])).toBe(
      "\uFEFFfile,sheet,cell,district,indicator,status,rule,value,target,comparator,gap,message\r\n" +
        'huyen.xlsx,Báo cáo,,Phong Thổ,BEDS,shortfall,target,25,33,>=,,"Ô C5 (Phong Thổ, Giường bệnh/vạn dân): 25 — chưa đạt"\r\n',
    );
  });

  it("returns the header alone when there is no finding", () => {
    expect(formatCsv([]).split("\r\n")).toHaveLength(2);
  });
});

describe("writeJson", () => {
  const summary = { files: 1, sheets: 1, shortfall: 2, error: 0, warning: 0, met: 1 };
  const target = { comparator: ">=", value: 33, unit: "per10k", year: 2025 } as const;
  const finding = (fields: Partial<Finding>): Finding => ({
    status: "shortfall",
    rule: "target",
    sheet: "Báo cáo",
    cell: "C5",
    district: "Phong Thổ",
    scope: "district",
    indicator: "BEDS",
    value: 25,
    target,
    gap: 8,
    ...fields,
  });
  const met = finding({ status: "met", value: 34.5, gap: -1.5000000000000002 });
  const odd: Finding = {
    status: "error",
    rule: "not-a-number",
    sheet: "Báo cáo",
    cell: "D6",
    district: 'Xã "Mới"\nhai dòng',
    scope: "district",
    indicator: "BEDS",
    value: null,
    raw: 'say "hi"\nagain \u2028 \\ ok \u0001',
  };
  const sheetWide: Finding = {
    status: "warning",
    rule: "layout",
    sheet: "Báo cáo",
    district: "",
    scope: "district",
    details: { reason: "no-rows" },
  };
  const tiny = finding({ value: -0.5, gap: 1e-7, district: "Mường Tè 😀" });
  // Target sentences are written into the JSON piece by piece: every way they are worded, and names JSON escapes.
  const pieces = [
    finding({ district: 'Thị trấn "Phong Thổ" và các xã vùng cao\\biên giới' }),
    finding({ status: "met", value: 33, gap: 0, district: "Tam Đường" }),
    finding({ value: 33, gap: 0, target: { ...target, comparator: ">" }, district: "Sìn Hồ" }),
    finding({ value: 29.1, gap: 3.9, details: { derived: "BEDS_COUNT/POPULATION" }, cells: ["D5", "E5"] }),
    finding({ details: { hidden: "row" } }),
    finding({ district: "" }),
    (({ target: _target, gap: _gap, ...untargeted }) => untargeted)(finding({})),
    finding({ indicator: "LIFE_EXP", value: 66.5, target: { ...target, value: 68, unit: "years" }, gap: 1.5 }),
    (({ cell: _cell, ...pooled }) => pooled)(finding({ scope: "pooled", district: "", details: { districts: 12 } })),
  ];
  type Checked = { file: string; results: { findings: Finding[] }[] };
  const cases: Checked[][] = [
    [],
    [{ file: "huyen.xlsx", results: [{ findings: [finding({})] }] }],
    [{ file: "huyen.xlsx", results: [{ findings: [finding({}), met, odd] }, { findings: [] }] }],
    [
      { file: "a.xlsx", results: [{ findings: [odd, sheetWide] }, { findings: [finding({ sheet: 'Sheet "2"' })] }] },
      { file: "thư mục/b.xlsx", results: [{ findings: [tiny, met, odd] }] },
    ],
    [{ file: "huyen.xlsx", results: [{ findings: pieces }] }],
  ];

  it("writes, in blocks, one JSON document listing each finding as the other formats' rows, on a line of its own", () => {
    for (const checked of cases)
      for (const lang of ["vi", "en"] as const)
        for (const all of [false, true]) {
          const blocks: Uint8Array[] = [];
          const head = { plan: "lai-chau", year: 2025 };
          writeJson(head, checked, { lang, all }, summary, (bytes) => blocks.push(bytes), 64);
          const printed = Buffer.concat(blocks).toString("utf8");
          const rows = checked.flatMap(({ file, results }) =>
            results.flatMap((result) =>
              result.findings.filter((item) => all || item.status !== "met").map((item) => toRow(file, item, lang)),
            ),
          );
          expect(JSON.parse(printed)).toEqual({ ...head, findings: rows, summary });
          expect(printed).toBe(formatJson(head, checked, { lang, all }, summary));
          const lines = printed.split("\n");
          const listed = lines.filter((line) => line.startsWith("    {"));
          expect(listed.map((line) => line.trim().replace(/,$/, ""))).toEqual(rows.map((item) => JSON.stringify(item)));
          expect(lines.slice(0, 4)).toEqual([
            "{",
            '  "plan": "lai-chau",',
            '  "year": 2025,',
            `  "findings": [${rows.length === 0 ? "]," : ""}`,
          ]);
        }
  });

  it("lists met targets only when asked to", () => {
    const checked = [{ file: "huyen.xlsx", results: [{ findings: [finding({}), met] }] }];
    const statuses = (all: boolean) =>
      (
        JSON.parse(formatJson({ plan: "lai-chau", year: 2025 }, checked, { lang: "vi", all }, summary)) as {
          findings: FindingRow[];
        }
      ).findings.map((item) => item.status);
    expect(statuses(false)).toEqual(["shortfall"]);
    expect(statuses(true)).toEqual(["shortfall", "met"]);
  });

  it("hands over each block once, never reusing its memory", () => {
    const findings = Array.from({ length: 40 }, (_, index) => finding({ cell: `C${index + 5}` }));
    const blocks: Uint8Array[] = [];
    const copies: string[] = [];
    writeJson(
      { plan: "lai-chau", year: 2025 },
      [{ file: "huyen.xlsx", results: [{ findings }] }],
      { lang: "vi", all: false },
      summary,
      (bytes) => {
        blocks.push(bytes);
        copies.push(Buffer.from(bytes).toString("latin1"));
      },
      256,
    );
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.map((bytes) => Buffer.from(bytes).toString("latin1"))).toEqual(copies);
  });
});

describe("writeJson over the engine's results", () => {
  /** A wide sheet of random figures around the targets, some equal to them, as text, blank, hidden or on a total row. */
  function randomSheet(seed: number) {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const around = (low: number, high: number) => Math.round((low + next() * (high - low)) * 100) / 100;
    const rows = Array.from({ length: 40 }, (_, index) => {
      const population = Math.round(around(20000, 90000));
      const counts = [30, 12, 1.6, 16].map((per10k) => Math.round((population * around(0.8, 1.2) * per10k) / 10000));
      const figures = [around(25, 40), 33, around(1, 2.2), around(13, 20), 95, around(88, 99.5), around(20, 50)];
      const cells = [population, ...counts, ...figures, around(10, 30), around(0.1, 0.6), around(60, 90)].map(
        (value) => (next() < 0.05 ? String(value).replace(".", ",") : next() < 0.03 ? null : value),
      );
      return [index + 1, index === 39 ? "Toàn tỉnh" : `Xã "${index}" Mường Tè`, ...cells];
    });
    return buildSheet({
      name: "Báo cáo 2025",
      rows: [["STT", "Đơn vị", ...HEADERS.slice(0, 15)], ...rows],
      hiddenRows: [5, 9],
    });
  }
  const sheets = [LAI_CHAU_WIDE, LONG_MUONG_TE, MORTALITY, randomSheet(3), randomSheet(11)];
  const plan = findPlan("lai-chau");
  if (plan === undefined) throw new Error("no plan");

  it("writes each finding as toRow gives it, whether kept as an object or as figures", () => {
    for (const includeMet of [false, true])
      for (const year of [2025, 2030]) {
        const validated = () =>
          sheets.map((sheet) => validateSnapshot(sheet, { plan, year, locale: "vi", includeMet }));
        for (const result of validated()) {
          const sequence = findingSequence(result);
          expect(Array.from({ length: sequence.length }, (_, at) => sequence.at(at))).toEqual(result.findings);
          // Once made, the findings themselves are the sequence.
          expect(findingSequence(result).at(0)).toBe(result.findings[0]);
        }
        for (const lang of ["vi", "en"] as const)
          for (const all of [false, true]) {
            // Written before anything asks for `findings`: plain targets straight from their figures.
            const results = validated();
            const checked = [{ file: "thư mục/huyện.xlsx", results }];
            const summary = { files: 1, sheets: results.length, shortfall: 0, error: 0, warning: 0, met: 0 };
            const printed = formatJson({ plan: "lai-chau", year }, checked, { lang, all }, summary);
            const listed = printed.split("\n").filter((line) => line.startsWith("    {"));
            const rows = results.flatMap((result) =>
              result.findings
                .filter((finding) => all || finding.status !== "met")
                .map((finding) => JSON.stringify(toRow("thư mục/huyện.xlsx", finding, lang))),
            );
            expect(listed.map((line) => line.trim().replace(/,$/, ""))).toEqual(rows);
            expect(rows.length).toBeGreaterThan(all && includeMet ? 200 : 40);
          }
      }
  });
});

describe("SentenceBytes", () => {
  const written = (write: (sentence: SentenceBytes) => void): string => {
    const blocks: Uint8Array[] = [];
    const out = new JsonBytes((bytes) => blocks.push(bytes), 16);
    out.quote();
    write(new SentenceBytes(out));
    out.quote();
    out.end();
    return Buffer.concat(blocks).toString("utf8");
  };

  it("writes a sentence's phrases and words as JSON.stringify writes the sentence, whatever they hold", () => {
    const pieces = ['Ô "', "C5", " (\\", 'Xã "Mới"\n', "\u0001\t", "😀 ≥ 33", "\ud800", "—".repeat(40), ""];
    const sentence = pieces.join("");
    expect(
      written((out) => {
        for (const [index, piece] of pieces.entries()) {
          if (index % 2 === 0) out.phrase(piece);
          else out.text(piece);
        }
      }),
    ).toBe(JSON.stringify(sentence));
  });

  it("writes figures exactly as formatNumber does, in both languages", () => {
    const edge = [0, -0, 1, -1, 0.125, 2.675, 1.005, -2.675, 0.0125, 0.00125, 0.00005, -0.00004, 1e-7, -1e-7, 999.995];
    const large = [1000, 1234567.891, -1234567.891, 999999.999, 1e9 + 0.5, 2 ** 40, 2 ** 53, 1e21, -1e21, 1e300];
    const special = [Number.MIN_VALUE, Number.MAX_VALUE, NaN, Infinity, -Infinity, 0.1 + 0.2, 27.6, 4.899999999999999];
    let state = 11;
    const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const generated = Array.from({ length: 30000 }, (_, index) => {
      const value = (random() - 0.3) * 10 ** ((index % 16) - 5);
      return index % 4 === 0 ? Number(value.toFixed(index % 6)) : value;
    });
    const values = [...edge, ...large, ...special, ...generated];
    for (const lang of ["vi", "en"] as const)
      expect(written((out) => values.forEach((value) => (out.figure(value, lang), out.phrase(" "))))).toBe(
        JSON.stringify(values.map((value) => `${formatNumber(value, lang)} `).join("")),
      );
  });

  it("writes phrases right however many it has kept", () => {
    const phrases = Array.from({ length: 5000 }, (_, index) => `"${index}", `);
    const twice = [...phrases, ...phrases.slice(0, 100), ...phrases.slice(4900)];
    expect(written((out) => twice.forEach((phrase) => out.phrase(phrase)))).toBe(JSON.stringify(twice.join("")));
  });
});

describe("JsonBytes", () => {
  const written = (write: (out: JsonBytes) => void): string => {
    const blocks: Uint8Array[] = [];
    const out = new JsonBytes((bytes) => blocks.push(bytes), 16);
    write(out);
    out.end();
    return Buffer.concat(blocks).toString("utf8");
  };

  it("writes strings exactly as JSON.stringify does, escapes and surrogates included", () => {
    const values = [
      "",
      "Mường Tè",
      'a "quoted" \\ path',
      'Xã "Mới"',
      "back\\slash",
      "tab\there\nnew",
      "\u0001\u001f\u007f",
      "😀 ok",
      "\ud800 lone",
      "end \udc00",
      "≥ 33",
    ];
    // Short strings are encoded by JsonBytes itself, long ones by Buffer: both ways, escapes anywhere.
    const longer = values.flatMap((value) => [`${value}${"ư".repeat(30)}`, `${"Huyện ".repeat(6)}${value}`]);
    for (const value of [...values, ...longer]) expect(written((out) => out.string(value))).toBe(JSON.stringify(value));
    expect(written((out) => out.string(null))).toBe("null");
  });

  it("writes numbers exactly as JSON.stringify does", () => {
    const edge = [
      0,
      -0,
      1,
      -1,
      0.5,
      -0.5,
      27.6,
      4.9,
      1e-6,
      1e-7,
      0.3 + 0.1,
      0.1 + 0.2,
      999999999.5,
      1e9,
      123456789.123456,
    ];
    const more = [2 ** 53, 1e21, -1e21, 12345678912345.5, Number.MIN_VALUE, Number.MAX_VALUE, NaN, Infinity];
    let state = 7;
    const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const generated = Array.from({ length: 20000 }, (_, index) => {
      const digits = index % 8;
      const value = Number(((random() - 0.3) * 10 ** (index % 11)).toFixed(digits));
      return index % 3 === 0 ? value : value / 7;
    });
    const values = [...edge, ...more, ...generated];
    const printed = written((out) => values.forEach((value) => (out.number(value), out.json(","))));
    expect(printed).toBe(values.map((value) => `${JSON.stringify(value)},`).join(""));
    expect(written((out) => out.number(null))).toBe("null");
  });
});

describe("tidyNumber", () => {
  it("returns numbers without binary noise and null for none", () => {
    expect([tidyNumber(33 - 28.1), tidyNumber(0.1 + 0.2), tidyNumber(NaN), tidyNumber(undefined)]).toEqual([
      4.9,
      0.3,
      null,
      null,
    ]);
    expect([tidyNumber(-45.210000000000001), tidyNumber(12345.678901234567), tidyNumber(0.00041234567891234)]).toEqual([
      -45.21, 12345.6789012, 0.000412345678912,
    ]);
  });

  it("returns for figures below 1 what twelve significant digits give", () => {
    let state = 5;
    const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const values = Array.from({ length: 50000 }, (_, index) => {
      const written = Number((random() * 0.99 * 10 ** -(index % 3)).toFixed(2 + (index % 6)));
      return index % 2 === 0 ? written : (written * 3) / 7 - 1e-17;
    });
    const ties = [0.1234567890125, 0.01234567890125, -0.5000000000005, 0.0999999999995];
    expect(values.every((value) => Math.abs(value) < 1)).toBe(true);
    const differing = [...values, ...ties].filter((value) => tidyNumber(value) !== Number(value.toPrecision(12)));
    expect(differing).toEqual([]);
  });
});

describe("formatTable", () => {
  const report: RunReport = {
    plan: "lai-chau",
    year: 2025,
    findings: [
      row({}),
      row({ cell: "D6", district: "Sìn Hồ", status: "error", rule: "error-value", indicator: "INSURANCE" }),
    ],
    summary: { files: 2, sheets: 2, shortfall: 1, error: 1, warning: 0, met: 3 },
  };
  const checked = [
    { file: "huyen.xlsx", sheets: ["Báo cáo"] },
    { file: "khac.xlsx", sheets: ["Sheet1"] },
  ];

  it("returns findings by file, sheet and district, and the files without problems", () => {
    expect(formatTable(report, checked, "vi", NO_PAINT)).toBe(
      [
        "huyen.xlsx › Báo cáo",
        "  Phong Thổ",
        "    chưa đạt  C5    BEDS       Ô C5 (Phong Thổ, Giường bệnh/vạn dân): 25 — chưa đạt",
        "  Sìn Hồ",
        "    lỗi       D6    INSURANCE  Ô C5 (Phong Thổ, Giường bệnh/vạn dân): 25 — chưa đạt",
        "",
        "khac.xlsx › Sheet1",
        "  ✓ không có vấn đề",
        "",
        "2 tệp, 2 trang: 1 chưa đạt, 1 lỗi, 0 cảnh báo, 3 đạt — kế hoạch lai-chau, năm 2025",
        "",
      ].join("\n"),
    );
  });

  it("returns statuses coloured when painting with ANSI", () => {
    const text = formatTable(report, checked, "en", ANSI);
    expect(text).toContain("\u001b[35mshortfall\u001b[39m");
    expect(text).toContain("\u001b[31merror    \u001b[39m");
  });
});

describe("paintFor", () => {
  it("returns ANSI only on a terminal with NO_COLOR unset or empty", () => {
    expect(paintFor(true, {})).toBe(ANSI);
    expect(paintFor(true, { NO_COLOR: "" })).toBe(ANSI);
    expect(paintFor(true, { NO_COLOR: "1" })).toBe(NO_PAINT);
    expect(paintFor(false, {})).toBe(NO_PAINT);
    expect(paintFor(undefined, {})).toBe(NO_PAINT);
  });
});

describe("progressBar", () => {
  const stream = (isTTY: boolean, columns = 80) => {
    const writes: string[] = [];
    return { writes, isTTY, columns, write: (text: string) => writes.push(text) };
  };

  it("returns a bar drawn on a terminal for more than a few files", () => {
    const terminal = stream(true);
    const bar = progressBar(terminal, 10);
    bar.tick(5, "samples/lai-chau-tong-hop-2025.xlsx");
    bar.done();
    expect(terminal.writes).toEqual([
      "\r\u001b[2K[############------------] 5/10 samples/lai-chau-tong-hop-2025.xlsx",
      "\r\u001b[2K",
    ]);
  });

  it("returns the file name cut from the left to fit a narrow terminal", () => {
    const narrow = stream(true, 50);
    progressBar(narrow, 10).tick(5, "samples/lai-chau-tong-hop-2025.xlsx");
    expect(narrow.writes).toEqual(["\r\u001b[2K[############------------] 5/10 …ng-hop-2025.xlsx"]);
  });

  it("returns a bar that draws nothing off a terminal or for a few files", () => {
    const piped = stream(false);
    progressBar(piped, 10).tick(1, "a.xlsx");
    const few = stream(true);
    progressBar(few, 3).tick(1, "a.xlsx");
    expect([...piped.writes, ...few.writes]).toEqual([]);
  });
});
