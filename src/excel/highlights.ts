import type { Highlight, HighlightKind } from "../core/report/types";
import { packCells, splitAddresses, stripSheet } from "./areas";
import { BUDGET } from "./limits";

/** What the Office host supports, asked once per operation. */
export interface HighlightFeatures {
  /** ExcelApi 1.18: `worksheet.notes`. */
  readonly notes: boolean;
  /** ExcelApi 1.10: `worksheet.comments` (threaded comments: a cell with one gets no note). */
  readonly comments: boolean;
}

/** Fill of each kind: Excel's own "light red" and "yellow" presets, and a violet for data errors. */
export const HIGHLIGHT_FILL: Readonly<Record<HighlightKind, string>> = {
  shortfall: "#FFC7CE",
  error: "#E4C7F5",
  warning: "#FFEB9C",
};

const KINDS: readonly HighlightKind[] = ["error", "shortfall", "warning"];

/**
 * PlanCheck's conditional formats carry this marker in a formula that is always true, so they can be
 * told from the user's own rules and deleted, and only they, on clear.
 */
export const markerFormula = (kind: HighlightKind): string => `=N("PlanCheck:${kind}")=0`;
const isMarkerFormula = (formula: string): boolean => formula.includes('"PlanCheck:');

/** PlanCheck's notes start with this, so clear removes them and never a note of the user's. */
export const NOTE_PREFIX = "PlanCheck: ";
const NOTE_MAX_CHARS = 1_000;

/**
 * Replaces PlanCheck's highlights on a sheet: deletes its previous conditional formats and notes and
 * adds the new ones. Values and the user's own formats are never written: a highlight is a conditional
 * format (a custom rule per kind over a RangeAreas), which Excel draws over the cell's own fill and
 * removes without a trace.
 *
 * Syncs: one to read the sheet's conditional formats and notes (and whether highlighted cells already
 * hold a note), one to delete and write. A sheet with threaded comments costs one more, to learn
 * which cells they are on (a comment has no address until its location is loaded).
 */
export async function replaceHighlights(
  context: Excel.RequestContext,
  sheetName: string,
  highlights: readonly Highlight[],
  features: HighlightFeatures,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // conditionalFormats, notes and comments are navigation properties: collections, not values to load.
  // eslint-disable-next-line office-addins/load-object-before-read
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type,items/customOrNullObject/rule/formula");
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
  const notes = features.notes ? sheet.notes : undefined;
  notes?.load("items/content");
  const noteCells = notes === undefined ? [] : noteTargets(highlights);
  const existingNotes = noteCells.map((cell) => ({ cell, note: notes?.getItemOrNullObject(cell.address) }));
  for (const { note } of existingNotes) note?.load("content");
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
  const comments = features.comments && noteCells.length > 0 ? sheet.comments : undefined;
  comments?.load("items/id");
  await context.sync();

  const commented = await commentedCells(context, comments);

  for (const format of formats.items) {
    const custom = format.customOrNullObject;
    if (!custom.isNullObject && isMarkerFormula(custom.rule.formula)) format.delete();
  }
  for (const note of notes?.items ?? []) if (note.content.startsWith(NOTE_PREFIX)) note.delete();
  for (const kind of KINDS) {
    const cells = highlights.filter((h) => h.kind === kind).map((h) => stripSheet(h.address));
    for (const address of splitAddresses(packCells(cells), BUDGET.areasAddressChars)) {
      const format = sheet.getRanges(address).conditionalFormats.add("Custom");
      format.custom.rule.formula = markerFormula(kind);
      format.custom.format.fill.color = HIGHLIGHT_FILL[kind];
    }
  }
  for (const { cell, note } of existingNotes) {
    const free = note === undefined || note.isNullObject || note.content.startsWith(NOTE_PREFIX);
    if (free && !commented.has(cell.address)) notes?.add(cell.address, cell.text);
  }
  await context.sync();
}

/** One note per highlighted cell (the first highlight of a cell says it), at most `BUDGET.notes`. */
function noteTargets(highlights: readonly Highlight[]): { address: string; text: string }[] {
  const byCell = new Map<string, string>();
  for (const highlight of highlights) {
    const address = stripSheet(highlight.address).split(":")[0]?.toUpperCase() ?? "";
    if (address !== "" && highlight.note.trim() !== "" && !byCell.has(address)) byCell.set(address, highlight.note);
  }
  return [...byCell.entries()]
    .slice(0, BUDGET.notes)
    .map(([address, note]) => ({ address, text: `${NOTE_PREFIX}${note}`.slice(0, NOTE_MAX_CHARS) }));
}

/** Cells holding a threaded comment; costs a sync only when the sheet has comments at all. */
async function commentedCells(
  context: Excel.RequestContext,
  comments: Excel.CommentCollection | undefined,
): Promise<Set<string>> {
  if (comments === undefined || comments.items.length === 0) return new Set();
  const locations = comments.items.map((comment) => comment.getLocation().load("address"));
  await context.sync();
  return new Set(locations.map((range) => stripSheet(range.address).split(":")[0]?.toUpperCase() ?? ""));
}
