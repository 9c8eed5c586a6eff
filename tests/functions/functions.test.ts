import { customFunctionsStandIn, streamingInvocation as standInInvocation, StandInError } from "./stand-in";

Object.assign(globalThis, { CustomFunctions: customFunctionsStandIn() });

// Imported after the stand-in is in place, as Excel loads office.js before functions.js.
import * as functions from "../../src/functions/functions";
import { provinceFigures } from "../../src/functions/province-figures";

const thrown = (run: () => unknown): StandInError => {
  try {
    run();
  } catch (error) {
    if (error instanceof StandInError) return error;
    throw error;
  }
  throw new Error("expected an Excel error");
};

const lastValidation = (figures: Record<string, number>) => ({
  plan: "lai-chau",
  year: 2025,
  sheet: "Toàn tỉnh",
  validatedAt: "2026-11-23T10:00:00Z",
  figures,
});

const live: { onCanceled?: () => void }[] = [];
const streamingInvocation = () => {
  const made = standInInvocation();
  live.push(made.invocation);
  return made;
};

afterEach(() => {
  // Excel cancels a streaming call when its cell goes; the tests' cells go after each test.
  for (const invocation of live.splice(0)) invocation.onCanceled?.();
  provinceFigures.set(undefined);
  Object.assign(globalThis, { Office: undefined });
});

describe("custom functions", () => {
  it("returns the acceptance values through the Excel-facing functions", () => {
    expect(functions.target("BEDS", 2025)).toBe(33);
    expect(functions.target("INSURANCE", 2030, null)).toBe(96);
    expect(functions.target("BEDS", 2018, "lang-son")).toBe(27.8);
    expect(functions.bedsPer10k([[620]], [[118000]])).toBeCloseTo(52.54, 2);
    expect(functions.targetMet("STUNTING", 2025, 30)).toBe(true);
  });

  it("returns pooled ratios over ranges from every ratio function", () => {
    const counts = [[10], [30]];
    const population = [[10000], [30000]];
    for (const ratio of [
      functions.doctorsPer10k,
      functions.pharmacistsPer10k,
      functions.nursesPer10k,
      functions.per10k,
    ]) {
      expect(ratio(counts, population)).toBe(10);
    }
    expect(functions.per1000([[20], [22]], [[1000], [1000]])).toBe(21);
    expect(functions.percent([[1], [3]], [[2], [2]])).toBe(100);
  });

  it("throws the Excel error with an English message outside a Vietnamese Office", () => {
    const error = thrown(() => functions.target("BEDZ", 2025));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe('Unknown indicator "BEDZ". Did you mean BEDS?');
  });

  it("throws the message in Vietnamese when Office displays Vietnamese", () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: "vi-VN" } } });
    const error = thrown(() => functions.bedsPer10k([["abc"]], [[1000]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('số_giường_bệnh: "abc" không phải là số.');
  });

  it("throws #DIV/0! and #NUM! without a message, as Excel allows none for them", () => {
    const zero = thrown(() => functions.bedsPer10k([[620]], [[0]]));
    expect([zero.code, zero.message]).toEqual(["#DIV/0!", undefined]);
    const negative = thrown(() => functions.bedsPer10k([[-620]], [[1000]]));
    expect([negative.code, negative.message]).toEqual(["#NUM!", undefined]);
  });

  it("returns the plan's targets as a table that spills", () => {
    const table = functions.planTargets(null, 2030);
    expect(table[0]).toEqual(["Code", "Indicator", "Comparator", "Target", "Unit", "Year"]);
    expect(table).toContainEqual(["INSURANCE", "Health insurance coverage", ">", 96, "percent", 2030]);
  });

  describe("TARGET_GAP (streaming)", () => {
    it("sets the gap once for a given actual and keeps no subscription", () => {
      const { invocation, results } = streamingInvocation();
      functions.targetGap("HIV", 2025, 0.41, null, invocation as CustomFunctions.StreamingInvocation<number>);
      expect(results).toEqual([0.03]);
      provinceFigures.set(lastValidation({ HIV: 0.5 }));
      expect(results).toEqual([0.03]);
      expect(provinceFigures.listenerCount()).toBe(0);
    });

    it("sets #N/A until a sheet is validated, then follows the province figures", () => {
      const { invocation, results } = streamingInvocation();
      functions.targetGap("BEDS", 2025, null, null, invocation as CustomFunctions.StreamingInvocation<number>);
      expect(results).toHaveLength(1);
      expect((results[0] as StandInError).code).toBe("#N/A");
      expect((results[0] as StandInError).message).toContain("validate a sheet");

      provinceFigures.set(lastValidation({ BEDS: 30 }));
      provinceFigures.set(lastValidation({ BEDS: 35 }));
      expect(results.slice(1)).toEqual([3, -2]);
    });

    it("starts from figures already loaded from the workbook", () => {
      provinceFigures.set(lastValidation({ STUNTING: 30 }));
      const { invocation, results } = streamingInvocation();
      functions.targetGap("STUNTING", 2025, "", null, invocation as CustomFunctions.StreamingInvocation<number>);
      expect(results).toEqual([-1.5]);
    });

    it("stops following the figures when Excel cancels the call", () => {
      const { invocation, results } = streamingInvocation();
      functions.targetGap("BEDS", 2025, null, null, invocation as CustomFunctions.StreamingInvocation<number>);
      expect(provinceFigures.listenerCount()).toBe(1);
      invocation.onCanceled?.();
      expect(provinceFigures.listenerCount()).toBe(0);
      provinceFigures.set(lastValidation({ BEDS: 30 }));
      expect(results).toHaveLength(1);
    });

    it("sets the error instead of throwing for a bad argument", () => {
      const { invocation, results } = streamingInvocation();
      expect(() =>
        functions.targetGap("HIV", 2025, "nhiều", null, invocation as CustomFunctions.StreamingInvocation<number>),
      ).not.toThrow();
      expect((results[0] as StandInError).code).toBe("#VALUE!");
    });
  });
});
