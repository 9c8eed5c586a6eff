/**
 * The Excel adapter against the stand-in Excel (tests/excel/fake-excel.ts): syncs and request sizes
 * for reading a district sheet of 100, 10,000 and 200,000 rows × 20 columns, highlighting it and
 * clearing it. The stand-in measures each request as the JSON it loads and writes, and refuses
 * what Excel on the web refuses (5 MB per request, 5,000,000 cells per read).
 */
import { report } from "./support/report";
import type { Highlight } from "../src/core/report/types";
import { OfficeWorkbookHost } from "../src/excel/host";
import { FakeExcel, fakeSheet, type FakeCell } from "../tests/excel/fake-excel";

const COLUMNS = 20;
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
const ms = (start: bigint) => `${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`;

function districtSheet(rows: number) {
  const sheet = fakeSheet("Báo cáo");
  sheet.generated = {
    rows,
    columns: COLUMNS,
    cell: (r, c): FakeCell =>
      r === 0
        ? { value: c === 0 ? "Huyện" : `Chỉ tiêu ${c}` }
        : c === 0
          ? { value: `Xã ${r}` }
          : r % 97 === 0 && c === 3
            ? { value: "#DIV/0!", error: true }
            : { value: 1000 + ((r * 31 + c * 17) % 5000) / 10, numberFormat: c % 4 === 0 ? "0.0%" : "General" },
  };
  return sheet;
}

/** What a validation of such a sheet highlights: a shortfall on every 3rd row, an error every 97th, a warning every 20th. */
function highlightsFor(rows: number): Highlight[] {
  const highlights: Highlight[] = [];
  for (let r = 1; r < rows; r += 1) {
    const row = r + 1;
    if (r % 3 === 0)
      highlights.push({
        sheet: "Báo cáo",
        address: `E${row}`,
        kind: "shortfall",
        note: "Chưa đạt chỉ tiêu ≥ 33, còn thiếu 5,4",
      });
    if (r % 97 === 0)
      highlights.push({ sheet: "Báo cáo", address: `D${row}`, kind: "error", note: "Ô chứa giá trị lỗi #DIV/0!" });
    if (r % 20 === 0)
      highlights.push({
        sheet: "Báo cáo",
        address: `H${row}`,
        kind: "warning",
        note: "Giá trị bất thường so với các xã khác",
      });
  }
  return highlights;
}

async function measure(rows: number): Promise<void> {
  const excel = new FakeExcel([districtSheet(rows)]);
  const host = new OfficeWorkbookHost(excel.environment());
  const step = async (name: string, action: () => Promise<unknown>) => {
    const before = excel.requests.length;
    const syncs = excel.syncs;
    const start = process.hrtime.bigint();
    await action();
    const took = ms(start);
    const requests = excel.requests.slice(before);
    const largest = Math.max(...requests.map((r) => r.bytes));
    const total = requests.reduce((sum, r) => sum + r.bytes, 0);
    const cells = Math.max(...requests.map((r) => r.cells));
    say(
      `| ${rows.toLocaleString("en")} | ${name} | ${excel.syncs - syncs} | ${kb(largest)} | ${kb(total)} | ${cells.toLocaleString("en")} | ${took} |`,
    );
  };
  await step("read", () => host.readActiveSheet());
  const highlights = highlightsFor(rows);
  await step(`highlight ${highlights.length.toLocaleString("en")} cells`, () =>
    host.applyHighlights("Báo cáo", highlights),
  );
  const formats = excel.sheet("Báo cáo").conditionalFormats.length;
  const notes = excel.sheet("Báo cáo").notes.size;
  await step("highlight again (replaces)", () => host.applyHighlights("Báo cáo", highlights));
  await step("clear", () => host.clearHighlights("Báo cáo"));
  say(`|  | (${formats} conditional formats, ${notes} notes) |  |  |  |  |  |`);
}

async function main(): Promise<void> {
  say(
    `| rows × ${COLUMNS} columns | operation | syncs | largest request | all requests | most cells read in a request | time (stand-in) |`,
  );
  say("|---:|---|---:|---:|---:|---:|---:|");
  for (const rows of [100, 10_000, 200_000]) await measure(rows);

  report(
    "## Excel adapter (bench/adapter.bench.ts)",
    [
      "`node bench/adapter.bench.js --record` (compiles the TypeScript with `typescript.transpileModule`; no ts-node).",
      "Against the stand-in Excel of tests/excel/fake-excel.ts: request sizes are the JSON each sync loads and",
      "writes; the stand-in refuses a request above 5 MB or a read above 5,000,000 cells, as Excel on the web does.",
      "Times are the adapter plus the stand-in in Node, not Excel's.",
    ],
    lines,
  );
}

void main();
