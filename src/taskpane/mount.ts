import type { SheetMapping } from "../core/engine/mapping";
import type { ValidationResult } from "../core/engine/types";
import type { Finding } from "../core/findings/finding";
import { languageFromLocale, type Language } from "../core/messages/language";
import type { NumberLocale } from "../core/numbers/parse";
import { PLANS, findPlan, nearestYear, planYears } from "../core/plans/registry";
import type { Plan } from "../core/plans/schema";
import { EMPTY_SETTINGS, type WorkbookSettings } from "../core/settings/schema";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { loadProvinceFigures, provinceFigures, type ProvinceFigureStore } from "../functions/province-figures";
import { defaultChoice } from "./defaults";
import { STATUSES, buildFrame, setText } from "./frame";
import { el, field, option } from "./dom";
import { CORE_ENGINE, type PaneEngine } from "./engine";
import { FINDINGS_PAGE, findingCell, renderFindings } from "./findings-view";
import type { WorkbookHost } from "./host";
import { renderMapping } from "./mapping-view";
import { STRINGS, type PaneStrings } from "./strings";

export interface TaskPaneOptions {
  /** The core functions (default: PlanCheck's engine). */
  readonly engine?: PaneEngine;
  /** Where TARGET_GAP finds the last validation's province figures (default: the shared store). */
  readonly figures?: ProvinceFigureStore;
  readonly now?: () => Date;
}

export interface TaskPaneHandle {
  /** Settles once the workbook settings are read and the pickers hold their defaults. */
  readonly ready: Promise<void>;
  /** Same as pressing Validate; settles when the findings are shown. */
  validate(): Promise<void>;
}

