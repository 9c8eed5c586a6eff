import type { FindingStatus } from "../core/findings/finding";
import { el } from "./dom";

/** The summary's statuses, in the order shown. */
export const STATUSES: readonly FindingStatus[] = ["shortfall", "error", "warning", "met"];

/** Sets text only when it changed, so live regions announce real changes only. */
export function setText(element: Element | null, text: string): void {
  if (element !== null && element.textContent !== text) element.textContent = text;
}

/** The parts of the pane that stay in the page across renders; the rest is rebuilt inside the slots. */
export function buildFrame() {
  const summaryItems = Object.fromEntries(
    STATUSES.map((status) => [
      status,
      el("li", { className: "pc-summary-item", data: { status, count: "0" } }, [
        el("span", { className: "pc-count" }),
        el("span", { className: "pc-count-label" }),
      ]),
    ]),
  ) as Record<FindingStatus, HTMLLIElement>;
  const title = el("h1", { id: "pc-title", className: "pc-title" });
  const pickers = el("div", { className: "pc-slot" });
  const actions = el("div", { className: "pc-slot" });
  const status = el("p", { id: "pc-status", className: "pc-status", attrs: { role: "status", "aria-live": "polite" } });
  const summaryTitle = el("h2", { id: "pc-summary-title", className: "pc-heading" });
  const mapping = el("div", { className: "pc-slot" });
  const findings = el("div", { className: "pc-slot" });
  const pane = el("div", { className: "pc-pane" }, [
    el("header", { className: "pc-header" }, [title]),
    pickers,
    actions,
    status,
    el("section", { className: "pc-summary-section", attrs: { "aria-labelledby": "pc-summary-title" } }, [
      summaryTitle,
      el(
        "ul",
        { id: "pc-summary", className: "pc-summary", attrs: { role: "list", "aria-live": "polite" } },
        STATUSES.map((status) => summaryItems[status]),
      ),
    ]),
    mapping,
    findings,
  ]);
  return { pane, title, pickers, actions, status, summaryTitle, summaryItems, mapping, findings };
}
