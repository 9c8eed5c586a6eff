import { descendants, localName, parseXml } from "./xml";

describe("parseXml", () => {
  it("returns elements, attributes and decoded text, skipping comments and the declaration", () => {
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><bt:b y='z'/><c>t &lt; u</c></a>`);
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1 & 2" });
    expect([...descendants(root)].map(localName)).toEqual(["a", "b", "c"]);
    expect(root.children[1]?.text).toBe("t < u");
  });

  it("throws on a tag closed by the wrong name", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow("</a> closes <b>");
  });

  it("throws on an element never closed, a second root and a repeated attribute", () => {
    expect(() => parseXml("<a><b/>")).toThrow("<a> is never closed");
    expect(() => parseXml("<a/><b/>")).toThrow("a second root element");
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow("attribute x given twice");
  });
});
