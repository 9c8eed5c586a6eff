import { cellAddress, columnLetters } from "../core/sheet/address";
import { isCellError } from "../core/sheet/snapshot";
import { dropClasses, el } from "./dom";
import { displayText } from "./format";
import { positionKey, type CellMark } from "./highlight-set";
import type { PreviewCell, PreviewSheet, PreviewWorkbook } from "./model";

/** The page elements the grid draws into. */
export interface GridElements {
  /** role="tablist": one tab per sheet. */
  readonly tabs: HTMLElement;
  /** role="tabpanel", scrollable: holds the active sheet's table. */
  readonly viewport: HTMLElement;
  /** Shows the selected cell's address, like Excel's Name Box. */
  readonly nameBox: HTMLElement;
  /** Shows the selected cell's content, like Excel's formula bar. */
  readonly formulaBar: HTMLElement;
}

/** Empty rows and columns drawn beyond the data, so a small sheet still looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 10;
const PAGE_ROWS = 20;
const DEFAULT_COLUMN_PX = 72;
/** Sheets with more rows than this draw only the rows in view: drawing 10,000 rows of cells takes seconds. */
const WINDOW_THRESHOLD_ROWS = 1000;
/** Rows drawn above and below the visible ones, so scrolling a little redraws nothing. */
const OVERSCAN_ROWS = 40;
const ROW_HEADER_PX = 44;
const HIGHLIGHT_CLASSES = ["pv-hl", "pv-hl-shortfall", "pv-hl-error", "pv-hl-warning"];

interface Position {
  readonly row: number;
  readonly col: number;
}

interface Rendered {
  readonly sheet: PreviewSheet;
  readonly table: HTMLTableElement;
  readonly body: HTMLTableSectionElement;
  readonly rows: number;
  readonly cols: number;
  /** Drawn cells by position; a merged area's hidden cells point at its first cell's element. */
  readonly cells: Map<string, HTMLTableCellElement>;
  /** Hidden cells of merged areas → the area's first cell. */
  readonly coveredBy: Map<string, Position>;
  readonly spans: Map<string, { rowCount: number; colCount: number }>;
  /** Large sheets draw only the rows in view (plus a margin); small ones draw every row. */
  readonly windowed: boolean;
  /** The rows drawn: [start, end). */
  window: { start: number; end: number };
  /** Windowed sheets: the top of each row in pixels (hidden rows take none), and the total at the end. */
  rowTops: Float64Array | undefined;
}

/**
 * An Excel-like grid over an in-memory workbook: sheet tabs, one table per active sheet, PlanCheck's
 * highlights drawn as CSS classes over the cells (never changing what the cells hold), and a
 * keyboard-operable selection.
 */
export class SheetGrid {
  private sheets: PreviewSheet[] = [];
  private activeIndex = 0;
  private readonly marks = new Map<string, Map<string, CellMark>>();
  private readonly selections = new Map<string, Position>();
  private rendered: Rendered | undefined;

  constructor(private readonly elements: GridElements) {
    elements.viewport.addEventListener("click", (event) => this.onClick(event));
    elements.viewport.addEventListener("scroll", () => this.onScroll(), { passive: true });
    elements.viewport.addEventListener("keydown", (event) => this.onKeyDown(event));
    elements.tabs.addEventListener("keydown", (event) => this.onTabKey(event));
  }

