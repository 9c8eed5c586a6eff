import type { Finding } from "../../src/core/findings/finding";
import { planHighlights } from "../../src/core/report/highlights";
import { buildReport } from "../../src/core/report/table";
import { LAI_CHAU_WIDE } from "../fixtures/sheets/laiChauWide";
import { MORTALITY } from "../fixtures/sheets/mortality";
import { validate } from "./helpers";

const wide = validate(LAI_CHAU_WIDE);

describe("planHighlights", () => {
  const highlights = planHighlights(wide.findings, "vi");

  it("returns one highlight per cell with a problem, none for met cells or pooled figures", () => {
    const addresses = highlights.map((highlight) => highlight.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).not.toContain("D5");
    expect(addresses).toContain("D7");
    expect(highlights).toHaveLength(35);
    expect(highlights.every((highlight) => highlight.sheet === "Báo cáo 2025")).toBe(true);
  });

  it("returns the worst status as the colour and every finding on the cell in the note", () => {
    const byCell = Object.fromEntries(highlights.map((highlight) => [highlight.address, highlight]));
    expect(byCell["D7"]).toEqual({
      sheet: "Báo cáo 2025",
      address: "D7",
      kind: "shortfall",
      note: "27,6 — chưa đạt chỉ tiêu ≥ 33 năm 2025, còn thiếu 5,4.",
    });
    expect(byCell["D9"]).toMatchObject({ kind: "warning" });
    expect(byCell["D10"]?.kind).toBe("error");
    const mortality = planHighlights(validate(MORTALITY).findings, "en");
    expect(mortality.find((highlight) => highlight.address === "B5")).toEqual({
      sheet: "Tu vong tre em",
      address: "B5",
      kind: "error",
      note: "33‰ is above under-five mortality, 31 (cell C5), which cannot be.\n33‰ is short of the 2025 target < 29‰ by 4.",
    });
  });

  it("returns nothing for no findings", () => {
    expect(planHighlights([], "en")).toEqual([]);
  });

  it("returns '+n more' when a cell has more findings than a note shows", () => {
    const base: Finding = {
      status: "warning",
      rule: "outlier",
      sheet: "S",
      cell: "B2",
      district: "X",
      scope: "district",
    };
    const four = [base, base, { ...base, status: "error" as const, rule: "order" as const }, base];
    const [only] = planHighlights(four, "en");
    expect(only?.kind).toBe("error");
    expect(only?.note.split("\n")).toHaveLength(4);
    expect(only?.note.endsWith("… and 1 more")).toBe(true);
  });
});

describe("buildReport", () => {
  it("returns headers, a sheet name and rows sorted by district then indicator, in English", () => {
    const report = buildReport([wide], "en");
    expect(report.sheetName).toBe("PlanCheck 2025");
    expect(report.headers).toEqual(["Status", "District", "Indicator", "Cell", "Value", "Target", "Gap", "Message"]);
    expect(report.rows).toHaveLength(wide.findings.length);
    const districts = report.rows.map((cells) => cells[1]);
    expect(districts.slice(0, 6)).toEqual(["Mường Tè", "Mường Tè", "Mường Tè", "Mường Tè", "Mường Tè", "Nậm Nhùn"]);
    expect(report.rows[0]).toEqual([
      "Shortfall",
      "Mường Tè",
      "beds per 10,000",
      "D7",
      27.6,
      "≥ 33",
      5.4,
      "Cell D7 (Mường Tè, beds per 10,000): 27.6 is short of the 2025 target ≥ 33 by 5.4.",
    ]);
  });

  it("returns Vietnamese headers and qualified cells when several sheets are reported", () => {
    const report = buildReport([wide, validate(MORTALITY)], "vi");
    expect(report.sheetName).toBe("Báo cáo PlanCheck 2025");
    expect(report.headers[0]).toBe("Kết quả");
    expect(report.rows.some((cells) => cells[3] === "'Tu vong tre em'!B5")).toBe(true);
    expect(report.rows.some((cells) => cells[3] === "'Báo cáo 2025'!D7")).toBe(true);
  });

  it("returns an empty table for no results", () => {
    const report = buildReport([], "en");
    expect(report.rows).toEqual([]);
    expect(report.sheetName).toBe("PlanCheck");
  });
});
