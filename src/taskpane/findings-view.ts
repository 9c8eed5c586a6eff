import type { Finding, FindingStatus } from "../core/findings/finding";
import type { Language } from "../core/messages/language";
import { fieldLabel } from "../core/messages/format";
import { el } from "./dom";
import type { PaneStrings } from "./strings";

export interface FindingsViewOptions {
  readonly lang: Language;
  readonly strings: PaneStrings;
  readonly word: (finding: Finding, lang: Language) => string;
  readonly showMet: boolean;
  /** How many findings to list; a "show more" button lists the next ones. */
  readonly limit: number;
  readonly onSelect: (finding: Finding) => void;
  readonly onMore: () => void;
}

/** Findings listed at first, and added by each "show more": a sheet of 10,000 rows can hold far more. */
export const FINDINGS_PAGE = 300;

const STATUS_ORDER: readonly FindingStatus[] = ["error", "shortfall", "warning", "met"];

/** The cell a finding takes the user to: its own, or the first of those it was made from. */
export const findingCell = (finding: Finding): string | undefined => finding.cell ?? finding.cells?.[0];

/** Groups in first-seen order: district, then indicator within it. */
function groupFindings(findings: readonly Finding[]): Map<string, Map<string, Finding[]>> {
  const groups = new Map<string, Map<string, Finding[]>>();
  for (const finding of findings) {
    const byIndicator = groups.get(finding.district) ?? new Map<string, Finding[]>();
    groups.set(finding.district, byIndicator);
    const key = finding.indicator ?? "";
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), finding]);
  }
  return groups;
}

/**
 * The findings grouped by district then indicator. Each finding is a focusable list item
 * (`li.pc-finding[data-status][data-sheet][data-cell]`); click, Enter or Space selects its cell.
 */
export function renderFindings(
  container: HTMLElement,
  findings: readonly Finding[],
  options: FindingsViewOptions,
): void {
  const { lang, strings } = options;
  const ids = new Map(findings.map((finding, index) => [finding, `pc-finding-${index}`]));
  const wanted = findings.filter((finding) => options.showMet || finding.status !== "met");
  const shown = wanted.slice(0, options.limit);
  if (shown.length === 0) {
    container.replaceChildren(el("p", { className: "pc-empty", text: strings.noFindings }));
    return;
  }
  const sections: HTMLElement[] = [];
  for (const [district, byIndicator] of groupFindings(shown)) {
    const districtName = district.trim() === "" ? strings.wholeSheet : district;
    const indicatorSections: HTMLElement[] = [];
    for (const [indicator, items] of byIndicator) {
      const sorted = [...items].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
      indicatorSections.push(
        el("section", { className: "pc-indicator", data: { indicator } }, [
          el("h4", {
            className: "pc-indicator-name",
            text: indicator === "" ? strings.otherIndicator : fieldLabel(indicator, lang),
          }),
          el(
            "ul",
            { className: "pc-finding-list", attrs: { role: "list" } },
            sorted.map((finding) => findingItem(finding, ids.get(finding) ?? "", options)),
          ),
        ]),
      );
    }
    sections.push(
      el("section", { className: "pc-district", data: { district } }, [
        el("h3", { className: "pc-district-name", text: districtName }),
        ...indicatorSections,
      ]),
    );
  }
  const rest = wanted.length - shown.length;
  if (rest > 0) {
    const more = el("button", {
      id: "pc-more",
      className: "pc-button pc-subtle",
      text: strings.showMore(Math.min(rest, FINDINGS_PAGE), rest),
      attrs: { type: "button" },
    });
    more.addEventListener("click", () => options.onMore());
    sections.push(more);
  }
  container.replaceChildren(...sections);
}

function findingItem(finding: Finding, id: string, options: FindingsViewOptions): HTMLLIElement {
  const cell = findingCell(finding);
  const item = el(
    "li",
    {
      id,
      className: "pc-finding",
      attrs: { tabindex: "0", ...(cell === undefined ? {} : { title: options.strings.goToCell(cell) }) },
      data: {
        status: finding.status,
        rule: finding.rule,
        sheet: finding.sheet,
        ...(cell === undefined ? {} : { cell }),
      },
    },
    [
      el("span", {
        className: "pc-badge",
        text: options.strings.status[finding.status],
        data: { status: finding.status },
      }),
      el("span", { className: "pc-message", text: options.word(finding, options.lang) }),
    ],
  );
  item.addEventListener("click", () => options.onSelect(finding));
  item.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    options.onSelect(finding);
  });
  return item;
}
