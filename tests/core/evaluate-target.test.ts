import { evaluateTarget, meetsTarget } from "../../src/core/targets/evaluate";

describe("evaluateTarget", () => {
  it("returns the gap to an 'about' target in the improving direction: 0.41 vs about 0.38 (lower better) is 0.03 short", () => {
    const evaluation = evaluateTarget({ comparator: "~", value: 0.38, tolerance: 0.005 }, 0.41, "lower");
    expect(evaluation.met).toBe(false);
    expect(evaluation.gap).toBeCloseTo(0.03, 10);
  });

  it("returns met with gap 0 within the tolerance of an 'about' target, and a negative gap beyond it", () => {
    expect(evaluateTarget({ comparator: "~", value: 0.38, tolerance: 0.005 }, 0.384, "lower")).toEqual({
      met: true,
      gap: 0,
    });
    expect(evaluateTarget({ comparator: "~", value: 0.38, tolerance: 0.005 }, 0.3, "lower")).toEqual({
      met: true,
      gap: -0.08,
    });
    expect(evaluateTarget({ comparator: "~", value: 68, tolerance: 0.5 }, 67.6, "higher")).toEqual({
      met: true,
      gap: 0,
    });
    expect(evaluateTarget({ comparator: "~", value: 68, tolerance: 0.5 }, 67, "higher")).toEqual({
      met: false,
      gap: 1,
    });
  });

  it("returns a negative gap when a 'less than' target is beaten: stunting 30 against < 31.5 is -1.5", () => {
    expect(evaluateTarget({ comparator: "<", value: 31.5 }, 30, "lower")).toEqual({ met: true, gap: -1.5 });
  });

  it("returns short with gap 0 when a strict target is reached exactly, met when it is not strict", () => {
    expect(evaluateTarget({ comparator: ">", value: 95 }, 95, "higher")).toEqual({ met: false, gap: 0 });
    expect(evaluateTarget({ comparator: ">=", value: 33 }, 33, "higher")).toEqual({ met: true, gap: 0 });
    expect(evaluateTarget({ comparator: "<=", value: 0.33 }, 0.33, "lower")).toEqual({ met: true, gap: 0 });
  });

  it("returns the remaining distance for a shortfall: 27.6 beds against ≥ 33 is 5.4 short", () => {
    expect(evaluateTarget({ comparator: ">=", value: 33 }, 27.6, "higher")).toEqual({ met: false, gap: 5.4 });
    expect(evaluateTarget({ comparator: "<", value: 42 }, 45, "lower")).toEqual({ met: false, gap: 3 });
  });
});

describe("meetsTarget", () => {
  it("returns exactly evaluateTarget's met, for every comparator, direction and figure", () => {
    const comparators = [">", ">=", "<", "<=", "~"] as const;
    const differing: string[] = [];
    for (const comparator of comparators)
      for (const direction of ["higher", "lower"] as const)
        for (const actual of [0.375, 0.38, 0.385, 0.39, 32.9, 33, 33.1, -1, Number.NaN]) {
          const target = { comparator, value: actual > 1 ? 33 : 0.38, tolerance: 0.005 };
          const { met } = evaluateTarget(target, actual, direction);
          if (meetsTarget(target, actual, direction) !== met) differing.push(`${comparator} ${direction} ${actual}`);
        }
    expect(differing).toEqual([]);
  });
});
