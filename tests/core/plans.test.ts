import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { findIndicator, indicatorByCode } from "../../src/core/indicators/catalogue";
import {
  findPlan,
  findTarget,
  nearestYear,
  parsePlan,
  parsePlanText,
  planYears,
  PLANS,
} from "../../src/core/plans/registry";
import { PlanSchema } from "../../src/core/plans/schema";

const SEEDS = path.resolve(__dirname, "../../../shared/seeds");
const SCHEMA_FILE = path.resolve(__dirname, "../../schemas/plan.schema.json");
const fold = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");

const target = (plan: string, indicator: string, year: number) => {
  const found = findTarget(findPlan(plan)!, indicator, year);
  if (!found) throw new Error(`no ${indicator} ${year} in ${plan}`);
  return found;
};

describe("plan packs", () => {
  it("returns the three provinces with lai-chau first", () => {
    expect(PLANS.map((plan) => plan.id)).toEqual(["lai-chau", "lang-son", "yen-bai"]);
    expect(planYears(findPlan("lai-chau")!)).toEqual([2025, 2030]);
    expect(planYears(findPlan("lang-son")!)).toEqual([2017, 2018]);
    expect(planYears(findPlan("yen-bai")!)).toEqual([2024]);
  });

  it("returns the targets the acceptance examples name", () => {
    expect(target("lai-chau", "BEDS", 2025)).toMatchObject({ comparator: ">=", value: 33, unit: "per10k" });
    expect(target("lai-chau", "INSURANCE", 2030)).toMatchObject({ comparator: ">", value: 96 });
    expect(target("lai-chau", "HIV", 2025)).toMatchObject({ comparator: "~", value: 0.38 });
    expect(target("lai-chau", "STUNTING", 2025)).toMatchObject({ comparator: "<", value: 31.5 });
    expect(target("lang-son", "BEDS", 2018)).toMatchObject({ value: 27.8 });
  });

  it("gives every Lai Châu indicator the issue lists a target in 2025 and 2030", () => {
    const codes =
      "BEDS DOCTORS PHARMACISTS NURSES INSURANCE OOP EPI STUNTING OBESITY HEALTH_RECORDS NCD_CARE SATISFACTION HIV PREVENTIVE_BUDGET U5MR IMR LIFE_EXP HEALTHY_YEARS HEIGHT_M HEIGHT_F".split(
        " ",
      );
    for (const year of [2025, 2030]) for (const code of codes) expect(target("lai-chau", code, year)).toBeDefined();
  });

  it("quotes every target word for word from the seed file it names", () => {
    for (const plan of PLANS) {
      for (const t of plan.targets) {
        const seed = fold(fs.readFileSync(path.join(SEEDS, t.source.file), "utf8"));
        expect({ plan: plan.id, code: t.indicator, year: t.year, found: seed.includes(fold(t.source.quote)) }).toEqual({
          plan: plan.id,
          code: t.indicator,
          year: t.year,
          found: true,
        });
      }
    }
  });

  it("states each target in its indicator's unit, or says why not", () => {
    for (const plan of PLANS) {
      for (const t of plan.targets) {
        const unit = indicatorByCode(t.indicator)?.unit;
        if (t.unit !== unit) expect(t.interpretation).toMatch(/count/i);
      }
    }
  });

  it("records how child mortality written as % is read", () => {
    const u5 = target("lai-chau", "U5MR", 2025);
    expect(u5.unit).toBe("per1000LiveBirths");
    expect(u5.source.quote).toContain("< 42%");
    expect(u5.interpretation).toMatch(/1,000 live births/);
  });

  it("returns the nearest target year ahead, else the last", () => {
    const laiChau = findPlan("lai-chau")!;
    expect(nearestYear(laiChau, 2026)).toBe(2030);
    expect(nearestYear(laiChau, 2020)).toBe(2025);
    expect(nearestYear(laiChau, 2040)).toBe(2030);
  });

  it("finds a plan by id whatever the case and returns undefined for an unknown one", () => {
    expect(findPlan(" Lai-Chau ")?.id).toBe("lai-chau");
    expect(findPlan("ha-noi")).toBeUndefined();
    expect(findIndicator("không phải chỉ tiêu")).toBeUndefined();
  });
});

describe("parsePlan", () => {
  const valid = {
    id: "my-plan",
    province: { vi: "Tỉnh A", en: "Province A" },
    title: { vi: "Kế hoạch", en: "Plan" },
    sources: [{ file: "plan.docx", title: "Kế hoạch" }],
    targets: [
      {
        indicator: "BEDS",
        year: 2026,
        comparator: ">=",
        value: 30,
        unit: "per10k",
        source: { file: "plan.docx", quote: "đạt 30 giường bệnh" },
      },
    ],
  };

  it("returns the plan when it fits the schema", () => {
    const parsed = parsePlan(valid);
    expect(parsed.success && parsed.data.targets[0]?.value).toBe(30);
  });

  it("returns an issue naming each wrong field", () => {
    const parsed = parsePlan({
      ...valid,
      targets: [{ ...valid.targets[0], indicator: "BEDZ", comparator: "=>", value: "30" }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues.map((issue) => issue.path)).toEqual([
      "targets.0.indicator",
      "targets.0.comparator",
      "targets.0.value",
    ]);
    expect(parsed.issues[0]?.message).toContain('"BEDZ"');
  });

  it("returns an issue for an 'about' target without a tolerance and for a duplicate target", () => {
    const about = parsePlan({ ...valid, targets: [{ ...valid.targets[0], comparator: "~" }] });
    expect(!about.success && about.issues[0]).toEqual({
      path: "targets.0.tolerance",
      message: 'a target "about" (~) needs a tolerance',
    });
    const twice = parsePlan({ ...valid, targets: [valid.targets[0], valid.targets[0]] });
    expect(!twice.success && twice.issues[0]?.message).toBe("a second target for BEDS in 2026");
  });

  it("returns an issue for text that is not JSON", () => {
    const parsed = parsePlanText("{ id: lai-chau");
    expect(!parsed.success && parsed.issues[0]?.path).toBe("(file)");
  });
});

describe("plan JSON Schema", () => {
  it("returns the published schema, generated from the zod schema", () => {
    const generated = JSON.stringify(z.toJSONSchema(PlanSchema, { io: "input" }), null, 2) + "\n";
    if (process.env.UPDATE_SCHEMA === "1") fs.writeFileSync(SCHEMA_FILE, generated);
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(generated);
  });
});
