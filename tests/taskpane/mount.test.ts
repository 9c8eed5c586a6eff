/** @jest-environment jsdom */
import { findPlan, nearestYear } from "../../src/core/plans/registry";
import { EMPTY_SETTINGS } from "../../src/core/settings/schema";
import { createProvinceFigureStore } from "../../src/functions/province-figures";
import type { ValidationResult } from "../../src/core/engine/types";
import type { Finding } from "../../src/core/findings/finding";
import { summarise } from "../../src/core/findings/finding";
import { CORE_ENGINE, type PaneEngine } from "../../src/taskpane/engine";
import { mountTaskPane } from "../../src/taskpane/mount";
import { STRINGS } from "../../src/taskpane/strings";
import { FakeHost, snapshotOf } from "./fake-host";

const NOW = new Date("2026-11-23T17:00:00Z");

async function mount(host = new FakeHost(), engine: PaneEngine = CORE_ENGINE) {
  document.body.replaceChildren();
  const root = document.createElement("main");
  document.body.append(root);
  const figures = createProvinceFigureStore();
  const pane = mountTaskPane(root, host, { figures, now: () => NOW, engine });
  await pane.ready;
  return { root, host, pane, figures };
}

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`no ${selector}`);
  return found;
};
const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent ?? "");
const count = (root: ParentNode, status: string): string =>
  $(root, `#pc-summary li[data-status="${status}"] .pc-count`).textContent ?? "";
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("mountTaskPane", () => {
  it("opens on Lai Châu and its nearest target year when the workbook has no settings", async () => {
    const { root } = await mount();
    const plan = findPlan("lai-chau");
    expect($<HTMLSelectElement>(root, "#pc-plan").value).toBe("lai-chau");
    expect($<HTMLSelectElement>(root, "#pc-year").value).toBe(String(nearestYear(plan!, 2026)));
    expect($(root, ".pc-pane").dataset["state"]).toBe("ready");
  });

  it("opens on the plan and year saved with the workbook", async () => {
    const { root } = await mount(new FakeHost("en-US", { ...EMPTY_SETTINGS, plan: "lang-son", year: 2018 }));
    expect($<HTMLSelectElement>(root, "#pc-plan").value).toBe("lang-son");
    expect($<HTMLSelectElement>(root, "#pc-year").value).toBe("2018");
  });

  it("lists the findings grouped by district then indicator, with the summary counts", async () => {
    const { root, pane } = await mount();
    await pane.validate();
    expect(texts(root, ".pc-district-name")).toEqual(["Mường Tè", "<img src=x onerror=alert(1)>", "Toàn tỉnh"]);
    const muongTe = $(root, '.pc-district[data-district="Mường Tè"]');
    expect([...muongTe.querySelectorAll(".pc-indicator")].map((s) => (s as HTMLElement).dataset["indicator"])).toEqual([
      "BEDS",
      "DOCTORS",
    ]);
    expect(texts(muongTe, ".pc-message")[1]).toMatch(/^Cell D3 \(Mường Tè, doctors per 10,000\): 8 is short of .* 13/);
    expect(count(root, "shortfall")).toBe("5");
    expect(count(root, "error")).toBe("1");
    // The total row's beds and doctors per 10,000 differ from the districts' pooled figures: two total-mismatch warnings.
    expect(count(root, "warning")).toBe("2");
    expect(count(root, "met")).toBe("2");
    expect(root.querySelectorAll('li.pc-finding[data-status="met"]')).toHaveLength(0);
    expect($(root, "#pc-status").textContent).toContain("Báo cáo");
  });

  it("shows the targets met too when asked", async () => {
    const { root, pane } = await mount();
    await pane.validate();
    $<HTMLInputElement>(root, "#pc-show-met").click();
    expect(root.querySelectorAll('li.pc-finding[data-status="met"]')).toHaveLength(2);
  });

  it("lists a long result a page at a time", async () => {
    const host = new FakeHost();
    const rows = Array.from({ length: 400 }, (_, i) => [`Xã ${i + 1}`, 10, 10_000]);
    host.snapshot = snapshotOf("Xã", [["Xã", "Số giường bệnh", "Dân số"], ...rows]);
    const { root, pane } = await mount(host);
    await pane.validate();
    expect(root.querySelectorAll("li.pc-finding")).toHaveLength(300);
    expect(Number(count(root, "shortfall"))).toBeGreaterThanOrEqual(400);
    $(root, "#pc-more").click();
    expect(root.querySelectorAll("li.pc-finding").length).toBeGreaterThanOrEqual(400);
    expect(root.querySelector("#pc-more")).toBeNull();
  });

  it("offers the years of the plan picked, moving to its nearest year", async () => {
    const { root } = await mount();
    const plan = $<HTMLSelectElement>(root, "#pc-plan");
    plan.value = "lang-son";
    plan.dispatchEvent(new Event("change"));
    const years = [...$<HTMLSelectElement>(root, "#pc-year").options].map((o) => o.value);
    expect(years).toEqual(["2017", "2018"]);
    expect($<HTMLSelectElement>(root, "#pc-year").value).toBe("2018");
  });

  it("heads sheet-wide findings as such and takes a pooled figure to its first cell", async () => {
    const findings: Finding[] = [
      { status: "warning", rule: "layout", sheet: "Báo cáo", cell: "L6", district: "", scope: "district" },
      {
        status: "shortfall",
        rule: "target",
        sheet: "Báo cáo",
        cells: ["B3", "C3", "B4", "C4"],
        district: "Toàn tỉnh",
        scope: "pooled",
        indicator: "BEDS",
        value: 22.1,
        gap: 10.9,
      },
    ];
    const engine: PaneEngine = {
      ...CORE_ENGINE,
      validate: (_snapshot, options): ValidationResult => ({
        ...CORE_ENGINE.validate(_snapshot, options),
        findings,
        summary: summarise(findings),
      }),
      word: (finding) => `${finding.rule} ${finding.cell ?? finding.cells?.join(" ") ?? ""}`,
    };
    const { root, host, pane } = await mount(new FakeHost(), engine);
    await pane.validate();
    expect(texts(root, ".pc-district-name")).toEqual(["Whole sheet", "Toàn tỉnh"]);
    expect(texts(root, ".pc-message")).toEqual(["layout L6", "target B3 C3 B4 C4"]);
    expect(count(root, "shortfall")).toBe("1");
    $(root, 'li.pc-finding[data-status="shortfall"]').click();
    expect(host.selected).toEqual([{ sheet: "Báo cáo", address: "B3" }]);
  });

  it("selects a finding's cell when it is clicked or Enter is pressed on it", async () => {
    const { root, host, pane } = await mount();
    await pane.validate();
    $(root, 'li.pc-finding[data-cell="D3"]').click();
    const item = $(root, 'li.pc-finding[data-cell="B4"]');
    expect(item.tabIndex).toBe(0);
    item.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(host.selected).toEqual([
      { sheet: "Báo cáo", address: "D3" },
      { sheet: "Báo cáo", address: "B4" },
    ]);
  });

  it("highlights the sheet after validating and clears it on Clear", async () => {
    const { root, host } = await mount();
    $(root, "#pc-validate").click();
    await settle();
    await settle();
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]?.highlights.map((h) => `${h.address}:${h.kind}`)).toEqual(
      expect.arrayContaining(["B3:shortfall", "B4:error", "D3:shortfall"]),
    );
    $(root, "#pc-clear").click();
    await settle();
    expect(host.cleared).toEqual(["Báo cáo"]);
    expect($(root, "#pc-status").textContent).toBe("Cleared the highlights on “Báo cáo”.");
  });

  it("keeps the province figures in the settings and gives them to TARGET_GAP", async () => {
    const { pane, host, figures } = await mount();
    await pane.validate();
    const last = host.settings.lastValidation;
    expect(last).toMatchObject({ plan: "lai-chau", sheet: "Báo cáo", validatedAt: NOW.toISOString() });
    expect(last?.figures["BEDS"]).toBeCloseTo(22.119, 2);
    expect(last?.figures["DOCTORS"]).toBeCloseTo(18.293, 2);
    expect(figures.get()).toEqual(last);
    expect(host.settings.plan).toBe("lai-chau");
  });

  it("loads the last validation's figures into TARGET_GAP's store when it opens", async () => {
    const lastValidation = { plan: "lai-chau", year: 2025, sheet: "S", validatedAt: "x", figures: { HIV: 0.3 } };
    const { figures } = await mount(new FakeHost("en-US", { ...EMPTY_SETTINGS, lastValidation }));
    expect(figures.get()).toEqual(lastValidation);
  });

  it("writes the report through the host and says where", async () => {
    const { root, host, pane } = await mount();
    await pane.validate();
    $(root, "#pc-report").click();
    await settle();
    expect(host.reports).toHaveLength(1);
    expect(host.reports[0]?.headers).toContain("Status");
    expect($(root, "#pc-status").textContent).toContain(host.reports[0]?.sheetName ?? "?");
  });

  it("shows Vietnamese when Office is Vietnamese, and switches language in the pane", async () => {
    const { root: vi } = await mount(new FakeHost("vi-VN"));
    expect($(vi, "#pc-title").textContent).toBe("Kiểm tra chỉ tiêu");
    expect($(vi, "#pc-validate").textContent).toBe("Kiểm tra trang tính");
    const { root, host, pane } = await mount(new FakeHost("en-US"));
    await pane.validate();
    expect($(root, "#pc-validate").textContent).toBe("Validate sheet");
    const language = $<HTMLSelectElement>(root, "#pc-language");
    language.focus();
    language.value = "vi";
    language.dispatchEvent(new Event("change"));
    expect($(root, ".pc-pane").getAttribute("lang")).toBe("vi");
    expect($(root, "#pc-summary li[data-status=shortfall] .pc-count-label").textContent).toBe("Chưa đạt");
    expect(texts(root, ".pc-message")[0]).toMatch(/^Ô B3 \(Mường Tè/);
    expect($(root, "#pc-status").textContent).toBe(
      `${STRINGS.vi.validated(host.snapshot.sheetName)} ${STRINGS.vi.otherYear(2025, 2030)}`,
    );
    expect(document.activeElement?.id).toBe("pc-language");
    await settle();
    expect(host.settings.language).toBe("vi");
  });

  it("says when the sheet reports another year of the plan than the one checked, and not otherwise", async () => {
    const { root, pane } = await mount();
    await pane.validate();
    expect($(root, "#pc-status").textContent).toBe("Validated sheet “Báo cáo”. " + STRINGS.en.otherYear(2025, 2030));
    const year = $<HTMLSelectElement>(root, "#pc-year");
    year.value = "2025";
    year.dispatchEvent(new Event("change"));
    await pane.validate();
    expect($(root, "#pc-status").textContent).toBe("Validated sheet “Báo cáo”.");
  });

  it("shows sheet text as text and creates no element from it", async () => {
    const { root, pane } = await mount();
    await pane.validate();
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("script")).toBeNull();
    expect(texts(root, ".pc-district-name")).toContain("<img src=x onerror=alert(1)>");
  });

  it("saves a corrected mapping for the sheet and reuses it on the next validation", async () => {
    const { root, host, pane } = await mount();
    await pane.validate();
    expect($<HTMLDetailsElement>(root, "#pc-mapping").open).toBe(false);
    expect($<HTMLSelectElement>(root, "#pc-map-layout").value).toBe("wide");
    const doctors = $<HTMLSelectElement>(root, "#pc-map-field-3");
    expect(doctors.value).toBe("indicator:DOCTORS");
    expect(root.querySelector('label[for="pc-map-field-3"]')?.textContent).toBe("Column D: Bác sĩ/vạn dân");
    doctors.value = "";
    $<HTMLSelectElement>(root, "#pc-map-total").value = "";
    $(root, "#pc-map-save").click();
    for (let i = 0; i < 5; i += 1) await settle();
    const saved = host.settings.mappings["Báo cáo"];
    expect(saved?.fields.find((f) => f.index === 3)?.field).toBeNull();
    expect(saved?.totalRow).toBeNull();
    expect(root.querySelector('.pc-indicator[data-indicator="DOCTORS"]')).toBeNull();
    expect($(root, "#pc-map-origin").textContent).toBe("Saved for this sheet.");
    await pane.validate();
    expect(root.querySelector('.pc-indicator[data-indicator="DOCTORS"]')).toBeNull();
  });

  it("says what went wrong when the sheet cannot be read, and stays usable", async () => {
    const host = new FakeHost();
    host.failRead = new Error("The sheet is being edited");
    const { root, pane } = await mount(host);
    await pane.validate();
    expect($(root, "#pc-status").textContent).toBe("That did not work: The sheet is being edited");
    expect($(root, "#pc-status").classList.contains("pc-problem")).toBe(true);
    expect($<HTMLButtonElement>(root, "#pc-validate").disabled).toBe(false);
    expect($<HTMLButtonElement>(root, "#pc-report").disabled).toBe(true);
  });

  it("keeps the findings and TARGET_GAP's figures when the sheet cannot be highlighted", async () => {
    const host = new FakeHost();
    host.applyHighlights = async () => {
      throw new Error("The sheet is protected");
    };
    const { root, pane, figures } = await mount(host);
    await pane.validate();
    expect($(root, "#pc-status").textContent).toBe("That did not work: The sheet is protected");
    expect(root.querySelectorAll("li.pc-finding").length).toBeGreaterThan(0);
    expect(figures.get()?.sheet).toBe("Báo cáo");
    expect(host.settings.lastValidation?.sheet).toBe("Báo cáo");
  });

  it("keeps its live regions in the page across validations and counts the validations finished", async () => {
    const { root, pane } = await mount();
    const status = $(root, "#pc-status");
    const summary = $(root, "#pc-summary");
    expect($(root, ".pc-pane").dataset["validation"]).toBe("0");
    await pane.validate();
    await pane.validate();
    expect($(root, "#pc-status")).toBe(status);
    expect($(root, "#pc-summary")).toBe(summary);
    expect($(root, ".pc-pane").dataset["validation"]).toBe("2");
  });

  it("labels every control and marks the summary as a live region", async () => {
    const { root, pane } = await mount();
    await pane.validate();
    for (const control of root.querySelectorAll("select, input")) {
      expect(root.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
    expect($(root, "#pc-summary").getAttribute("aria-live")).toBe("polite");
    expect($(root, "#pc-status").getAttribute("role")).toBe("status");
    for (const list of root.querySelectorAll("ul")) expect(list.getAttribute("role")).toBe("list");
  });
});
