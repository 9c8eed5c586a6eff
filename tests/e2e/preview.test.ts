import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { wordFinding } from "../../src/core/messages/findings";
import { STRINGS } from "../../src/taskpane/strings";
import { serveStatic } from "../../scripts/serve";
import { HOSTILE_TEXTS, hostileWorkbook, largeWorkbook } from "../../scripts/preview-fixtures";
import { launchChromium } from "./support/chromium";
import { DIST, built, defaultSample } from "./support/dist";
import { expectedValidation } from "./support/expected";
import {
  gridMarkup,
  highlightedCells,
  openPreview,
  paneChoice,
  selection,
  validate,
  waitForPaneReady,
  type PageRecord,
} from "./support/preview-page";

jest.setTimeout(90_000);

const SCREENSHOTS = path.join(__dirname, "..", "..", "test-output");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  built("preview/index.html");
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Nothing a page did may be a script error, a dialog or a CSP violation. */
async function expectCleanPage(record: PageRecord): Promise<void> {
  expect(record.pageErrors).toEqual([]);
  expect(record.dialogs).toEqual([]);
  expect(await record.cspViolations()).toEqual([]);
}

async function withPreview(
  test: (page: Page, record: PageRecord) => Promise<void>,
  options: { query?: string; locale?: string } = {},
): Promise<void> {
  const { context, page, record } = await openPreview(browser, server.url, options);
  try {
    await test(page, record);
    await expectCleanPage(record);
  } finally {
    await context.close();
  }
}

/** Cells of listed findings that the grid draws as their own visible cell (not hidden, not inside a merged area). */
function visibleFindingCells(page: Page): Promise<string[]> {
  return page.$$eval("#pc-findings li.pc-finding[data-cell]", (items) => {
    const cells = items.map((item) => (item as HTMLElement).dataset["cell"] ?? "");
    return [...new Set(cells)].filter((cell) => {
      const td = document.querySelector(`#grid-viewport td[data-address='${cell}']`);
      return td !== null && td.getClientRects().length > 0;
    });
  });
}

