/** A small XML reader for the manifest: elements, attributes and text; no DTDs, no namespaces resolved. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const known = ENTITIES[entity];
    if (known === undefined) throw new Error(`unknown entity ${whole}`);
    return known;
  });

interface Building {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses a document and returns its root element; throws on anything malformed. */
export function parseXml(source: string): XmlElement {
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  let index = 0;
  const fail = (message: string): never => {
    const line = source.slice(0, index).split("\n").length;
    throw new Error(`XML line ${line}: ${message}`);
  };
  while (index < source.length) {
    const open = source.indexOf("<", index);
    const text = source.slice(index, open === -1 ? source.length : open);
    if (text.trim() !== "") {
      const parent = stack[stack.length - 1];
      if (parent === undefined) fail(`text outside the root element: ${text.trim().slice(0, 20)}`);
      else parent.text += decode(text);
    }
    if (open === -1) break;
    index = open;
    if (source.startsWith("<?", index)) {
      const end = source.indexOf("?>", index);
      if (end === -1) fail("unterminated declaration");
      index = end + 2;
    } else if (source.startsWith("<!--", index)) {
      const end = source.indexOf("-->", index);
      if (end === -1) fail("unterminated comment");
      index = end + 3;
    } else if (source.startsWith("</", index)) {
      const end = source.indexOf(">", index);
      const name = source.slice(index + 2, end).trim();
      const element = stack.pop();
      if (element === undefined || element.name !== name) fail(`</${name}> closes <${element?.name ?? "nothing"}>`);
      index = end + 1;
      if (element !== undefined) close(element);
    } else {
      const match = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(index));
      if (match === null) fail("malformed tag");
      const [whole = "", name = "", attributeText = "", selfClosing = ""] = match ?? [];
      const attributes: Record<string, string> = {};
      for (const attribute of attributeText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const key = attribute[1] ?? "";
        if (key in attributes) fail(`attribute ${key} given twice`);
        attributes[key] = decode(attribute[2] ?? attribute[3] ?? "");
      }
      const element: Building = { name, attributes, children: [], text: "" };
      index += whole.length;
      if (selfClosing === "/") close(element);
      else stack.push(element);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (root === undefined) fail("no root element");
  return root as XmlElement;

  function close(element: Building) {
    const done: XmlElement = { ...element, text: element.text.trim() };
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.children.push(done);
    else if (root === undefined) root = done;
    else fail("a second root element");
  }
}

/** Every element under (and including) `element`, depth first. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* descendants(child);
}

/** The element's name without its namespace prefix: `bt:Url` → `Url`. */
export const localName = (element: XmlElement) => element.name.replace(/^[\w.-]+:/, "");
