import fs from "fs";
import path from "path";
import { built } from "./support/dist";

const ROOT = path.join(__dirname, "..", "..");

/** The Content-Security-Policy a built page declares in its meta tag, as directive → sources. */
function pagePolicy(page: string): Map<string, string[]> {
  const html = fs.readFileSync(built(page), "utf8");
  const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const content = meta === undefined ? undefined : /content\s*=\s*"([^"]*)"/i.exec(meta)?.[1];
  if (content === undefined) throw new Error(`${page} declares no Content-Security-Policy`);
  return new Map(
    content
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== "")
      .map(([name = "", ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** Inline scripts (a script element with no src) and inline event handler attributes in a built page. */
function inlineCode(page: string): string[] {
  const html = fs.readFileSync(built(page), "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].filter((match) => !/\bsrc\s*=/i.test(match[1] ?? ""));
  const handlers = [...html.matchAll(/\son[a-z]+\s*=/gi)];
  return [...scripts, ...handlers].map((match) => match[0]);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

describe.each(["preview/index.html", "taskpane.html"])("the Content-Security-Policy of %s", (page) => {
  it("returns a script-src that forbids inline script and eval", () => {
    const policy = pagePolicy(page);
    const scripts = policy.get("script-src") ?? policy.get("default-src");
    expect(scripts).toBeDefined();
    expect(scripts).toContain("'self'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "*", "data:", "http:", "https:"])
      expect(scripts).not.toContain(unsafe);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
  });

  it("returns a page with no inline script or event handler to allow", () => {
    expect(inlineCode(page)).toEqual([]);
  });
});

describe("the preview's Content-Security-Policy", () => {
  it("returns a connect-src of the page's own origin only, so no sheet data can be sent away", () => {
    const policy = pagePolicy("preview/index.html");
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
  });
});

describe("the browser code", () => {
  it("returns no use of markup sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write) or eval", () => {
    const files = [
      ...sourceFiles(path.join(ROOT, "src", "preview")),
      ...sourceFiles(path.join(ROOT, "src", "taskpane")),
    ];
    expect(files.length).toBeGreaterThan(5);
    const sinks =
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|setTimeout\(\s*["'`]/;
    const offending = files.filter((file) => sinks.test(fs.readFileSync(file, "utf8")));
    expect(offending.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
