import { EMPTY_SETTINGS, readSettings } from "../../src/core/settings/schema";

describe("readSettings", () => {
  it("returns saved settings, from an object or JSON text", () => {
    const saved = { version: 1, plan: "lang-son", year: 2018, mappings: {} };
    expect(readSettings(saved)).toEqual(saved);
    expect(readSettings(JSON.stringify(saved))).toEqual(saved);
  });

  it("returns empty settings for anything unreadable or of another version", () => {
    for (const stored of [undefined, null, "{not json", { version: 2 }, { version: 1, year: "2025" }, 42]) {
      expect(readSettings(stored)).toEqual(EMPTY_SETTINGS);
    }
  });
});