  /** Shows a new workbook: its first sheet active, A1 selected, no highlights. */
  load(workbook: PreviewWorkbook): void {
    this.sheets = [...workbook.sheets];
    this.activeIndex = 0;
    this.marks.clear();
    this.selections.clear();
    this.renderTabs();
    this.renderActive();
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** The active sheet, or undefined when the workbook has none. */
  activeSheet(): PreviewSheet | undefined {
    return this.sheets[this.activeIndex];
  }

  sheet(name: string): PreviewSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** Makes a sheet active, as clicking its tab does. */
  activate(name: string): void {
    const index = this.indexOf(name);
    if (index === this.activeIndex && this.rendered?.sheet === this.sheets[index]) return;
    this.activeIndex = index;
    this.renderTabs();
    this.renderActive();
  }

  /** Adds a sheet after the others, or replaces the one with its name, and makes it active. */
  putSheet(sheet: PreviewSheet): void {
    const index = this.sheets.findIndex((existing) => existing.name === sheet.name);
    if (index >= 0) this.sheets[index] = sheet;
    else this.sheets.push(sheet);
    this.marks.delete(sheet.name);
    this.selections.delete(sheet.name);
    this.activeIndex = index >= 0 ? index : this.sheets.length - 1;
    this.renderTabs();
    this.renderActive();
  }

  /** Replaces a sheet's highlights. */
  setMarks(name: string, marks: Map<string, CellMark>): void {
    this.indexOf(name);
    this.undecorate(name);
    this.marks.set(name, marks);
    this.decorate(name);
  }

  /** Removes a sheet's highlights, leaving every drawn cell exactly as it was before. */
  clearMarks(name: string): void {
    this.indexOf(name);
    this.undecorate(name);
    this.marks.delete(name);
  }

  /** Activates the sheet, then selects, scrolls to and focuses the cell (or its merged area). */
  select(name: string, row: number, col: number, focus = true): void {
    this.activate(name);
    const rendered = this.rendered;
    if (rendered === undefined) return;
    const target = rendered.coveredBy.get(positionKey(row, col)) ?? { row, col };
    this.selections.set(name, target);
    if (rendered.windowed && focus) this.scrollToRow(rendered, target.row);
    this.drawSelection(focus);
  }

  private indexOf(name: string): number {
    const index = this.sheets.findIndex((sheet) => sheet.name === name);
    if (index < 0) throw new Error(`The workbook has no sheet named "${name}".`);
    return index;
  }

  private renderTabs(): void {
    const tabs = this.sheets.map((sheet, index) => {
      const active = index === this.activeIndex;
      const tab = el("button", {
        className: "pv-tab",
        text: sheet.name,
        attrs: {
          type: "button",
          role: "tab",
          id: `pv-tab-${index}`,
          "aria-selected": String(active),
          "aria-controls": this.elements.viewport.id,
          tabindex: active ? "0" : "-1",
          "data-sheet": sheet.name,
        },
      });
      tab.addEventListener("click", () => this.activate(sheet.name));
      return tab;
    });
    this.elements.tabs.replaceChildren(...tabs);
  }

  private onTabKey(event: KeyboardEvent): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    const move = moves[event.key];
    if (move === undefined || this.sheets.length === 0) return;
    event.preventDefault();
    const index = Math.min(this.sheets.length - 1, Math.max(0, this.activeIndex + move));
    const sheet = this.sheets[index];
    if (sheet === undefined) return;
    this.activate(sheet.name);
    this.elements.tabs.querySelector<HTMLElement>(`#pv-tab-${index}`)?.focus();
  }

  private renderActive(): void {
    const sheet = this.activeSheet();
    if (sheet === undefined) {
      this.rendered = undefined;
      this.elements.viewport.replaceChildren(el("p", { className: "pv-empty", text: "—" }));
      this.elements.viewport.removeAttribute("aria-labelledby");
      this.drawSelection(false);
      return;
    }
    const rendered = renderSheet(sheet);
    this.rendered = rendered;
    this.elements.viewport.setAttribute("aria-labelledby", `pv-tab-${this.activeIndex}`);
    this.elements.viewport.replaceChildren(rendered.table);
    this.elements.viewport.scrollTop = 0;
    this.elements.viewport.scrollLeft = 0;
    if (rendered.windowed) {
      measureRows(rendered);
      this.drawWindow(windowAround(rendered, 0, this.elements.viewport.clientHeight));
    }
    this.decorate(sheet.name);
    if (!this.selections.has(sheet.name)) this.selections.set(sheet.name, { row: 0, col: 0 });
    this.drawSelection(false);
  }

  private decorate(name: string): void {
    const rendered = this.rendered;
    const marks = this.marks.get(name);
    if (rendered === undefined || rendered.sheet.name !== name || marks === undefined) return;
    for (const [key, mark] of marks) {
      const cell = rendered.cells.get(key);
      if (cell === undefined) continue;
      cell.classList.add("pv-hl", `pv-hl-${mark.kind}`);
      cell.dataset["highlight"] = mark.kind;
      cell.title = mark.note;
    }
  }