describe("the preview", () => {
  it("validates the sample: lists its findings and highlights exactly the cells the engine marks", () =>
    withPreview(async (page) => {
      const sample = defaultSample();
      expect(await page.textContent("#workbook-name")).toBe(sample.file);
      const choice = await paneChoice(page);
      const expected = await expectedValidation(sample.path, choice, "en");
      expect(expected.result.findings.length).toBeGreaterThan(0);

      await validate(page);

      const counts = await page.$$eval("#pc-summary li[data-status]", (items) =>
        Object.fromEntries(
          items.map((item) => [
            (item as HTMLElement).dataset["status"],
            Number((item as HTMLElement).dataset["count"]),
          ]),
        ),
      );
      expect(counts).toEqual({ ...expected.result.summary });
      const listed = await page.$$eval("#pc-findings li.pc-finding .pc-message", (items) =>
        items.map((item) => item.textContent),
      );
      const unmet = expected.result.findings.filter((finding) => finding.status !== "met");
      expect(listed.sort()).toEqual(unmet.map((finding) => wordFinding(finding, "en")).sort());
      expect(await highlightedCells(page)).toEqual(expected.highlights);
      const note = await page.$eval("#grid-viewport td[data-highlight]", (cell) => (cell as HTMLElement).title);
      expect(note).not.toBe("");
    }));

  it("selects, scrolls to and focuses a finding's cell when the finding is clicked or chosen with Enter", () =>
    withPreview(async (page) => {
      await validate(page);
      const cells = await visibleFindingCells(page);
      expect(cells.length).toBeGreaterThan(1);
      const last = cells[cells.length - 1] ?? "";
      await page.locator(`#pc-findings li.pc-finding[data-cell='${last}']`).first().click();
      await page.waitForFunction((cell) => document.querySelector("#name-box")?.textContent === cell, last);
      expect(await selection(page)).toEqual({
        sheet: await page.getAttribute(`#pc-findings li.pc-finding[data-cell='${last}']`, "data-sheet"),
        address: last,
        focused: true,
        nameBox: last,
      });
      const inView = await page.$eval("#grid-viewport td[aria-selected='true']", (cell) => {
        const box = cell.getBoundingClientRect();
        const port = document.querySelector("#grid-viewport")?.getBoundingClientRect();
        return port !== undefined && box.top >= port.top && box.bottom <= port.bottom;
      });
      expect(inView).toBe(true);

      const first = cells[0] ?? "";
      await page.locator(`#pc-findings li.pc-finding[data-cell='${first}']`).first().focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((cell) => document.querySelector("#name-box")?.textContent === cell, first);
      expect(await selection(page)).toMatchObject({ address: first, focused: true });
    }));

  it("clears the highlights, leaving the grid exactly as it was before validating", () =>
    withPreview(async (page) => {
      const before = await gridMarkup(page);
      await validate(page);
      const highlighted = Object.keys(await highlightedCells(page)).length;
      expect(highlighted).toBeGreaterThan(0);
      await validate(page);
      expect(Object.keys(await highlightedCells(page)).length).toBe(highlighted);
      await page.locator("#pc-findings li.pc-finding[data-cell]").first().click();
      await page.click("#pc-clear");
      await page.waitForFunction(() => document.querySelector("#grid-viewport td[data-highlight]") === null);
      expect(await gridMarkup(page)).toBe(before);
    }));

  it("writes the report as a new sheet tab holding a row per finding", () =>
    withPreview(async (page) => {
      await validate(page);
      const tabsBefore = await page.$$eval("#sheet-tabs [role='tab']", (tabs) => tabs.map((tab) => tab.textContent));
      await page.click("#pc-report");
      await page.waitForFunction(
        (count) => document.querySelectorAll("#sheet-tabs [role='tab']").length > count,
        tabsBefore.length,
      );
      const active = await page.textContent("#sheet-tabs [aria-selected='true']");
      expect(tabsBefore).not.toContain(active);
      expect(await page.textContent("#pc-status")).toContain(active ?? "");
      const rows = await page.$$eval(
        "#grid-viewport tbody tr",
        (trs) => trs.filter((tr) => [...tr.querySelectorAll("td")].some((td) => td.textContent !== "")).length,
      );
      const listed = await page.locator("#pc-findings li.pc-finding").count();
      expect(rows).toBeGreaterThanOrEqual(listed);
    }));

  it("switches the pane to Vietnamese, and opens in Vietnamese for a Vietnamese display language", async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await withPreview(async (page) => {
      await validate(page);
      await page.locator("#taskpane-root").screenshot({ path: path.join(SCREENSHOTS, "pane-en.png") });
      await page.screenshot({ path: path.join(SCREENSHOTS, "preview-en.png") });
      await page.selectOption("#pc-language", "vi");
      await page.waitForSelector(".pc-pane[lang='vi']");
      expect(await page.textContent("#pc-title")).toBe(STRINGS.vi.title);
      expect(await page.textContent("#pc-validate")).toBe(STRINGS.vi.validate);
      expect(await page.textContent("#pc-clear")).toBe(STRINGS.vi.clear);
      const badges = await page.$$eval("#pc-findings .pc-badge", (items) => items.map((item) => item.textContent));
      expect(badges.length).toBeGreaterThan(0);
      expect(badges.every((badge) => Object.values(STRINGS.vi.status).includes(badge ?? ""))).toBe(true);
      await page.locator("#taskpane-root").screenshot({ path: path.join(SCREENSHOTS, "pane-vi.png") });
      await page.screenshot({ path: path.join(SCREENSHOTS, "preview-vi.png") });
    });
    await withPreview(
      async (page) => {
        expect(await page.textContent("#pc-validate")).toBe(STRINGS.vi.validate);
      },
      { locale: "vi-VN" },
    );
    await withPreview(
      async (page) => {
        expect(await page.textContent("#pc-validate")).toBe(STRINGS.vi.validate);
      },
      { query: "?lang=vi" },
    );
  });

  it("shows markup from a workbook as text in the grid and the pane, and runs none of it", () =>
    withPreview(async (page) => {
      const buffer = Buffer.from(await hostileWorkbook(ExcelJS).xlsx.writeBuffer());
      await page.setInputFiles("#file-input", {
        name: "hostile.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer,
      });
      await page.waitForFunction(() => document.querySelector("#workbook-name")?.textContent === "hostile.xlsx");
      await waitForPaneReady(page);
      expect(await page.textContent("#grid-viewport td[data-address='B4']")).toBe(HOSTILE_TEXTS[0]);
      expect(await page.textContent("#grid-viewport td[data-address='I5']")).toBe(HOSTILE_TEXTS[1]);
      expect(await page.$$eval("#sheet-tabs [role='tab']", (tabs) => tabs.map((tab) => tab.textContent))).toContain(
        "<img src=x onerror=alert(2)>",
      );

      await validate(page);
      const paneText = (await page.textContent("#taskpane-root")) ?? "";
      expect(HOSTILE_TEXTS.some((text) => paneText.includes(text))).toBe(true);
      await page.click("#sheet-tabs [role='tab']:last-child");
      await page.click("#pc-validate");
      await page.waitForSelector(".pc-pane[data-state='ready']");

      const created = await page.evaluate(() => ({
        images: document.querySelectorAll("img").length,
        scripts: [...document.querySelectorAll("script")].map((script) => new URL(script.src).pathname),
        handlers: document.querySelectorAll("[onerror], [onload]").length,
      }));
      expect(created).toEqual({ images: 0, scripts: ["/preview/exceljs.min.js", "/preview/preview.js"], handlers: 0 });
    }));

  it("makes no request outside its own origin while loading, validating, clearing and reporting", () =>
    withPreview(async (page, record) => {
      await validate(page);
      await page.locator("#pc-findings li.pc-finding[data-cell]").first().click();
      await page.click("#pc-clear");
      await page.click("#pc-report");
      await page.waitForSelector(".pc-pane[data-state='ready']");
      const origin = new URL(server.url).origin;
      expect(record.requests.length).toBeGreaterThan(0);
      expect(record.requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin)).toEqual([]);
      expect(record.requests.some((url) => url.includes("office.js"))).toBe(false);
    }));

  it("reports a file that is not a workbook and keeps the open one", () =>
    withPreview(async (page) => {
      const sample = await page.textContent("#workbook-name");
      await page.setInputFiles("#file-input", {
        name: "notes.xlsx",
        mimeType: "text/plain",
        buffer: Buffer.from("not a zip"),
      });
      await page.waitForSelector("#preview-status.pv-status-problem");
      expect(await page.textContent("#preview-status")).toContain("notes.xlsx could not be opened");
      expect(await page.textContent("#workbook-name")).toBe(sample);
    }));

  it("works with the keyboard: tabs switch sheets and arrow keys move the selected cell", () =>
    withPreview(async (page) => {
      await page.focus("#sheet-tabs [aria-selected='true']");
      await page.keyboard.press("ArrowRight");
      const second = await page.$$eval("#sheet-tabs [role='tab']", (tabs) => tabs[1]?.textContent ?? "");
      expect(await page.textContent("#sheet-tabs [aria-selected='true']")).toBe(second);
      await page.keyboard.press("ArrowLeft");
      await page.click("#grid-viewport td[data-address='A25']");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowUp");
      expect(await selection(page)).toMatchObject({ address: "C25", focused: true, nameBox: "C25" });
    }));

  it("draws a large sheet a screenful at a time and still takes a finding far down to its cell", () =>
    withPreview(async (page) => {
      const buffer = Buffer.from(await largeWorkbook(ExcelJS, 3000).xlsx.writeBuffer());
      await page.setInputFiles("#file-input", { name: "large.xlsx", mimeType: "application/octet-stream", buffer });
      await page.waitForFunction(() => document.querySelector("#workbook-name")?.textContent === "large.xlsx");
      await waitForPaneReady(page);
      expect(await page.locator("#grid-viewport tbody tr:not(.pv-spacer)").count()).toBeLessThan(300);
      await validate(page);
      const far = await page.$$eval("#pc-findings li.pc-finding[data-cell]", (items) => {
        const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0] ?? 0);
        const cells = items
          .map((item) => (item as HTMLElement).dataset["cell"] ?? "")
          .filter((cell) => rowOf(cell) > 90);
        return cells.sort((a, b) => rowOf(a) - rowOf(b)).at(-1);
      });
      expect(far).toBeDefined();
      expect(await page.locator(`#grid-viewport td[data-address='${far}']`).count()).toBe(0);
      await page.locator(`#pc-findings li.pc-finding[data-cell='${far}']`).first().click();
      await page.waitForFunction((cell) => document.querySelector("#name-box")?.textContent === cell, far);
      expect(await selection(page)).toMatchObject({ address: far, focused: true });
      const inView = await page.$eval("#grid-viewport td[aria-selected='true']", (cell) => {
        const box = cell.getBoundingClientRect();
        const port = document.querySelector("#grid-viewport")?.getBoundingClientRect();
        return port !== undefined && box.top >= port.top && box.bottom <= port.bottom;
      });
      expect(inView).toBe(true);
      expect(
        await page.$eval(
          `#grid-viewport td[data-address='${far}']`,
          (cell) => (cell as HTMLElement).dataset["highlight"],
        ),
      ).toBeDefined();
    }));

  it("gives every control, the grid and the pane a name a screen reader can read", () =>
    withPreview(async (page) => {
      await validate(page);
      const unnamed = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            "button, select, input, [role='tab'], [role='grid'], [role='tabpanel'], aside",
          ),
        ]
          .filter((element) => {
            const labelled = element.getAttribute("aria-labelledby");
            const named =
              (element.getAttribute("aria-label") ?? "").trim() !== "" ||
              (labelled !== null &&
                labelled.split(" ").every((id) => document.getElementById(id)?.textContent?.trim())) ||
              ((element as HTMLInputElement).labels?.length ?? 0) > 0 ||
              (element.matches("button, [role='tab']") && (element.textContent ?? "").trim() !== "");
            return !named;
          })
          .map((element) => element.outerHTML.slice(0, 80)),
      );
      expect(unnamed).toEqual([]);
      const sheet = (await page.textContent("#sheet-tabs [aria-selected='true']")) ?? "";
      expect(await page.getByRole("grid", { name: sheet, exact: true }).count()).toBe(1);
      expect(await page.getByRole("complementary", { name: "PlanCheck task pane" }).count()).toBe(1);
    }));
});
