/** Workbook settings as Office keeps them (`Office.context.document.settings`), saved with a promise. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

/**
 * What the adapter takes from Office.js. The real one reads the globals; tests and the benchmark pass
 * a stand-in, so the adapter runs without Excel.
 */
export interface OfficeEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly settings: SettingsStore;
  displayLanguage(): string;
  isSetSupported(name: string, version: string): boolean;
}

/** The environment of an add-in running in Excel: `Excel.run` and `Office.context`. */
export function officeEnvironment(): OfficeEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    settings: {
      get: (name) => Office.context.document.settings.get(name),
      set: (name, value) => Office.context.document.settings.set(name, value),
      save: () =>
        new Promise((resolve, reject) =>
          Office.context.document.settings.saveAsync((result) =>
            result.status === Office.AsyncResultStatus.Failed ? reject(new Error(result.error.message)) : resolve(),
          ),
        ),
    },
    displayLanguage: () => Office.context.displayLanguage ?? "en-US",
    isSetSupported: (name, version) => Office.context.requirements?.isSetSupported(name, version) ?? false,
  };
}