interface State {
  settings: WorkbookSettings;
  lang: Language;
  plan: Plan;
  year: number;
  snapshot: SheetSnapshot | undefined;
  result: ValidationResult | undefined;
  showMet: boolean;
  /** How many findings are listed. */
  limit: number;
  /** Bumped with every new result, so views built from the previous one are rebuilt. */
  version: number;
  /** Validations finished, well or not: `.pc-pane[data-validation]`, for tests waiting on one. */
  validations: number;
  busy: boolean;
  ready: boolean;
  /** Worded when shown, so a language switch rewords it. */
  message: { text: (strings: PaneStrings) => string; problem: boolean } | undefined;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The province figures of a validation, by indicator code, as TARGET_GAP reads them. */
const figuresOf = (result: ValidationResult): Record<string, number> =>
  Object.fromEntries(
    result.province
      .filter((figure) => figure.value !== null && Number.isFinite(figure.value))
      .map((figure) => [figure.indicator, figure.value as number]),
  );

/**
 * Mounts PlanCheck's task pane in `root` over a workbook host (Excel, or the browser preview).
 * The DOM is built with text nodes only. Stable hooks for tests and the preview:
 * `.pc-pane[data-state=loading|ready|busy][data-validation=<validations finished>]`, `#pc-language`, `#pc-plan`, `#pc-year`, `#pc-validate`,
 * `#pc-clear`, `#pc-report`, `#pc-status`, `#pc-summary li[data-status] .pc-count`, `#pc-mapping`,
 * `#pc-show-met`, `#pc-findings .pc-district[data-district] .pc-indicator[data-indicator] li.pc-finding`.
 */
export function mountTaskPane(root: HTMLElement, host: WorkbookHost, options: TaskPaneOptions = {}): TaskPaneHandle {
  const engine = options.engine ?? CORE_ENGINE;
  const figures = options.figures ?? provinceFigures;
  const now = options.now ?? (() => new Date());
  const initial = defaultChoice(EMPTY_SETTINGS, now());
  const state: State = {
    settings: EMPTY_SETTINGS,
    lang: languageFromLocale(host.displayLanguage()),
    plan: initial.plan,
    year: initial.year,
    snapshot: undefined,
    result: undefined,
    showMet: false,
    limit: FINDINGS_PAGE,
    version: 0,
    validations: 0,
    busy: false,
    ready: false,
    message: undefined,
  };
  let mappingOpen = false;
  /** The control that had focus, given focus back after each render (which rebuilds the slots). */
  let focusId = "";
  /** Views kept between renders while what they show is unchanged (a long findings list is costly to build). */
  const cache = new Map<string, { key: string; view: HTMLElement }>();
  const cached = (name: string, key: string, build: () => HTMLElement): HTMLElement => {
    const known = cache.get(name);
    if (known !== undefined && known.key === key) return known.view;
    const view = build();
    cache.set(name, { key, view });
    return view;
  };

  const say = (text: (strings: PaneStrings) => string, problem = false): void => {
    state.message = { text, problem };
  };

  async function run(action: () => Promise<void>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    render();
    try {
      await action();
    } catch (error) {
      say((strings) => strings.failed(errorText(error)), true);
    } finally {
      state.busy = false;
      render();
    }
  }

  async function saveSettings(settings: WorkbookSettings): Promise<void> {
    state.settings = settings;
    await host.saveSettings(settings);
  }

  const validate = (): Promise<void> =>
    run(async () => {
      try {
        await validateSheet();
      } finally {
        state.validations += 1;
      }
    });

  async function validateSheet(): Promise<void> {
    say((words) => words.reading);
    render();
    const snapshot = await host.readActiveSheet();
    const saved = state.settings.mappings[snapshot.sheetName];
    const result = engine.validate(snapshot, {
      plan: state.plan,
      year: state.year,
      locale: state.settings.locale ?? "vi",
      ...(saved === undefined ? {} : { mapping: saved }),
    });
    state.snapshot = snapshot;
    state.result = result;
    state.version += 1;
    state.limit = FINDINGS_PAGE;
    // Highlights and saved figures are independent: one failing (a protected sheet, a read-only
    // workbook) must not keep the other from happening.
    const problems: unknown[] = [];
    await host
      .applyHighlights(snapshot.sheetName, engine.highlights(result.findings, state.lang))
      .catch((error: unknown) => problems.push(error));
    const lastValidation = {
      plan: state.plan.id,
      year: state.year,
      sheet: snapshot.sheetName,
      validatedAt: now().toISOString(),
      figures: figuresOf(result),
    };
    figures.set(lastValidation);
    await saveSettings({ ...state.settings, plan: state.plan.id, year: state.year, lastValidation }).catch(
      (error: unknown) => problems.push(error),
    );
    if (problems.length > 0) throw problems[0];
    const sheetYear = result.mapping.year;
    const otherYear = sheetYear !== null && sheetYear !== state.year && planYears(state.plan).includes(sheetYear);
    say(
      (words) => words.validated(snapshot.sheetName) + (otherYear ? ` ${words.otherYear(sheetYear, state.year)}` : ""),
    );
  }

  const clear = (): Promise<void> =>
    run(async () => {
      const sheet = state.result?.sheet ?? state.settings.lastValidation?.sheet;
      if (sheet === undefined) return;
      await host.clearHighlights(sheet);
      say((strings) => strings.cleared(sheet));
    });

  const writeReport = (): Promise<void> =>
    run(async () => {
      if (state.result === undefined) return;
      const name = await host.writeReport(engine.report([state.result], state.lang));
      say((strings) => strings.reportWritten(name));
    });

  const select = (finding: Finding): void => {
    const cell = findingCell(finding);
    if (cell === undefined) return;
    host.selectCell(finding.sheet, cell).catch((error: unknown) => {
      say((strings) => strings.failed(errorText(error)), true);
      render();
    });
  };

  const saveMapping = (mapping: SheetMapping, locale: NumberLocale): Promise<void> =>
    run(async () => {
      const mappings = { ...state.settings.mappings, [mapping.sheet]: mapping };
      await saveSettings({ ...state.settings, mappings, locale });
    }).then(validate);

  const resetMapping = (sheet: string): Promise<void> =>
    run(async () => {
      const mappings = Object.fromEntries(Object.entries(state.settings.mappings).filter(([name]) => name !== sheet));
      await saveSettings({ ...state.settings, mappings });
    }).then(validate);

  const setLanguage = (lang: Language): void => {
    state.lang = lang;
    render();
    saveSettings({ ...state.settings, language: lang }).catch((error: unknown) => {
      say((strings) => strings.failed(errorText(error)), true);
      render();
    });
  };

  const setPlan = (id: string): void => {
    const plan = findPlan(id);
    if (plan === undefined) return;
    state.plan = plan;
    if (!planYears(plan).includes(state.year)) state.year = nearestYear(plan, now().getFullYear());
    render();
  };

  function pickers(): HTMLElement {
    const strings = STRINGS[state.lang];
    const language = el("select", {}, [
      option("vi", "Tiếng Việt", state.lang === "vi"),
      option("en", "English", state.lang === "en"),
    ]);
    language.addEventListener("change", () => setLanguage(language.value === "en" ? "en" : "vi"));
    const plan = el(
      "select",
      {},
      PLANS.map((p) => option(p.id, p.province[state.lang], p.id === state.plan.id)),
    );
    plan.addEventListener("change", () => setPlan(plan.value));
    const year = el(
      "select",
      {},
      planYears(state.plan).map((y) => option(String(y), String(y), y === state.year)),
    );
    year.addEventListener("change", () => {
      state.year = Number(year.value);
    });
    return el("div", { className: "pc-pickers" }, [
      field("pc-language", strings.language, language),
      field("pc-plan", strings.plan, plan),
      field("pc-year", strings.year, year),
    ]);
  }

  function actions(): HTMLElement {
    const strings = STRINGS[state.lang];
    const button = (id: string, text: string, onClick: () => void, enabled: boolean, primary = false) => {
      const element = el("button", {
        id,
        className: primary ? "pc-button pc-primary" : "pc-button",
        text,
        attrs: { type: "button" },
      });
      element.disabled = !enabled || state.busy || !state.ready;
      element.addEventListener("click", onClick);
      return element;
    };
    const clearable = state.result !== undefined || state.settings.lastValidation !== undefined;
    return el("div", { className: "pc-actions" }, [
      button("pc-validate", strings.validate, () => void validate(), true, true),
      button("pc-clear", strings.clear, () => void clear(), clearable),
      button("pc-report", strings.report, () => void writeReport(), state.result !== undefined),
    ]);
  }

  /** Updates the summary in place: a live region announces changes only if it stays in the page. */
  function updateSummary(): void {
    const strings = STRINGS[state.lang];
    const counts = state.result?.summary;
    frame.summaryTitle.textContent = strings.summary;
    for (const status of STATUSES) {
      const item = frame.summaryItems[status];
      const text = counts === undefined ? "–" : String(counts[status]);
      item.dataset["count"] = String(counts?.[status] ?? 0);
      setText(item.querySelector(".pc-count"), text);
      setText(item.querySelector(".pc-count-label"), strings.status[status]);
    }
  }

  function mapping(): HTMLElement | undefined {
    const result = state.result;
    if (result === undefined) return undefined;
    return cached("mapping", `${state.version}|${state.lang}|${state.settings.locale ?? ""}`, () =>
      mappingView(result),
    );
  }

  function mappingView(result: ValidationResult): HTMLElement {
    const strings = STRINGS[state.lang];
    const body = el("div", { id: "pc-mapping-body", className: "pc-mapping-body" });
    const details = el("details", { id: "pc-mapping", className: "pc-mapping" }, [
      el("summary", { id: "pc-mapping-title", text: strings.mapping }),
      body,
    ]);
    details.open = mappingOpen;
    details.addEventListener("toggle", () => {
      mappingOpen = details.open;
    });
    renderMapping(body, {
      lang: state.lang,
      strings,
      mapping: result.mapping,
      snapshot: state.snapshot,
      locale: state.settings.locale ?? "vi",
      saved: !result.detected,
      onSave: (corrected, locale) => void saveMapping(corrected, locale),
      onReset: () => void resetMapping(result.mapping.sheet),
    });
    return details;
  }

  function findings(): HTMLElement {
    return cached("findings", `${state.version}|${state.lang}|${state.showMet}|${state.limit}`, findingsView);
  }

  function findingsView(): HTMLElement {
    const strings = STRINGS[state.lang];
    const list = el("div", { id: "pc-findings", className: "pc-findings" });
    const showMet = el("input", { attrs: { type: "checkbox" } });
    showMet.checked = state.showMet;
    showMet.addEventListener("change", () => {
      state.showMet = showMet.checked;
      render();
    });
    showMet.id = "pc-show-met";
    if (state.result === undefined) list.append(el("p", { className: "pc-empty", text: strings.notValidatedYet }));
    else
      renderFindings(list, state.result.findings, {
        lang: state.lang,
        strings,
        word: engine.word,
        showMet: state.showMet,
        limit: state.limit,
        onSelect: select,
        onMore: () => {
          state.limit += FINDINGS_PAGE;
          render();
        },
      });
    return el("section", { className: "pc-findings-section", attrs: { "aria-labelledby": "pc-findings-title" } }, [
      el("h2", { id: "pc-findings-title", className: "pc-heading", text: strings.findings }),
      el("div", { className: "pc-check" }, [
        showMet,
        el("label", { text: strings.showMet, attrs: { for: "pc-show-met" } }),
      ]),
      list,
    ]);
  }

  function render(): void {
    const strings = STRINGS[state.lang];
    const message = state.message ?? {
      text: (words: PaneStrings) => (state.ready ? words.ready : words.loading),
      problem: false,
    };
    const active = root.ownerDocument.activeElement;
    if (active instanceof HTMLElement && active.id !== "" && root.contains(active)) focusId = active.id;

    frame.pane.setAttribute("lang", state.lang);
    frame.pane.setAttribute("aria-busy", String(state.busy));
    frame.pane.dataset["state"] = state.busy ? "busy" : state.ready ? "ready" : "loading";
    frame.pane.dataset["validation"] = String(state.validations);
    setText(frame.title, strings.title);
    frame.pickers.replaceChildren(pickers());
    frame.actions.replaceChildren(actions());
    setText(frame.status, message.text(strings));
    frame.status.classList.toggle("pc-problem", message.problem);
    updateSummary();
    const mappingView = mapping();
    frame.mapping.replaceChildren(...(mappingView === undefined ? [] : [mappingView]));
    frame.findings.replaceChildren(findings());

    const target = focusId === "" ? null : root.ownerDocument.getElementById(focusId);
    if (target !== null && root.contains(target) && root.ownerDocument.activeElement !== target) target.focus();
  }

  const frame = buildFrame();
  root.replaceChildren(frame.pane);
  render();
  const ready = (async () => {
    let settings = EMPTY_SETTINGS;
    try {
      settings = await host.loadSettings();
    } catch (error) {
      say((strings) => strings.failed(errorText(error)), true);
    }
    const choice = defaultChoice(settings, now());
    state.settings = settings;
    state.plan = choice.plan;
    state.year = choice.year;
    if (settings.language !== undefined) state.lang = settings.language;
    loadProvinceFigures(settings, figures);
    state.ready = true;
    render();
  })();

  return { ready, validate };
}