  private undecorate(name: string): void {
    const rendered = this.rendered;
    const marks = this.marks.get(name);
    if (rendered === undefined || rendered.sheet.name !== name || marks === undefined) return;
    for (const key of marks.keys()) {
      const cell = rendered.cells.get(key);
      if (cell === undefined) continue;
      dropClasses(cell, ...HIGHLIGHT_CLASSES);
      delete cell.dataset["highlight"];
      cell.removeAttribute("title");
    }
  }

  private drawSelection(focus: boolean): void {
    const rendered = this.rendered;
    for (const previous of this.elements.viewport.querySelectorAll("[aria-selected]")) {
      previous.removeAttribute("aria-selected");
      previous.removeAttribute("tabindex");
      dropClasses(previous, "pv-selected");
    }
    const position = rendered === undefined ? undefined : this.selections.get(rendered.sheet.name);
    if (rendered === undefined || position === undefined) {
      this.elements.nameBox.textContent = "";
      this.elements.formulaBar.textContent = "";
      return;
    }
    const cell = rendered.cells.get(positionKey(position.row, position.col));
    this.elements.nameBox.textContent = cellAddress(position.row, position.col);
    this.elements.formulaBar.textContent = rawText(rendered.sheet, position);
    if (cell === undefined) return;
    cell.setAttribute("aria-selected", "true");
    cell.setAttribute("tabindex", "0");
    cell.classList.add("pv-selected");
    if (focus) {
      cell.scrollIntoView?.({ block: "center", inline: "center" });
      cell.focus({ preventScroll: true });
    }
  }

  private onScroll(): void {
    const rendered = this.rendered;
    if (rendered === undefined || !rendered.windowed) return;
    const { scrollTop, clientHeight } = this.elements.viewport;
    const wanted = windowAround(rendered, scrollTop, clientHeight);
    const margin = OVERSCAN_ROWS / 4;
    const inside =
      wanted.start >= rendered.window.start &&
      wanted.end <= rendered.window.end &&
      (wanted.start - rendered.window.start > margin || rendered.window.start === 0) &&
      (rendered.window.end - wanted.end > margin || rendered.window.end === rendered.rows);
    if (inside) return;
    const focused = this.elements.viewport.contains(document.activeElement);
    this.drawWindow(wanted);
    this.decorate(rendered.sheet.name);
    this.drawSelection(false);
    if (focused) this.elements.viewport.querySelector<HTMLElement>("td[aria-selected]")?.focus({ preventScroll: true });
  }

  /** Scrolls a windowed sheet so the row is in the middle of the view, and draws the rows around it. */
  private scrollToRow(rendered: Rendered, row: number): void {
    const tops = rendered.rowTops;
    if (tops === undefined) return;
    const viewport = this.elements.viewport;
    const top = Math.max(0, (tops[row] ?? 0) - viewport.clientHeight / 2);
    viewport.scrollTop = top;
    this.drawWindow(windowAround(rendered, top, viewport.clientHeight));
    this.decorate(rendered.sheet.name);
  }

  private drawWindow(window: { start: number; end: number }): void {
    const rendered = this.rendered;
    if (rendered === undefined) return;
    drawRows(rendered, window.start, window.end);
  }

  private onClick(event: MouseEvent): void {
    const cell = (event.target as Element | null)?.closest?.("td[data-row]");
    const sheet = this.activeSheet();
    if (!(cell instanceof HTMLTableCellElement) || sheet === undefined) return;
    this.select(sheet.name, Number(cell.dataset["row"]), Number(cell.dataset["col"]));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const rendered = this.rendered;
    const position = rendered === undefined ? undefined : this.selections.get(rendered.sheet.name);
    if (rendered === undefined || position === undefined) return;
    const next = nextPosition(rendered, position, event);
    if (next === undefined) return;
    event.preventDefault();
    this.select(rendered.sheet.name, next.row, next.col);
  }
}

