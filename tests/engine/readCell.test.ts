import { readCell, type ColumnKind } from "../../src/core/observations/readCell";

const PERCENT: ColumnKind = { unit: "percent", wholeCount: false };
const PER10K: ColumnKind = { unit: "per10k", wholeCount: false };
const COUNT: ColumnKind = { unit: "count", wholeCount: true };

describe("readCell", () => {
  it("returns 95.4 for 0.954 in a 0.0% cell, with no warning", () => {
    expect(readCell(0.954, "0.0%", PERCENT, "vi")).toMatchObject({ ok: true, value: 95.4, problems: [], decimals: 1 });
  });

  it("returns 0.41 for 0.0041 in a 0.00% cell and says how it was read", () => {
    expect(readCell(0.0041, "0.00%", PERCENT, "vi")).toMatchObject({
      ok: true,
      value: 0.41,
      problems: [{ rule: "fraction-as-percent", stored: 0.0041, format: "0.00%" }],
    });
  });

  it("returns 95.4 for the text 95,4%", () => {
    expect(readCell("95,4%", "General", PERCENT, "vi")).toMatchObject({ ok: true, value: 95.4, problems: [] });
  });

  it("returns 27.6 for the text 27,6 with one decimal of precision", () => {
    expect(readCell("27,6", "@", PER10K, "vi")).toMatchObject({ ok: true, value: 27.6, decimals: 1 });
  });

  it("returns 45210 for a population written 45.210, whatever the locale, since people are whole", () => {
    expect(readCell("45.210", "@", COUNT, "vi")).toMatchObject({ ok: true, value: 45210, problems: [] });
    expect(readCell("45.210", "@", COUNT, "en")).toMatchObject({ ok: true, value: 45210, problems: [] });
  });

  it("returns an ambiguous-number problem naming the other reading for a ratio written 1.234", () => {
    expect(readCell("1.234", "@", PER10K, "vi")).toMatchObject({
      ok: true,
      value: 1234,
      problems: [{ rule: "ambiguous-number", alternative: 1.234 }],
    });
    expect(readCell("1.234", "@", PER10K, "en")).toMatchObject({
      value: 1.234,
      problems: [{ rule: "ambiguous-number", alternative: 1234 }],
    });
  });

  it("returns missing for blanks and 'không có số liệu'", () => {
    expect(readCell(null, "General", COUNT, "vi")).toEqual({ ok: false, raw: "", problems: [{ rule: "missing" }] });
    expect(readCell("không có số liệu", "General", COUNT, "vi")).toMatchObject({ problems: [{ rule: "missing" }] });
  });

  it("returns error-value for #DIV/0! and not-a-number for text", () => {
    expect(readCell({ error: "#DIV/0!" }, "General", PER10K, "vi")).toEqual({
      ok: false,
      raw: "#DIV/0!",
      problems: [{ rule: "error-value" }],
    });
    expect(readCell("đang cập nhật", "General", PER10K, "vi")).toMatchObject({
      ok: false,
      problems: [{ rule: "not-a-number" }],
    });
    expect(readCell(true, "General", PER10K, "vi")).toMatchObject({ problems: [{ rule: "not-a-number" }] });
  });

  it("returns an unusable value for a negative count and for a share above 100", () => {
    expect(readCell(-5, "General", COUNT, "vi")).toMatchObject({
      usable: false,
      problems: [{ rule: "negative-count" }],
    });
    expect(readCell(104.2, "General", PERCENT, "vi")).toMatchObject({
      usable: false,
      problems: [{ rule: "percent-over-100" }],
    });
    expect(readCell(1.042, "0.0%", PERCENT, "vi")).toMatchObject({
      value: 104.2,
      problems: [{ rule: "percent-over-100" }],
    });
  });
});
