import fs from "fs";
import path from "path";
import { BUDGET_BYTES, measure } from "../../scripts/sizes";
import { DIST, built } from "./support/dist";

describe("the task pane's JavaScript", () => {
  it("returns the scripts taskpane.html loads, office.js and exceljs excluded, under 250 KB minified", () => {
    built("taskpane.html");
    const { all, pane, paneBytes } = measure(DIST);
    expect(pane).toContain("taskpane.js");
    expect(pane.some((file) => /office(\.debug)?\.js$/i.test(file))).toBe(false);
    expect(paneBytes).toBeGreaterThan(0);
    const sizes = all
      .filter(({ file }) => pane.includes(file))
      .map(({ file, bytes }) => `${file} ${(bytes / 1024).toFixed(1)} KB`);
    if (paneBytes >= BUDGET_BYTES)
      throw new Error(
        `The task pane loads ${(paneBytes / 1024).toFixed(1)} KB of its own JavaScript, over the ${BUDGET_BYTES / 1024} KB budget: ${sizes.join(", ")}.`,
      );
  });

  it("returns a task pane bundle without exceljs in it (only the preview loads exceljs)", () => {
    const { pane } = measure(DIST);
    for (const file of pane) expect(fs.readFileSync(path.join(DIST, file), "utf8")).not.toMatch(/exceljs|JSZip/);
  });
});
