import { wordFinding } from "../../src/core/messages/findings";
import { buildReport } from "../../src/core/report/table";
import { buildSheet } from "../fixtures/sheets/builder";
import { validate } from "./helpers";

/**
 * Mirrors samples/lai-chau-tong-hop-2025.xlsx: Mường Tè's population is the text "45.210" and Tân
 * Uyên's is blank, so the total row's `=SUM(C5:C12)` skipped both (323,660 instead of 368,870)
 * and its `=D13/C13*10000` beds per 10,000 (50.05) is far above the districts' pooled figure.
 */
const SUMMED_PAST_TEXT = buildSheet({
  name: "Báo cáo 2025",
  rows: [
    ["BÁO CÁO TỔNG HỢP CÁC CHỈ TIÊU Y TẾ CƠ BẢN NĂM 2025"],
    [],
    ["STT", "Huyện, thành phố", "Dân số", "Số giường bệnh", "Giường bệnh/vạn dân"],
    [null, null, null, null, null],
    [1, "Thành phố Lai Châu", 42350, 310, 73.2],
    [2, "Tam Đường", 57480, 175, 30.45],
    [3, "Phong Thổ", 83160, 240, 28.86],
    [4, "Sìn Hồ", 90120, 250, 27.74],
    [5, "Mường Tè", "45.210", 130, 28.75],
    [6, "Than Uyên", 67340, 230, 34.16],
    [7, "Tân Uyên", null, 190, { error: "#DIV/0!" }],
    [8, "Nậm Nhùn", 28420, 95, 33.43],
    [null, "Toàn tỉnh", 368870 - 45210, 1620, 50.05],
  ],
});

describe("validateSnapshot on a total row summed past a text number", () => {
  const result = validate(SUMMED_PAST_TEXT);
  const onTotal = result.findings.filter((finding) => finding.scope === "total");

  it("returns a count total-mismatch on the population total, leaving the blank district out and summing the text one", () => {
    const population = onTotal.find((finding) => finding.cell === "C13");
    expect(population).toMatchObject({ status: "error", rule: "total-mismatch", value: 323660 });
    // 42,350 + 57,480 + 83,160 + 90,120 + 45,210 + 67,340 + 28,420: seven districts, Tân Uyên left out.
    expect(population?.details).toEqual({ expected: 414080, difference: -90420, districts: 7, skipped: 1 });
    expect(wordFinding(population!, "en")).toBe(
      "Cell C13 (Toàn tỉnh, population): the total 323,660 is below 414,080, the sum of the 7 rows that could be read (off by -90,420; 1 blank or unreadable row left out).",
    );
    expect(wordFinding(population!, "vi")).toBe(
      "Ô C13 (Toàn tỉnh, Dân số): dòng tổng 323.660 nhỏ hơn tổng 7 đơn vị đọc được là 414.080 (lệch -90.420; 1 đơn vị trống hoặc không đọc được, không tính).",
    );
  });

  it("returns a warning that the total row's beds per 10,000 is far from the pooled figure, before its target finding", () => {
    const beds = onTotal.filter((finding) => finding.cell === "E13").map((finding) => finding.rule);
    expect(beds).toEqual(["total-mismatch", "target"]);
    const mismatch = onTotal.find((finding) => finding.rule === "total-mismatch" && finding.cell === "E13");
    expect(mismatch).toMatchObject({ status: "warning", indicator: "BEDS", value: 50.05 });
    expect(mismatch?.details).toMatchObject({ pooled: 34.534389, method: "counts", districts: 7, skipped: 1 });
    expect(wordFinding(mismatch!, "en")).toBe(
      "Cell E13 (Toàn tỉnh, beds per 10,000): the total row's 50.05 differs from 34.53 pooled from 7 rows (off by 15.52; 1 row without figures left out) — check the total row's formulas.",
    );
    expect(wordFinding(mismatch!, "vi")).toBe(
      "Ô E13 (Toàn tỉnh, Giường bệnh/vạn dân): dòng tổng 50,05 khác 34,53 tổng hợp từ 7 đơn vị (lệch 15,52; 1 đơn vị thiếu số liệu, không tính) — hãy kiểm tra công thức dòng tổng.",
    );
  });

  it("returns no ratio warning when the total row agrees with the pooled figure within rounding", () => {
    const agreeing = buildSheet({
      name: "Đúng",
      rows: [
        ["Huyện", "Dân số", "Số giường bệnh", "Giường bệnh/vạn dân"],
        ["Sìn Hồ", 90000, 270, 30],
        ["Mường Tè", 45210, 125, 27.6],
        ["Tổng cộng", 135210, 395, 29.2],
      ],
    });
    expect(validate(agreeing).findings.filter((finding) => finding.rule === "total-mismatch")).toEqual([]);
  });
});

describe("wording of a pooled figure", () => {
  const communes = buildSheet({
    name: "Theo xã",
    rows: [
      ["Xã", "Dân số", "Số giường bệnh"],
      ["Chăn Nưa", 4865, 10],
      ["Pa Tần", 6230, 12],
    ],
  });

  it("returns a neutral name from the rows pooled when the sheet has no total row", () => {
    const pooled = validate(communes).findings.find((finding) => finding.scope === "pooled");
    expect(pooled?.district).toBe("");
    expect(wordFinding(pooled!, "vi")).toMatch(/^Tổng hợp từ 2 đơn vị \(Giường bệnh\/vạn dân\): 19,83 — /);
    expect(wordFinding(pooled!, "en")).toMatch(/^All 2 rows pooled \(beds per 10,000\): 19.83 is short of /);
    const report = buildReport([validate(communes)], "en");
    expect(report.rows.at(-1)?.[1]).toBe("All 2 rows pooled");
  });

  it("returns the total row's own label when the sheet has one", () => {
    const withTotal = buildSheet({
      name: "Theo xã",
      rows: [...communes.values.map((row) => [...row]), ["Toàn huyện", 11095, 22]],
    });
    const pooled = validate(withTotal).findings.find((finding) => finding.scope === "pooled");
    expect(wordFinding(pooled!, "vi")).toMatch(/^Toàn huyện, tổng hợp từ 2 đơn vị \(Giường bệnh\/vạn dân\): /);
    expect(wordFinding(pooled!, "en")).toMatch(/^Toàn huyện, pooled from 2 rows \(beds per 10,000\): /);
  });
});

describe("wording of a count", () => {
  it("returns a count worded without the unit of the indicator it is the numerator of", () => {
    const sheet = buildSheet({
      name: "Theo xã",
      rows: [
        ["Xã", "Số trẻ dưới 1 tuổi", "Số trẻ tiêm chủng đầy đủ"],
        ["Pa Tần", 121, 125],
      ],
    });
    const order = validate(sheet).findings.find((finding) => finding.rule === "order");
    expect(order).toMatchObject({ cell: "C2", indicator: "FULLY_IMMUNISED", value: 125 });
    expect(wordFinding(order!, "en")).toBe(
      "Cell C2 (Pa Tần, fully immunised children): 125 is above children under 1 year, 121 (cell B2), which cannot be.",
    );
    expect(wordFinding(order!, "vi")).not.toMatch(/%/);
  });
});
