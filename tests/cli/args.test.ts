import { parseCommand } from "../../src/cli/args";
import { fails, systemLanguage } from "../../src/cli/cli";

const parse = (...argv: string[]) => parseCommand(argv, "en");

describe("parseCommand", () => {
  it("returns the defaults of validate", () => {
    expect(parse("validate", "a.xlsx", "b.xlsx")).toEqual({
      success: true,
      data: {
        command: "validate",
        files: ["a.xlsx", "b.xlsx"],
        plan: undefined,
        year: undefined,
        sheet: undefined,
        format: "table",
        out: undefined,
        lang: "en",
        all: false,
        failOn: "error",
        locale: "vi",
      },
    });
  });

  it("returns every option given, in either --name value or --name=value form", () => {
    const parsed = parse(
      "validate",
      "a.xlsx",
      "--plan=lang-son",
      "--year",
      "2018",
      "--sheet",
      "Báo cáo",
      "--format=csv",
      "--out",
      "ra",
      "--lang",
      "vi",
      "--all",
      "--fail-on",
      "shortfall",
      "--locale",
      "en",
    );
    expect(parsed.success && parsed.data).toMatchObject({
      plan: "lang-son",
      year: 2018,
      sheet: "Báo cáo",
      format: "csv",
      out: "ra",
      lang: "vi",
      all: true,
      failOn: "shortfall",
      locale: "en",
    });
  });

  it("returns help and version", () => {
    expect(parse("--help")).toEqual({ success: true, data: { command: "help", lang: "en" } });
    expect(parse("help", "--lang", "vi")).toEqual({ success: true, data: { command: "help", lang: "vi" } });
    expect(parse("validate", "-h")).toEqual({ success: true, data: { command: "help", lang: "en" } });
    expect(parse("--version")).toEqual({ success: true, data: { command: "version" } });
  });

  it("returns an issue for each kind of wrong command line", () => {
    const issue = (...argv: string[]) => {
      const parsed = parse(...argv);
      return parsed.success ? undefined : parsed.issues[0];
    };
    expect(issue()).toBe("no command given");
    expect(issue("check")).toBe('unknown command "check" (the command is "validate")');
    expect(issue("validate")).toBe("no workbook given: plancheck validate <file.xlsx>...");
    expect(issue("validate", "a.xlsx", "--year", "25")).toBe('--year must be a year such as 2025 (got "25")');
    expect(issue("validate", "a.xlsx", "--year", "2025.5")).toMatch(/^--year must be a year/);
    expect(issue("validate", "a.xlsx", "--format", "xlsx")).toBe(
      '--format must be one of table, json, csv (got "xlsx")',
    );
    expect(issue("validate", "a.xlsx", "--locale", "fr")).toMatch(/^--locale must be one of vi, en/);
    expect(issue("validate", "a.xlsx", "--out", " ")).toBe("--out needs a value");
    expect(issue("validate", "a.xlsx", "--all=yes")).toMatch(/--all/);
    expect(issue("validate", "a.xlsx", "-x")).toMatch(/Unknown option '-x'/);
  });
});

describe("systemLanguage", () => {
  it("returns Vietnamese for a Vietnamese locale in LC_ALL, LC_MESSAGES or LANG, in that order", () => {
    expect(systemLanguage({ LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(systemLanguage({ LC_ALL: "en_US.UTF-8", LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(systemLanguage({ LC_MESSAGES: "vi_VN", LANG: "en_GB.UTF-8" })).toBe("vi");
    expect(systemLanguage({ LANG: "C.UTF-8" })).toBe("en");
  });
});

describe("fails", () => {
  it("returns whether the findings reach the --fail-on level", () => {
    const shortOnly = { error: 0, shortfall: 3 };
    const withError = { error: 1, shortfall: 0 };
    expect([fails("none", withError), fails("error", shortOnly), fails("error", withError)]).toEqual([
      false,
      false,
      true,
    ]);
    expect([
      fails("shortfall", shortOnly),
      fails("shortfall", withError),
      fails("shortfall", { error: 0, shortfall: 0 }),
    ]).toEqual([true, true, false]);
  });
});
