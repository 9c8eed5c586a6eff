import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { serveStatic } from "../../scripts/serve";
import { measure } from "../../scripts/sizes";

function get(url: string, method = "GET"): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("serveStatic", () => {
  let root: string;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-serve-"));
    fs.mkdirSync(path.join(root, "preview"));
    fs.writeFileSync(path.join(root, "preview", "index.html"), "<p>preview</p>");
    fs.writeFileSync(path.join(os.tmpdir(), "plancheck-outside.txt"), "secret");
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), "plancheck-outside.txt"), { force: true });
  });

  it("returns files under its root on 127.0.0.1, and index.html for a folder", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(`${server.url}preview/`)).toEqual({ status: 200, body: "<p>preview</p>" });
  });

  it("returns 404 for what is missing or outside its root, and 405 for anything but GET and HEAD", async () => {
    expect((await get(`${server.url}nothing.js`)).status).toBe(404);
    expect((await get(`${server.url}..%2fplancheck-outside.txt`)).status).toBe(403);
    expect((await get(`${server.url}%2e%2e/plancheck-outside.txt`)).status).not.toBe(200);
    expect((await get(`${server.url}preview/`, "POST")).status).toBe(405);
  });
});

describe("measure", () => {
  it("returns the scripts a page loads, unquoted or quoted, without office.js or remote ones", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-sizes-"));
    fs.writeFileSync(
      path.join(dist, "taskpane.html"),
      '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=runtime.js></script><script defer src="shared.js"></script><script src="./office.js"></script>',
    );
    for (const [file, size] of [
      ["runtime.js", 10],
      ["shared.js", 2000],
      ["office.js", 99999],
      ["other.js", 5],
    ] as const)
      fs.writeFileSync(path.join(dist, file), "x".repeat(size));
    const { pane, paneBytes } = measure(dist);
    expect(pane).toEqual(["runtime.js", "shared.js"]);
    expect(paneBytes).toBe(2010);
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("returns nothing for a folder that does not exist", () => {
    expect(measure(path.join(os.tmpdir(), "plancheck-no-such-dist"))).toMatchObject({
      all: [],
      pane: [],
      paneBytes: 0,
    });
  });
});