function nextPosition(rendered: Rendered, from: Position, event: KeyboardEvent): Position | undefined {
  const { sheet, rows, cols } = rendered;
  const step = (position: Position, dRow: number, dCol: number): Position => {
    let { row, col } = position;
    const merge = rendered.coveredBy.get(positionKey(row, col)) ?? position;
    const span = sheet.merges.find((area) => area.row === merge.row && area.col === merge.col);
    if (dRow > 0 && span !== undefined) row = merge.row + span.rowCount - 1;
    if (dCol > 0 && span !== undefined) col = merge.col + span.colCount - 1;
    do row += dRow;
    while (dRow !== 0 && sheet.hiddenRows.has(row) && row > 0 && row < rows - 1);
    do col += dCol;
    while (dCol !== 0 && sheet.hiddenColumns.has(col) && col > 0 && col < cols - 1);
    return { row: Math.min(rows - 1, Math.max(0, row)), col: Math.min(cols - 1, Math.max(0, col)) };
  };
  switch (event.key) {
    case "ArrowUp":
      return step(from, -1, 0);
    case "ArrowDown":
    case "Enter":
      return step(from, 1, 0);
    case "ArrowLeft":
      return step(from, 0, -1);
    case "ArrowRight":
    case "Tab":
      return event.shiftKey && event.key === "Tab" ? step(from, 0, -1) : step(from, 0, 1);
    case "PageUp":
      return { row: Math.max(0, from.row - PAGE_ROWS), col: from.col };
    case "PageDown":
      return { row: Math.min(rows - 1, from.row + PAGE_ROWS), col: from.col };
    case "Home":
      return event.ctrlKey ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case "End":
      return event.ctrlKey ? { row: sheet.rowCount - 1, col: sheet.colCount - 1 } : { row: from.row, col: cols - 1 };
    default:
      return undefined;
  }
}

function rawText(sheet: PreviewSheet, position: Position): string {
  const value = sheet.cells[position.row]?.[position.col]?.value ?? null;
  if (value === null) return "";
  return isCellError(value) ? value.error : String(value);
}

function renderSheet(sheet: PreviewSheet): Rendered {
  const rows = Math.max(sheet.rowCount, MIN_ROWS);
  const cols = Math.max(sheet.colCount, MIN_COLS);
  const coveredBy = new Map<string, Position>();
  const spans = new Map<string, { rowCount: number; colCount: number }>();
  for (const merge of sheet.merges) {
    spans.set(positionKey(merge.row, merge.col), merge);
    for (let r = merge.row; r < merge.row + merge.rowCount; r++)
      for (let c = merge.col; c < merge.col + merge.colCount; c++)
        if (r !== merge.row || c !== merge.col) coveredBy.set(positionKey(r, c), { row: merge.row, col: merge.col });
  }

  const table = el("table", {
    className: "pv-grid",
    attrs: {
      role: "grid",
      "aria-label": sheet.name,
      "aria-rowcount": String(rows + 1),
      "aria-colcount": String(cols + 1),
    },
  });
  const colgroup = el("colgroup");
  colgroup.append(el("col", { className: "pv-col-rowhead" }));
  let tableWidth = ROW_HEADER_PX;
  const headRow = el("tr");
  headRow.append(el("th", { className: "pv-corner", attrs: { "aria-hidden": "true" } }));
  for (let c = 0; c < cols; c++) {
    const col = el("col");
    const width = sheet.columnWidths.get(c);
    const pixels = width === undefined ? DEFAULT_COLUMN_PX : Math.round(width * 7 + 5);
    col.style.width = `${pixels}px`;
    const hidden = sheet.hiddenColumns.has(c);
    if (!hidden) tableWidth += pixels;
    if (hidden) col.className = "pv-hidden";
    colgroup.append(col);
    headRow.append(
      el("th", {
        className: hidden ? "pv-colhead pv-hidden" : "pv-colhead",
        text: columnLetters(c),
        attrs: { scope: "col" },
      }),
    );
  }
  const head = el("thead");
  head.append(headRow);

  const body = el("tbody");
  table.style.width = `${tableWidth}px`;
  const windowed = rows > WINDOW_THRESHOLD_ROWS;
  if (windowed) table.classList.add("pv-windowed");
  table.append(colgroup, head, body);
  const rendered: Rendered = {
    sheet,
    table,
    body,
    rows,
    cols,
    cells: new Map(),
    coveredBy,
    spans,
    windowed,
    window: { start: 0, end: 0 },
    rowTops: undefined,
  };
  drawRows(rendered, 0, windowed ? Math.min(rows, OVERSCAN_ROWS) : rows);
  return rendered;
}

