/*
 * A tiny static server over dist/ for the preview and its end-to-end tests: 127.0.0.1 only,
 * a free port, GET and HEAD only, nothing outside the root.
 *   node scripts/serve.js [dir] [port]
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { URL } = require("url");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Serves `root` on 127.0.0.1.
 * @param {string} root
 * @param {number} [port] 0 (default) picks a free port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function serveStatic(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const headers = {
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400, headers).end();
      return;
    }
    const file = path.join(base, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) {
        response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      response.writeHead(200, {
        ...headers,
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": stats.size,
      });
      if (request.method === "HEAD") response.end();
      else fs.createReadStream(file).pipe(response);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const root = process.argv[2] ?? path.join(__dirname, "..", "dist");
  serveStatic(root, Number(process.argv[3] ?? 0)).then(({ url }) => {
    console.log(`Serving ${path.resolve(root)} at ${url}`);
    console.log(`Preview: ${url}preview/`);
  });
}
