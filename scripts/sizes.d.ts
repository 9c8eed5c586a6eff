export interface ScriptSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}
/** Sizes of dist/*.js and the task pane's own scripts (office.js excluded). */
export function measure(dist: string): { all: ScriptSize[]; pane: string[]; paneBytes: number; budget: number };
/** The task pane's own scripts, relative to dist. */
export function paneScripts(dist: string): string[];
/** Prints the sizes; false when the task pane is over budget. */
export function report(dist: string): boolean;
export const BUDGET_BYTES: number;
