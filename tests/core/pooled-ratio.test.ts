import { pooledRatio } from "../../src/core/ratios/pooled";

describe("pooledRatio", () => {
  it("returns the sum of numerators over the sum of denominators, not the mean of the ratios", () => {
    const pooled = pooledRatio([620, 100], [118000, 50000], 10000);
    expect(pooled.success && pooled.data).toBeCloseTo((720 / 168000) * 10000, 10);
    const meanOfRatios = ((620 / 118000) * 10000 + (100 / 50000) * 10000) / 2;
    expect(pooled.success && Math.abs(pooled.data - meanOfRatios)).toBeGreaterThan(0.5);
  });

  it("returns zero-denominator, negative and empty issues instead of NaN", () => {
    expect(pooledRatio([1], [0], 100)).toEqual({ success: false, issues: [{ code: "zero-denominator" }] });
    expect(pooledRatio([-1], [10], 100)).toEqual({
      success: false,
      issues: [{ code: "negative", which: "numerator" }],
    });
    expect(pooledRatio([1], [-10], 100)).toEqual({
      success: false,
      issues: [{ code: "negative", which: "denominator" }],
    });
    expect(pooledRatio([], [], 100)).toEqual({ success: false, issues: [{ code: "empty" }] });
  });
});