/** Draws rows [start, end) of the sheet into the table body, with spacers for the rows not drawn. */
function drawRows(rendered: Rendered, from: number, to: number): void {
  const { sheet, cols, coveredBy, spans, body } = rendered;
  // A merged area drawn from its first row, or it would lose its span.
  const start = sheet.merges.reduce(
    (first, merge) => (merge.row < first && merge.row + merge.rowCount > first ? merge.row : first),
    from,
  );
  const end = Math.min(rendered.rows, to);
  const cells = rendered.cells;
  cells.clear();
  const trs: HTMLTableRowElement[] = [];
  const tops = rendered.rowTops;
  if (tops !== undefined && start > 0) trs.push(spacer(tops[start] ?? 0));
  for (let r = start; r < end; r++) {
    const tr = document.createElement("tr");
    if (rendered.windowed) tr.setAttribute("aria-rowindex", String(r + 2));
    if (sheet.hiddenRows.has(r)) tr.className = "pv-hidden";
    const head = document.createElement("th");
    head.className = "pv-rowhead";
    head.scope = "row";
    head.textContent = String(r + 1);
    tr.append(head);
    const row = sheet.cells[r];
    for (let c = 0; c < cols; c++) {
      const key = positionKey(r, c);
      if (coveredBy.has(key)) continue;
      const td = drawCell(row?.[c], r, c, spans.get(key));
      if (sheet.hiddenColumns.has(c)) td.classList.add("pv-hidden");
      cells.set(key, td);
      tr.append(td);
    }
    trs.push(tr);
  }
  if (tops !== undefined && end < rendered.rows) trs.push(spacer((tops[rendered.rows] ?? 0) - (tops[end] ?? 0)));
  for (const [key, master] of coveredBy) {
    const td = cells.get(positionKey(master.row, master.col));
    if (td !== undefined) cells.set(key, td);
  }
  body.replaceChildren(...trs);
  rendered.window = { start, end };
}

function drawCell(
  cell: PreviewCell | undefined,
  r: number,
  c: number,
  span: { rowCount: number; colCount: number } | undefined,
): HTMLTableCellElement {
  const td = document.createElement("td");
  td.dataset["row"] = String(r);
  td.dataset["col"] = String(c);
  td.dataset["address"] = cellAddress(r, c);
  if (span !== undefined) {
    if (span.rowCount > 1) td.rowSpan = span.rowCount;
    if (span.colCount > 1) td.colSpan = span.colCount;
  }
  if (cell === undefined) return td;
  const text = displayText(cell.value, cell.format);
  if (text !== "") td.textContent = text;
  const classes = [
    typeof cell.value === "number" ? "pv-num" : "",
    isCellError(cell.value) ? "pv-err" : "",
    cell.look?.bold ? "pv-bold" : "",
    cell.look?.align ? `pv-align-${cell.look.align}` : "",
  ].filter((name) => name !== "");
  if (classes.length > 0) td.className = classes.join(" ");
  if (cell.look?.fill !== undefined) td.style.backgroundColor = cell.look.fill;
  return td;
}

function spacer(height: number): HTMLTableRowElement {
  const tr = document.createElement("tr");
  tr.className = "pv-spacer";
  tr.setAttribute("aria-hidden", "true");
  tr.style.height = `${height}px`;
  return tr;
}

/** Windowed sheets: every row is one line high, so the row tops follow from one drawn row's height. */
function measureRows(rendered: Rendered): void {
  const sample = rendered.body.querySelector("tr:not(.pv-hidden):not(.pv-spacer)");
  const height = sample?.getBoundingClientRect().height || 23;
  const tops = new Float64Array(rendered.rows + 1);
  for (let r = 0; r < rendered.rows; r++)
    tops[r + 1] = (tops[r] ?? 0) + (rendered.sheet.hiddenRows.has(r) ? 0 : height);
  rendered.rowTops = tops;
}

/** The rows to draw for a scroll position: those in view, and a margin either side. */
function windowAround(rendered: Rendered, scrollTop: number, viewHeight: number): { start: number; end: number } {
  const tops = rendered.rowTops;
  if (tops === undefined) return { start: 0, end: rendered.rows };
  const headHeight = rendered.table.tHead?.getBoundingClientRect().height ?? 0;
  const top = Math.max(0, scrollTop - headHeight);
  let low = 0;
  let high = rendered.rows;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tops[middle + 1] ?? 0) <= top) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < rendered.rows && (tops[last] ?? 0) < top + viewHeight) last++;
  return { start: Math.max(0, low - OVERSCAN_ROWS), end: Math.min(rendered.rows, last + OVERSCAN_ROWS) };
}
