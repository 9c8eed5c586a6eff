import "../jitless";
import type * as ExcelJS from "exceljs";
import { mountTaskPane } from "../taskpane/mount";
import { workbookFromExcelJs } from "./from-exceljs";
import { SheetGrid } from "./grid";
import { PreviewWorkbookHost, previewLanguage } from "./host";
import type { PreviewWorkbook } from "./model";
import { parseSampleIndex, type Sample } from "./samples";

declare global {
  interface Window {
    /** exceljs's browser build, loaded by its own script tag before this bundle. */
    ExcelJS?: typeof ExcelJS;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`preview.html has no #${id}`);
  return element as T;
}

const paneRoot = byId<HTMLElement>("taskpane-root");
const status = byId<HTMLElement>("preview-status");
const workbookName = byId<HTMLElement>("workbook-name");
const sampleSelect = byId<HTMLSelectElement>("sample-select");
const fileInput = byId<HTMLInputElement>("file-input");
const grid = new SheetGrid({
  tabs: byId("sheet-tabs"),
  viewport: byId("grid-viewport"),
  nameBox: byId("name-box"),
  formulaBar: byId("formula-bar"),
});
const host = new PreviewWorkbookHost(grid, previewLanguage(location.search, navigator.language));

function say(message: string, problem = false): void {
  status.textContent = message;
  status.classList.toggle("pv-status-problem", problem);
}

function paneFailed(error: unknown): void {
  const message = document.createElement("p");
  message.className = "pv-pane-failed";
  message.setAttribute("role", "alert");
  message.textContent = `The task pane could not start: ${error instanceof Error ? error.message : String(error)}`;
  paneRoot.replaceChildren(message);
}

/** A fresh task pane over the workbook, as Excel opens one per workbook; settles once the pane is ready. */
async function mountPane(): Promise<void> {
  paneRoot.replaceChildren();
  try {
    await mountTaskPane(paneRoot, host).ready;
  } catch (error) {
    paneFailed(error);
  }
}

async function readWorkbook(data: ArrayBuffer, fileName: string): Promise<PreviewWorkbook> {
  const library = window.ExcelJS;
  if (library === undefined) throw new Error("exceljs did not load");
  const workbook = new library.Workbook();
  await workbook.xlsx.load(data);
  return workbookFromExcelJs(workbook, fileName);
}

async function open(data: ArrayBuffer, fileName: string): Promise<void> {
  performance.mark("plancheck:open-start");
  say(`Opening ${fileName}…`);
  let workbook: PreviewWorkbook;
  try {
    workbook = await readWorkbook(data, fileName);
  } catch (error) {
    say(
      `${fileName} could not be opened as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`,
      true,
    );
    return;
  }
  performance.mark("plancheck:workbook-read");
  grid.load(workbook);
  performance.mark("plancheck:grid-drawn");
  host.resetSettings();
  workbookName.textContent = fileName;
  document.title = `${fileName} — PlanCheck preview`;
  await mountPane();
  performance.mark("plancheck:open-done");
  say(workbook.sheets.length === 0 ? `${fileName} has no visible sheet.` : `Opened ${fileName}.`);
}

async function openSample(sample: Sample): Promise<void> {
  try {
    const response = await fetch(`samples/${encodeURIComponent(sample.file)}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await open(await response.arrayBuffer(), sample.file);
  } catch (error) {
    say(
      `The sample ${sample.file} could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
      true,
    );
  }
}

async function loadSamples(): Promise<Sample[]> {
  try {
    const response = await fetch("samples/index.json");
    return response.ok ? parseSampleIndex(await response.json()) : [];
  } catch {
    return [];
  }
}

async function start(): Promise<void> {
  const samples = await loadSamples();
  sampleSelect.replaceChildren(
    ...samples.map((sample) => {
      const option = document.createElement("option");
      option.value = sample.file;
      option.textContent = sample.title;
      return option;
    }),
  );
  sampleSelect.disabled = samples.length === 0;
  sampleSelect.addEventListener("change", () => {
    const sample = samples.find((candidate) => candidate.file === sampleSelect.value);
    if (sample !== undefined) void openSample(sample);
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file !== undefined) void file.arrayBuffer().then((data) => open(data, file.name));
    fileInput.value = "";
  });

  const wanted = new URLSearchParams(location.search).get("sample");
  const first = samples.find((sample) => sample.file === wanted) ?? samples[0];
  if (first === undefined) {
    grid.load({ fileName: "", sheets: [] });
    await mountPane();
    say("No sample workbook was built: open an .xlsx file.");
  } else {
    sampleSelect.value = first.file;
    await openSample(first);
  }
  document.documentElement.dataset["previewReady"] = "true";
  performance.mark("plancheck:preview-ready");
}

void start();
