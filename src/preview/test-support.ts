import { SheetGrid } from "./grid";
import type { PreviewCell, PreviewSheet } from "./model";

/** A sheet from rows of plain values (null for a blank), for tests. */
export function sheetOf(
  name: string,
  rows: readonly (readonly PreviewCell["value"][])[],
  extra: Partial<PreviewSheet> = {},
): PreviewSheet {
  const cells = rows.map((row) =>
    row.map((value): PreviewCell | undefined => (value === null ? undefined : { value, format: "General" })),
  );
  return {
    name,
    cells,
    rowCount: rows.length,
    colCount: Math.max(0, ...rows.map((row) => row.length)),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    columnWidths: new Map(),
    ...extra,
  };
}

/** A grid in a fresh document body, as preview.html lays it out. */
export function gridInPage(): {
  grid: SheetGrid;
  viewport: HTMLElement;
  tabs: HTMLElement;
  nameBox: HTMLElement;
  formulaBar: HTMLElement;
} {
  document.body.replaceChildren();
  const make = (id: string, tag = "div"): HTMLElement => {
    const element = document.createElement(tag);
    element.id = id;
    document.body.append(element);
    return element;
  };
  const viewport = make("grid-viewport");
  const tabs = make("sheet-tabs");
  const nameBox = make("name-box", "output");
  const formulaBar = make("formula-bar", "output");
  return { grid: new SheetGrid({ viewport, tabs, nameBox, formulaBar }), viewport, tabs, nameBox, formulaBar };
}

/** The cell element the grid drew for an address. */
export function cellElement(viewport: HTMLElement, address: string): HTMLTableCellElement {
  const cell = viewport.querySelector<HTMLTableCellElement>(`td[data-address="${address}"]`);
  if (cell === null) throw new Error(`no cell ${address} drawn`);
  return cell;
}
