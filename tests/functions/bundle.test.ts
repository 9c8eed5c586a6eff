/*
 * Loads what Excel loads: the built dist/functions.js with dist/functions.json (and the Vietnamese
 * functions.vi.json), with a stand-in for the CustomFunctions global. `npm test` builds first;
 * run `npm run build` (or `npx webpack --mode production`) before running this file alone.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { FUNCTION_SPECS } from "../../src/functions/specs";
import { VI_TRANSLATIONS } from "../../src/functions/translations";
import {
  customFunctionsStandIn,
  missingAssociations,
  streamingInvocation,
  StandInError,
  type StandIn,
} from "./stand-in";

interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
  options?: { stream?: boolean };
}

const dist = path.resolve(__dirname, "../../dist");
const readDist = (file: string) => {
  const full = path.join(dist, file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` first`);
  return fs.readFileSync(full, "utf8");
};
const metadata = (file: string): MetadataFunction[] =>
  (JSON.parse(readDist(file)) as { functions: MetadataFunction[] }).functions;

/** One sample call per function and what Excel must show for it. */
const SAMPLES: Record<string, { args: unknown[]; expected: unknown }> = {
  BEDS_PER_10K: { args: [[[620]], [[118000]]], expected: 52.54237288135593 },
  DOCTORS_PER_10K: { args: [[[130]], [[100000]]], expected: 13 },
  PHARMACISTS_PER_10K: { args: [[[30]], [[200000]]], expected: 1.5 },
  NURSES_PER_10K: {
    args: [
      [[100], [100]],
      [[50000], [50000]],
    ],
    expected: 20,
  },
  PER_10K: { args: [[["1.000"]], [["100.000"]]], expected: 100 },
  PER_1000: { args: [[[42]], [[2000]]], expected: 21 },
  PERCENT: { args: [[[954]], [[1000]]], expected: 95.4 },
  TARGET: { args: ["BEDS", 2025, null], expected: 33 },
  TARGET_GAP: { args: ["HIV", 2025, 0.41, null], expected: 0.03 },
  TARGET_MET: { args: ["INSURANCE", 2030, 96.5, null], expected: true },
  PLAN_TARGETS: { args: ["yen-bai", 2024], expected: "table" },
};

/**
 * Loads the custom functions as the shared runtime's page does: the page's own scripts in its
 * order (webpack runtime, shared chunk, functions.js), without office.js and the task pane entry.
 */
function loadBundle(): StandIn {
  const CustomFunctions = customFunctionsStandIn();
  const sandbox: Record<string, unknown> = { CustomFunctions, console };
  sandbox["self"] = sandbox;
  const context = vm.createContext(sandbox);
  const scripts = [...readDist("taskpane.html").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src) && src !== "taskpane.js");
  expect(scripts).toContain("functions.js");
  for (const script of scripts) vm.runInContext(readDist(script), context, { filename: script });
  return CustomFunctions;
}

/** Calls an associated function as Excel would: streaming ones get an invocation and answer through it. */
function callAsExcel(fn: MetadataFunction, associated: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  if (fn.options?.stream !== true) return associated(...args);
  const { invocation, results } = streamingInvocation();
  associated(...args, invocation);
  invocation.onCanceled?.();
  return results[0];
}

describe("built functions bundle", () => {
  const english = metadata("functions.json");
  const CustomFunctions = loadBundle();

  it("returns an association for every function in functions.json, and none besides", () => {
    expect(english.length).toBe(Object.keys(FUNCTION_SPECS).length);
    expect(
      missingAssociations(
        english.map((fn) => fn.id),
        CustomFunctions.associated,
      ),
    ).toEqual([]);
    expect([...CustomFunctions.associated.keys()].sort()).toEqual(english.map((fn) => fn.id).sort());
  });

  it("returns the missing id when an association is missing (the #NAME? users would see)", () => {
    const ids = [...english.map((fn) => fn.id), "FORGOTTEN"];
    expect(missingAssociations(ids, CustomFunctions.associated)).toEqual(["FORGOTTEN"]);
  });

  it("returns a sample for every function, so none goes untested", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(english.map((fn) => fn.id).sort());
  });

  it.each(Object.entries(SAMPLES))("returns the right value for a sample call of %s", (id, sample) => {
    const fn = english.find((candidate) => candidate.id === id);
    const associated = CustomFunctions.associated.get(id);
    if (fn === undefined || associated === undefined) throw new Error(`${id} is not in the bundle`);
    const result = callAsExcel(fn, associated, sample.args);
    if (sample.expected === "table") {
      expect(Array.isArray(result)).toBe(true);
      expect((result as unknown[][])[0]).toEqual(["Code", "Indicator", "Comparator", "Target", "Unit", "Year"]);
      expect((result as unknown[][]).length).toBeGreaterThan(1);
    } else if (typeof sample.expected === "number") {
      expect(result).toBeCloseTo(sample.expected, 9);
    } else {
      expect(result).toBe(sample.expected);
    }
  });

  it("returns an Excel error, never an exception of its own, for bad input", () => {
    const target = CustomFunctions.associated.get("TARGET");
    expect(() => target?.("NOPE", 2025, null)).toThrow(StandInError);
    const gap = english.find((fn) => fn.id === "TARGET_GAP");
    const streamed =
      gap && callAsExcel(gap, CustomFunctions.associated.get("TARGET_GAP") ?? (() => 0), ["HIV", 2025, null, null]);
    expect(streamed).toBeInstanceOf(StandInError);
    expect((streamed as StandInError).code).toBe("#N/A");
  });

  it("returns metadata whose parameters match the function table (names, order, optional, ranges)", () => {
    for (const fn of english) {
      const spec = FUNCTION_SPECS[fn.id as keyof typeof FUNCTION_SPECS];
      expect(fn.parameters.map((p) => [p.name, p.optional === true])).toEqual(
        spec.params.map((p) => [p.name, p.optional]),
      );
      for (const [index, p] of spec.params.entries()) {
        expect([fn.id, p.name, fn.parameters[index]?.dimensionality ?? "scalar"]).toEqual([
          fn.id,
          p.name,
          p.kind === "numbers" ? "matrix" : "scalar",
        ]);
      }
      expect(fn.options?.stream === true).toBe("streaming" in spec && spec.streaming === true);
      expect(fn.result.dimensionality ?? "scalar").toBe(spec.result === "table" ? "matrix" : "scalar");
    }
  });

  it("returns Vietnamese metadata with the same ids and shapes and the Vietnamese names", () => {
    const vietnamese = metadata("functions.vi.json");
    expect(vietnamese.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    for (const [index, fn] of vietnamese.entries()) {
      const source = english[index];
      const table = VI_TRANSLATIONS[fn.id];
      expect(fn.name).toBe(table?.name);
      expect(fn.name).not.toBe(source?.name);
      expect(fn.description).toBe(table?.description);
      expect(fn.result).toEqual(source?.result);
      expect(fn.options).toEqual(source?.options);
      expect(fn.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        source?.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
      );
      expect(fn.parameters.map((p) => p.name)).toEqual(source?.parameters.map((p) => table?.parameters[p.name]?.name));
    }
    expect(vietnamese.find((fn) => fn.id === "BEDS_PER_10K")?.name).toBe("GIUONG_BENH_VAN_DAN");
  });
});
