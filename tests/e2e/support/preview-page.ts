import type { Browser, BrowserContext, Page, Request } from "playwright-core";

/** What a page did that a test may want to refuse: requests, dialogs, CSP violations, script errors. */
export interface PageRecord {
  readonly requests: string[];
  readonly dialogs: string[];
  readonly pageErrors: string[];
  /** `securitypolicyviolation` events, read from the page. */
  cspViolations(): Promise<string[]>;
}

/** Opens the preview in a fresh context and waits until the sample is open and the task pane is ready. */
export async function openPreview(
  browser: Browser,
  baseUrl: string,
  options: { query?: string; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; record: PageRecord }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    locale: options.locale ?? "en-US",
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request: Request) => requests.push(request.url()));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await page.goto(`${baseUrl}preview/${options.query ?? ""}`);
  await waitForPaneReady(page);
  const record: PageRecord = {
    requests,
    dialogs,
    pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
  return { context, page, record };
}

/** The preview has opened its workbook and the task pane has read its settings. */
export async function waitForPaneReady(page: Page): Promise<void> {
  await page.waitForSelector("html[data-preview-ready='true']");
  await page.waitForSelector(".pc-pane[data-state='ready']");
}

/** Presses Validate and waits until the pane has finished one more validation and shows its findings. */
export async function validate(page: Page): Promise<void> {
  const before = Number((await page.getAttribute(".pc-pane", "data-validation")) ?? 0);
  await page.click("#pc-validate");
  await page.waitForFunction((count) => {
    const pane = document.querySelector<HTMLElement>(".pc-pane[data-state='ready']");
    return (
      pane !== null &&
      Number(pane.dataset["validation"]) > count &&
      pane.querySelector("#pc-findings :is(li.pc-finding, .pc-empty)") !== null
    );
  }, before);
}

/** Highlighted grid cells: address → kind. */
export async function highlightedCells(page: Page): Promise<Record<string, string>> {
  return page.$$eval("#grid-viewport td[data-highlight]", (cells) =>
    Object.fromEntries(
      cells.map((cell) => [(cell as HTMLElement).dataset["address"], (cell as HTMLElement).dataset["highlight"]]),
    ),
  );
}

/**
 * The grid's markup, without the selection (which the user moves by clicking findings): what must
 * be exactly the same before validating and after clearing.
 */
export async function gridMarkup(page: Page): Promise<string> {
  return page.$eval("#grid-viewport", (viewport) => {
    const copy = viewport.cloneNode(true) as HTMLElement;
    for (const cell of copy.querySelectorAll("[aria-selected]")) {
      cell.removeAttribute("aria-selected");
      cell.removeAttribute("tabindex");
      cell.classList.remove("pv-selected");
      if (cell.classList.length === 0) cell.removeAttribute("class");
    }
    return copy.innerHTML;
  });
}

/** The selected cell, as the grid shows it: sheet tab, address, whether it has focus. */
export async function selection(
  page: Page,
): Promise<{ sheet: string; address: string; focused: boolean; nameBox: string }> {
  return page.evaluate(() => {
    const cell = document.querySelector<HTMLElement>("#grid-viewport td[aria-selected='true']");
    return {
      sheet: document.querySelector("#sheet-tabs [aria-selected='true']")?.textContent ?? "",
      address: cell?.dataset["address"] ?? "",
      focused: cell !== null && document.activeElement === cell,
      nameBox: document.querySelector("#name-box")?.textContent ?? "",
    };
  });
}

/** The plan and year the pane has picked. */
export async function paneChoice(page: Page): Promise<{ plan: string; year: number; lang: string }> {
  return {
    plan: await page.inputValue("#pc-plan"),
    year: Number(await page.inputValue("#pc-year")),
    lang: (await page.getAttribute(".pc-pane", "lang")) ?? "",
  };
}
