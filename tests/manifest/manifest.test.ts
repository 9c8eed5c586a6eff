/* Checks manifest.xml against the build: `npm test` builds dist/ first (or run `npm run build`). */
import fs from "fs";
import path from "path";
import { descendants, localName, parseXml, type XmlElement } from "./xml";

const root = path.resolve(__dirname, "../..");
const BASE = "https://localhost:3000/";
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const manifest = parseXml(source);
const all = [...descendants(manifest)];
const named = (name: string) => all.filter((element) => localName(element) === name);
const one = (name: string): XmlElement => {
  const [element, ...rest] = named(name);
  if (element === undefined || rest.length > 0) throw new Error(`expected one <${name}>, found ${named(name).length}`);
  return element;
};
const resources = new Map(
  ["Image", "Url", "String"].flatMap((kind) =>
    named(kind)
      .filter((element) => element.attributes["id"] !== undefined)
      .map((element) => [element.attributes["id"] ?? "", element] as const),
  ),
);
const resource = (id: string) => {
  const found = resources.get(id);
  if (found === undefined) throw new Error(`no resource ${id}`);
  return found;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || bytes.subarray(12, 16).toString() !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const distFile = (url: string) => path.join(root, "dist", url.slice(BASE.length));

describe("manifest.xml", () => {
  it("returns an add-in only task pane manifest with a stable GUID", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(one("Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one("Id").text).toBe("404dde99-57e4-4886-b8cf-5b4c586012d7");
    expect(one("Permissions").text).toBe("ReadWriteDocument");
  });

  it("returns a definition for every resid it uses, each id at most 32 characters", () => {
    const used = all.flatMap((element) =>
      element.attributes["resid"] === undefined ? [] : [element.attributes["resid"]],
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !resources.has(id))).toEqual([]);
    expect([...resources.keys()].filter((id) => id.length > 32)).toEqual([]);
    expect([...resources.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  it("returns only https://localhost:3000 URLs, each a file the build produces in dist/", () => {
    const urls = all.flatMap((element) =>
      ["DefaultValue", "Value"].flatMap((key) => {
        const value = element.attributes[key];
        return value !== undefined && /^https?:/.test(value) ? [value] : [];
      }),
    );
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(urls.filter((url) => !fs.existsSync(distFile(url)))).toEqual([]);
  });

  it("returns icons that exist with the sizes it declares", () => {
    const declared: { url: string; size: number }[] = [
      { url: one("IconUrl").attributes["DefaultValue"] ?? "", size: 32 },
      { url: one("HighResolutionIconUrl").attributes["DefaultValue"] ?? "", size: 64 },
      ...named("Image")
        .filter((image) => image.attributes["size"] !== undefined)
        .map((image) => ({
          url: resource(image.attributes["resid"] ?? "").attributes["DefaultValue"] ?? "",
          size: Number(image.attributes["size"]),
        })),
    ];
    expect(declared.length).toBeGreaterThanOrEqual(8);
    for (const { url, size } of declared) {
      expect([url, pngSize(distFile(url))]).toEqual([url, { width: size, height: size }]);
    }
  });

  it("returns the YTE namespace for the custom functions", () => {
    const namespace = one("Namespace").attributes["resid"] ?? "";
    expect(resource(namespace).attributes["DefaultValue"]).toBe("YTE");
  });

  it("returns the Vietnamese metadata for vi-VN and the English one elsewhere", () => {
    const metadata = resource(one("Metadata").children[0]?.attributes["resid"] ?? "");
    expect(metadata.attributes["DefaultValue"]).toBe(`${BASE}functions.json`);
    const overrides = metadata.children.filter((child) => localName(child) === "Override");
    expect(overrides.map((o) => [o.attributes["Locale"], o.attributes["Value"]])).toEqual([
      ["vi-VN", `${BASE}functions.vi.json`],
    ]);
  });

  it("returns one shared runtime (long lifetime) used by the functions page, the button and the function file", () => {
    const runtime = one("Runtime");
    expect(runtime.attributes["lifetime"]).toBe("long");
    const resid = runtime.attributes["resid"];
    expect(resid).toBe("Taskpane.Url");
    expect(resource(resid ?? "").attributes["DefaultValue"]).toBe(`${BASE}taskpane.html`);
    expect(one("Page").children[0]?.attributes["resid"]).toBe(resid);
    expect(one("FunctionFile").attributes["resid"]).toBe(resid);
    const action = one("Action");
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(action.children.find((child) => localName(child) === "SourceLocation")?.attributes["resid"]).toBe(resid);
    const host = named("Host").find((element) => element.attributes["xsi:type"] === "Workbook");
    expect(host?.children[0]?.name).toBe("Runtimes");
    const sets = one("Sets").children.map((set) => [set.attributes["Name"], set.attributes["MinVersion"]]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    expect(one("VersionOverrides").attributes["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  it("returns a functions script that the shared runtime's page loads", () => {
    const script = resource(one("Script").children[0]?.attributes["resid"] ?? "").attributes["DefaultValue"] ?? "";
    const page = fs.readFileSync(path.join(root, "dist", "taskpane.html"), "utf8");
    expect(page).toMatch(new RegExp(`<script[^>]*src="?${path.basename(script).replace(".", "\\.")}`));
  });

  it("returns a ribbon button opening the task pane, labelled Kiểm tra chỉ tiêu in Vietnamese", () => {
    const label = resource(
      one("Control").children.find((child) => localName(child) === "Label")?.attributes["resid"] ?? "",
    );
    expect(label.children.map((o) => [o.attributes["Locale"], o.attributes["Value"]])).toEqual([
      ["vi-VN", "Kiểm tra chỉ tiêu"],
    ]);
  });

  it("returns strings within Office's lengths (125 short, 250 long)", () => {
    const tooLong = (strings: XmlElement | undefined, limit: number) =>
      [...descendants(strings ?? manifest)]
        .flatMap((element) => [element.attributes["DefaultValue"], element.attributes["Value"]])
        .filter((text): text is string => text !== undefined && text.length > limit);
    expect(tooLong(one("ShortStrings"), 125)).toEqual([]);
    expect(tooLong(one("LongStrings"), 250)).toEqual([]);
    const top = (name: string) => manifest.children.find((child) => child.name === name);
    expect(tooLong(top("DisplayName"), 125)).toEqual([]);
    expect(tooLong(top("Description"), 250)).toEqual([]);
  });

  it("returns the same manifest in dist/ as in the repository", () => {
    expect(fs.readFileSync(path.join(root, "dist", "manifest.xml"), "utf8")).toBe(source);
  });
});
