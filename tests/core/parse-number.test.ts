import { parseNumber } from "../../src/core/numbers/parse";

const value = (input: Parameters<typeof parseNumber>[0], locale: "vi" | "en" = "vi") => {
  const parsed = parseNumber(input, locale);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe("parseNumber", () => {
  it("returns numbers as they are", () => {
    expect(parseNumber(27.6, "vi")).toEqual({ ok: true, value: 27.6, percentText: false, fromText: false });
  });

  it("returns Vietnamese-written text as numbers", () => {
    expect(value("27,6")).toBe(27.6);
    expect(value("45.210.300")).toBe(45210300);
    expect(value("1.234,5")).toBe(1234.5);
    expect(value(" 45 210 ")).toBe(45210);
    expect(value("0,41")).toBe(0.41);
  });

  it("returns English-written text as numbers", () => {
    expect(value("27.6", "en")).toBe(27.6);
    expect(value("1,234.5", "en")).toBe(1234.5);
    expect(value("45,210,300", "en")).toBe(45210300);
  });

  it("reads an unambiguous separator the same in both locales", () => {
    expect(value("27,6", "en")).toBe(27.6);
    expect(value("27.6", "vi")).toBe(27.6);
    expect(value("1.234,5", "en")).toBe(1234.5);
  });

  it("reads plain figures as the full reading does, whatever their digits", () => {
    const figures: string[] = [];
    for (const whole of ["0", "7", "27", "007", "123", "1234", "45210300"])
      for (const fraction of ["", "5", "41", "210", "0041", "123456"])
        for (const separator of [",", "."]) figures.push(fraction === "" ? whole : `${whole}${separator}${fraction}`);
    for (const locale of ["vi", "en"] as const)
      for (const figure of figures) {
        const quick = parseNumber(figure, locale);
        // A leading space takes the full reading (the text is trimmed first).
        const full = parseNumber(` ${figure}`, locale);
        expect([figure, quick.ok && quick.value, quick.ok && quick.ambiguous?.alternative]).toEqual([
          figure,
          full.ok && full.value,
          full.ok && full.ambiguous?.alternative,
        ]);
      }
    expect(value("0041,5")).toBe(41.5);
    expect(value("12,345", "en")).toBe(12345);
  });

  it("resolves a lone separator before three digits by the locale and reports the other reading", () => {
    expect(parseNumber("45.210", "vi")).toEqual({
      ok: true,
      value: 45210,
      percentText: false,
      fromText: true,
      ambiguous: { text: "45.210", alternative: 45.21 },
    });
    expect(parseNumber("45.210", "en")).toMatchObject({ value: 45.21, ambiguous: { alternative: 45210 } });
    expect(parseNumber("1,234", "vi")).toMatchObject({ value: 1.234, ambiguous: { alternative: 1234 } });
    expect(parseNumber("0,125", "vi")).not.toHaveProperty("ambiguous");
  });

  it("returns percentages written as text in percent", () => {
    expect(parseNumber("95,4%", "vi")).toMatchObject({ ok: true, value: 95.4, percentText: true });
    expect(parseNumber("95.4 %", "en")).toMatchObject({ ok: true, value: 95.4, percentText: true });
  });

  it("returns negatives written with a minus sign or in brackets", () => {
    expect(value("-3,5")).toBe(-3.5);
    expect(value("(12)")).toBe(-12);
  });

  it("returns empty for blanks and no-data for the ways sheets say there is no figure", () => {
    expect(value(null)).toBe("empty");
    expect(value("   ")).toBe("empty");
    for (const text of ["không có số liệu", "KHÔNG CÓ SỐ LIỆU".normalize("NFD"), "-", "—", "x", "KCSL", "..."]) {
      expect(value(text)).toBe("no-data");
    }
  });

  it("returns error-value for Excel errors, as values or as text", () => {
    expect(value({ error: "#DIV/0!" })).toBe("error-value");
    expect(value("#N/A")).toBe("error-value");
    expect(parseNumber({ error: "#REF!" }, "vi")).toEqual({ ok: false, reason: "error-value", text: "#REF!" });
  });

  it("returns not-a-number for text, booleans and malformed numbers", () => {
    for (const text of ["abc", "12 người", "1.2.3,4,5", "1,23,4", "27,6,", "3/4", "1e5x"])
      expect(value(text)).toBe("not-a-number");
    expect(value(true)).toBe("not-a-number");
    expect(value(Number.NaN)).toBe("not-a-number");
  });

  it("returns not-a-number for digits beyond any figure (more than 308), never Infinity", () => {
    const digits = `1${"0".repeat(400)}`;
    for (const text of [digits, `${digits},5`, `-${digits}`, `${digits}%`]) expect(value(text)).toBe("not-a-number");
    expect(value(Number.POSITIVE_INFINITY)).toBe("not-a-number");
  });
});
