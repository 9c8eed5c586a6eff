import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyPaths, expandWildcards } from "../../src/cli/files";

describe("expandWildcards", () => {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-glob-"));
  for (const name of ["b.xlsx", "a.xlsx", "notes.txt", "~$a.xlsx", "A2.XLSX"]) writeFileSync(join(dir, name), "");

  it("returns the sorted files a pattern matches, skipping Excel's ~$ lock files", () => {
    expect(expandWildcards([join(dir, "*.xlsx")])).toEqual(["A2.XLSX", "a.xlsx", "b.xlsx"].map((n) => join(dir, n)));
    expect(expandWildcards([join(dir, "?.xlsx")])).toEqual(["a.xlsx", "b.xlsx"].map((n) => join(dir, n)));
  });

  it("returns names without a wildcard, and patterns matching nothing, as given", () => {
    expect(expandWildcards(["x.xlsx", join(dir, "*.xls"), join(dir, "nowhere", "*.xlsx")])).toEqual([
      "x.xlsx",
      join(dir, "*.xls"),
      join(dir, "nowhere", "*.xlsx"),
    ]);
  });
});

describe("copyPaths", () => {
  it("returns <dir>/<name>, numbered when two inputs share a name", () => {
    expect([...copyPaths(["a/bc.xlsx", "b/bc.xlsx", "c/bc.xlsx", "d.xlsx"], "out")]).toEqual([
      ["a/bc.xlsx", join("out", "bc.xlsx")],
      ["b/bc.xlsx", join("out", "bc (2).xlsx")],
      ["c/bc.xlsx", join("out", "bc (3).xlsx")],
      ["d.xlsx", join("out", "d.xlsx")],
    ]);
  });

  it("returns undefined for a copy that would overwrite an input", () => {
    expect(copyPaths(["out/a.xlsx", "b.xlsx"], "out").get("out/a.xlsx")).toBeUndefined();
    expect(copyPaths(["b.xlsx", "out/b.xlsx"], "out").get("b.xlsx")).toBeUndefined();
  });
});
