import { FUNCTION_SPECS, FunctionTableSchema } from "../../src/functions/specs";
import { TranslationTableSchema, VI_TRANSLATIONS } from "../../src/functions/translations";

describe("function table", () => {
  it("returns a valid table for the functions PlanCheck ships", () => {
    expect(FunctionTableSchema.safeParse(FUNCTION_SPECS).success).toBe(true);
  });

  it("rejects a required parameter after an optional one", () => {
    const parsed = FunctionTableSchema.safeParse({
      BAD: {
        params: [
          { name: "plan", kind: "plan", optional: true },
          { name: "year", kind: "year", optional: false },
        ],
        result: "number",
      },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("a required parameter follows an optional one");
  });

  it("rejects a ratio whose factor disagrees with its catalogue indicator", () => {
    const parsed = FunctionTableSchema.safeParse({
      BEDS_PER_1000: {
        params: [
          { name: "beds", kind: "numbers", optional: false },
          { name: "population", kind: "numbers", optional: false },
        ],
        result: "number",
        ratio: { factor: 1000, indicator: "BEDS" },
      },
    });
    expect(parsed.success).toBe(false);
  });

  it("rejects an id Excel would not accept", () => {
    expect(FunctionTableSchema.safeParse({ "beds per 10k": { params: [], result: "number" } }).success).toBe(false);
  });
});

describe("Vietnamese translation table", () => {
  it("returns a name and every parameter for every function", () => {
    for (const [id, spec] of Object.entries(FUNCTION_SPECS)) {
      const entry = VI_TRANSLATIONS[id];
      expect(entry).toBeDefined();
      expect(Object.keys(entry?.parameters ?? {}).sort()).toEqual(spec.params.map((p) => p.name).sort());
    }
    expect(Object.keys(VI_TRANSLATIONS).sort()).toEqual(Object.keys(FUNCTION_SPECS).sort());
  });

  it("rejects a function name Excel would not accept", () => {
    const parsed = TranslationTableSchema.safeParse({ X: { name: "GIƯỜNG BỆNH", description: "d", parameters: {} } });
    expect(parsed.success).toBe(false);
  });
});
