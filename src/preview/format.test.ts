import { displayText } from "./format";

describe("displayText", () => {
  it("returns what Excel shows for common formats", () => {
    expect(displayText(0.954, "0.0%")).toBe("95.4%");
    expect(displayText(45210, "#,##0")).toBe("45,210");
    expect(displayText(27.6, "0.00")).toBe("27.60");
    expect(displayText(0.41, "0.##")).toBe("0.41");
    expect(displayText(3, "0.##")).toBe("3");
    expect(displayText(45658, "dd/mm/yyyy")).toBe("2025-01-01");
    expect(displayText(-1.5, "0.0")).toBe("-1.5");
    expect(displayText(1 / 3, "General")).toBe("0.3333333333");
  });

  it("returns text, booleans and error values as they are", () => {
    expect(displayText("<b>27,6</b>", "General")).toBe("<b>27,6</b>");
    expect(displayText(true, "General")).toBe("TRUE");
    expect(displayText({ error: "#DIV/0!" }, "0.0")).toBe("#DIV/0!");
    expect(displayText(null, "0.0")).toBe("");
  });

  it("returns a sensible text for odd formats and numbers", () => {
    expect(displayText(Number.NaN, "General")).toBe("#NUM!");
    expect(displayText(12, '"Tổng: "0;[Red]-0')).toBe("12");
    expect(displayText(1e12, "General")).toBe("1E+12");
  });
});
