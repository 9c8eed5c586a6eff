import type { Browser } from "playwright-core";
import { serveStatic } from "../../scripts/serve";
import { launchChromium } from "./support/chromium";
import { DIST, built } from "./support/dist";

jest.setTimeout(60_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Just enough of office.js for the page to start outside Excel: Office.onReady, settings, CustomFunctions. */
const OFFICE_STAND_IN = `
window.Office = {
  onReady: function (callback) { if (callback) callback({ host: "Excel" }); return Promise.resolve({ host: "Excel" }); },
  context: {
    displayLanguage: "en-US",
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (done) { if (done) done({ status: "succeeded" }); } } },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};
window.CustomFunctions = { associate: function () {} };
`;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  built("taskpane.html");
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("taskpane.html (the add-in's page, office.js stood in for)", () => {
  it("starts the task pane under its Content-Security-Policy with no violation, error or request elsewhere", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STAND_IN }));
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      page.on("pageerror", (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener("securitypolicyviolation", (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
        );
      });
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForSelector(".pc-pane[data-state='ready']");
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      );
      const origin = new URL(server.url).origin;
      expect({ errors, violations }).toEqual({ errors: [], violations: [] });
      expect(requests.filter((url) => url !== OFFICE_JS && new URL(url).origin !== origin)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
