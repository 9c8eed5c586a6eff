import type { WorkbookSettings } from "../core/settings/schema";

/** The province figures of the last validated sheet, as kept in the workbook's settings. */
export type LastValidation = NonNullable<WorkbookSettings["lastValidation"]>;
export type ProvinceFiguresListener = (figures: LastValidation | undefined) => void;

/**
 * Holds the last validation's province figures for `=YTE.TARGET_GAP(code, year)` with no actual.
 * The task pane (same shared runtime) fills it from the workbook settings when it starts and
 * after every validation; streaming TARGET_GAP cells subscribe and update when it changes.
 */
export interface ProvinceFigureStore {
  get(): LastValidation | undefined;
  /** Replaces the figures (undefined clears them) and tells every subscriber. */
  set(figures: LastValidation | undefined): void;
  /** Calls `listener` on every later change; returns the function that stops it. */
  subscribe(listener: ProvinceFiguresListener): () => void;
  /** How many subscribers are listening (live TARGET_GAP cells). */
  listenerCount(): number;
}

export function createProvinceFigureStore(): ProvinceFigureStore {
  let current: LastValidation | undefined;
  const listeners = new Set<ProvinceFiguresListener>();
  return {
    get: () => current,
    set(figures) {
      current = figures;
      for (const listener of [...listeners]) {
        try {
          listener(current);
        } catch {
          // One cell failing to update must not stop the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
  };
}

// The task pane and the functions are two entries on one page: keeping the store on the page's
// global object makes it one store even where they are bundled or loaded apart.
const KEY = Symbol.for("plancheck.provinceFigures");
const holder = globalThis as typeof globalThis & { [KEY]?: ProvinceFigureStore };

/** The store shared by the task pane and the custom functions in the shared runtime. */
export const provinceFigures: ProvinceFigureStore = (holder[KEY] ??= createProvinceFigureStore());

/** Fills the shared store from the workbook settings (their `lastValidation`, or nothing). */
export function loadProvinceFigures(settings: WorkbookSettings, store: ProvinceFigureStore = provinceFigures): void {
  store.set(settings.lastValidation);
}
