import { EMPTY_SETTINGS } from "../../src/core/settings/schema";
import {
  createProvinceFigureStore,
  loadProvinceFigures,
  provinceFigures,
  type LastValidation,
} from "../../src/functions/province-figures";

const validation: LastValidation = {
  plan: "lai-chau",
  year: 2025,
  sheet: "Toàn tỉnh",
  validatedAt: "2026-11-23T10:00:00Z",
  figures: { BEDS: 30.5, HIV: 0.41 },
};

describe("province figure store", () => {
  it("returns nothing before the task pane sets figures", () => {
    expect(createProvinceFigureStore().get()).toBeUndefined();
  });

  it("returns what was set and tells every subscriber", () => {
    const store = createProvinceFigureStore();
    const seen: (LastValidation | undefined)[] = [];
    store.subscribe((figures) => seen.push(figures));
    store.set(validation);
    store.set(undefined);
    expect(store.get()).toBeUndefined();
    expect(seen).toEqual([validation, undefined]);
  });

  it("stops telling a subscriber once it unsubscribes", () => {
    const store = createProvinceFigureStore();
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe((figures) => seen.push(figures));
    unsubscribe();
    store.set(validation);
    expect(seen).toEqual([]);
    expect(store.listenerCount()).toBe(0);
  });

  it("keeps telling the other subscribers when one throws", () => {
    const store = createProvinceFigureStore();
    const seen: unknown[] = [];
    store.subscribe(() => {
      throw new Error("a broken cell");
    });
    store.subscribe((figures) => seen.push(figures));
    expect(() => store.set(validation)).not.toThrow();
    expect(seen).toEqual([validation]);
  });

  it("is one store for the whole page, shared through the global object by both bundles", () => {
    const key = Symbol.for("plancheck.provinceFigures");
    expect((globalThis as Record<symbol, unknown>)[key]).toBe(provinceFigures);
  });

  it("loads the last validation from the workbook settings, or clears the figures when there is none", () => {
    const store = createProvinceFigureStore();
    loadProvinceFigures({ ...EMPTY_SETTINGS, lastValidation: validation }, store);
    expect(store.get()?.figures["HIV"]).toBe(0.41);
    loadProvinceFigures(EMPTY_SETTINGS, store);
    expect(store.get()).toBeUndefined();
  });
});
