import { validateSnapshot } from "../../src/core/engine/validate";
import { buildSheet } from "../fixtures/sheets/builder";
import { COUNTS_ONLY } from "../fixtures/sheets/countsOnly";
import { plan } from "./helpers";

/** Beds and population by district, Sìn Hồ's ratio written as text and Tân Uyên's population blank. */
const DISTRICTS = buildSheet({
  name: "Báo cáo 2025",
  rows: [
    ["BÁO CÁO TỔNG HỢP CÁC CHỈ TIÊU Y TẾ CƠ BẢN NĂM 2025"],
    [],
    ["STT", "Huyện, thành phố", "Dân số", "Số giường bệnh", "Giường bệnh/vạn dân"],
    [1, "Thành phố Lai Châu", 42350, 310, 73.2],
    [2, "Tam Đường", 57480, 175, 30.45],
    [3, "Phong Thổ", 83160, 240, 28.86],
    [4, "Sìn Hồ", 90120, 250, "27,74"],
    [5, "Than Uyên", 67340, 230, 34.16],
    [6, "Tân Uyên", null, 190, { error: "#DIV/0!" }],
    [7, "Nậm Nhùn", 28420, 95, 33.43],
  ],
});

const options = (includeMet?: boolean) => ({
  plan: plan("lai-chau"),
  year: 2025,
  locale: "vi" as const,
  ...(includeMet === undefined ? {} : { includeMet }),
});

describe("validateSnapshot with includeMet", () => {
  it("returns the same findings without the met ones, and the same summary, when met targets are not listed", () => {
    for (const sheet of [DISTRICTS, COUNTS_ONLY]) {
      const listed = validateSnapshot(sheet, options());
      const counted = validateSnapshot(sheet, options(false));
      expect(listed.findings.some((finding) => finding.status === "met")).toBe(true);
      expect(counted.findings).toEqual(listed.findings.filter((finding) => finding.status !== "met"));
      expect(counted.summary).toEqual(listed.summary);
      expect(counted.province).toEqual(listed.province);
    }
  });

  it("returns met findings by default, as the task pane shows them", () => {
    expect(validateSnapshot(DISTRICTS, options(true)).findings).toEqual(
      validateSnapshot(DISTRICTS, options()).findings,
    );
  });
});

describe("validateSnapshot's findings on figures", () => {
  const result = validateSnapshot(DISTRICTS, options());

  it("returns a pooled figure's cells as ranges of the district rows that went into it, numerators first", () => {
    const pooled = result.findings.find((finding) => finding.scope === "pooled" && finding.indicator === "BEDS");
    // Tân Uyên (row 9) has no population, so its beds are left out too.
    expect(pooled?.cells).toEqual(["D4:D8", "D10", "C4:C8", "C10"]);
    expect(pooled?.details).toMatchObject({ method: "counts", districts: 6 });
  });

  it("returns the written text of a figure typed as text, and none for a number the value already says", () => {
    const onCell = (cell: string) =>
      result.findings.find((finding) => finding.rule === "target" && finding.cell === cell);
    expect(onCell("E7")).toMatchObject({ status: "shortfall", value: 27.74, raw: "27,74" });
    expect(onCell("E6")).toMatchObject({ status: "shortfall", value: 28.86 });
    expect(onCell("E6")).not.toHaveProperty("raw");
  });

  it("returns every target finding with its fields in one order, whether its figure was typed as a number or as text", () => {
    const keys = (cell: string) =>
      Object.keys(result.findings.find((finding) => finding.rule === "target" && finding.cell === cell) ?? {});
    const fields = ["status", "rule", "sheet", "cell", "district", "scope", "indicator", "value", "target", "gap"];
    expect(keys("E6")).toEqual(fields);
    expect(keys("E7")).toEqual([...fields, "raw"]);
    expect(JSON.stringify(result)).toContain('"detected":true,"findings":[');
  });
});
