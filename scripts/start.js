/*
 * npm start: builds the add-in (development), serves dist/ over HTTPS on https://localhost:3000
 * and prints how to sideload manifest.xml into Excel. Rebuilds on change; Ctrl+C stops it.
 *
 * Certificate: office-addin-dev-certs when it is installed (it also makes the OS trust it);
 * otherwise a self-signed localhost certificate generated once into .certs/ and reused.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");
const makePreviewConfig = require("../webpack.preview.config.js");

const PORT = 3000;
const ROOT = path.resolve(__dirname, "..");
const CERTS = path.join(ROOT, ".certs");

/** @returns {Promise<{ key: string, cert: string, ca?: string, source: string }>} */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { key: options.key, cert: options.cert, ca: options.ca, source: "office-addin-dev-certs" };
  } catch (error) {
    if (error.code !== "MODULE_NOT_FOUND") console.warn(`office-addin-dev-certs failed (${error.message}).`);
  }
  const keyFile = path.join(CERTS, "localhost.key");
  const certFile = path.join(CERTS, "localhost.crt");
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) {
    const selfsigned = require("selfsigned");
    const notAfterDate = new Date();
    notAfterDate.setFullYear(notAfterDate.getFullYear() + 1);
    const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
      keySize: 2048,
      algorithm: "sha256",
      notAfterDate,
      extensions: [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
          ],
        },
      ],
    });
    fs.mkdirSync(CERTS, { recursive: true });
    fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
    fs.writeFileSync(certFile, pems.cert);
    console.log(`Generated a self-signed certificate for localhost in ${path.relative(ROOT, CERTS)}/.`);
  }
  return {
    key: fs.readFileSync(keyFile, "utf8"),
    cert: fs.readFileSync(certFile, "utf8"),
    source: path.relative(ROOT, certFile),
  };
}

function instructions(certificate) {
  const manifest = path.join(ROOT, "manifest.xml");
  const trust =
    certificate.source === "office-addin-dev-certs"
      ? "The certificate comes from office-addin-dev-certs and is trusted by your system."
      : [
          `The certificate is self-signed (${certificate.source}): trust it once, or Excel will not load the add-in.`,
          "  - Browser: open https://localhost:3000/taskpane.html and accept the warning (Excel on the web).",
          `  - Windows: certutil -addstore -user Root ${certificate.source}`,
          `  - macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${certificate.source}`,
        ].join("\n");
  return `
PlanCheck is served at https://localhost:${PORT}/ (task pane: /taskpane.html, functions: /functions.json).
Preview of the task pane in a browser, no Excel needed: https://localhost:${PORT}/preview/
${trust}

Sideload manifest.xml (${manifest}):

  Excel on the web
    1. Open a workbook at https://www.office.com (or your organisation's SharePoint/OneDrive).
    2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > My Add-ins > Upload My Add-in.
    3. Browse to manifest.xml and choose Upload. The ribbon shows "Check targets" (Kiểm tra chỉ tiêu).

  Excel on Windows (shared folder catalog)
    1. Share a folder (e.g. C:\\AddinManifests) and copy manifest.xml into it.
    2. File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs:
       add the folder's network path (\\\\<computer>\\AddinManifests), tick "Show in Menu", OK, restart Excel.
    3. Home > Add-ins > More Add-ins > SHARED FOLDER > PlanCheck > Add.

  Excel on Mac
    1. Copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef
       (create the wef folder if it is missing), then restart Excel.
    2. Home > Add-ins > My Add-ins (drop-down) > PlanCheck.

Then type =YTE.TARGET("BEDS", 2025) in a cell (Vietnamese Excel: =YTE.CHI_TIEU("BEDS", 2025)).
Press Ctrl+C to stop the server.
`;
}

async function main() {
  const certificate = await httpsOptions();
  const configs = [makeConfig, makePreviewConfig].map((make) => make({}, { mode: "development" }));
  // Quiet stats, so that the sideloading steps are the last thing printed.
  const compiler = webpack(configs.map((config) => ({ ...config, mode: "development", stats: "errors-warnings" })));
  let first = true;
  compiler.hooks.done.tap("PlanCheckStart", (stats) => {
    if (stats.hasErrors()) return;
    if (first) {
      first = false;
      console.log(instructions(certificate));
    } else {
      console.log("Rebuilt.");
    }
  });
  const server = new WebpackDevServer(
    {
      port: PORT,
      host: "localhost",
      server: {
        type: "https",
        options: { key: certificate.key, cert: certificate.cert, ...(certificate.ca ? { ca: certificate.ca } : {}) },
      },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Serve the build from dist/ as well as from memory, so dist/ holds what Excel loads.
      devMiddleware: { writeToDisk: true },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      allowedHosts: "all",
    },
    compiler,
  );
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await server.start();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
