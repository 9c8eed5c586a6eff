import { parseArgs } from "node:util";
import type { Language } from "../core/messages/language";
import type { NumberLocale } from "../core/numbers/parse";
import { fail, ok, type Result } from "../core/result";

export const FORMATS = ["table", "json", "csv"] as const;
export const FAIL_ON = ["none", "error", "shortfall"] as const;
const LANGUAGES = ["vi", "en"] as const;

export type OutputFormat = (typeof FORMATS)[number];
export type FailOn = (typeof FAIL_ON)[number];

/** The options of `plancheck validate`, checked. */
export interface ValidateArgs {
  readonly files: readonly string[];
  /** A plan id, or the path of a plan JSON file; undefined for the default plan. */
  readonly plan: string | undefined;
  readonly year: number | undefined;
  readonly sheet: string | undefined;
  readonly format: OutputFormat;
  readonly out: string | undefined;
  readonly lang: Language;
  readonly all: boolean;
  readonly failOn: FailOn;
  readonly locale: NumberLocale;
}

export type Command =
  | { readonly command: "help"; readonly lang: Language }
  | { readonly command: "version" }
  | ({ readonly command: "validate" } & ValidateArgs);

const OPTIONS = {
  plan: { type: "string" },
  year: { type: "string" },
  sheet: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  all: { type: "boolean" },
  "fail-on": { type: "string" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

const oneOf = <T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): Result<T, string> => {
  if (value === undefined) return ok(fallback);
  return (allowed as readonly string[]).includes(value)
    ? ok(value as T)
    : fail(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
};

/**
 * Reads the command line (without `node` and the script). `defaultLang` is the language of the
 * user's system, used when `--lang` is absent. Usage errors come back as issues, never thrown.
 */
export function parseCommand(argv: readonly string[], defaultLang: Language): Result<Command, string> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fail((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const { values, positionals } = parsed;
  const lang = oneOf("lang", values.lang, LANGUAGES, defaultLang);
  if (!lang.success) return lang;
  if (values.version === true) return ok({ command: "version" });
  const [command, ...files] = positionals;
  if (values.help === true || command === "help") return ok({ command: "help", lang: lang.data });
  if (command === undefined) return fail("no command given");
  if (command !== "validate") return fail(`unknown command "${command}" (the command is "validate")`);
  if (files.length === 0) return fail("no workbook given: plancheck validate <file.xlsx>...");

  const format = oneOf("format", values.format, FORMATS, "table");
  if (!format.success) return format;
  const failOn = oneOf("fail-on", values["fail-on"], FAIL_ON, "error");
  if (!failOn.success) return failOn;
  const locale = oneOf("locale", values.locale, LANGUAGES, "vi");
  if (!locale.success) return locale;
  const year = parseYear(values.year);
  if (!year.success) return year;
  for (const name of ["plan", "sheet", "out"] as const) {
    if (values[name] !== undefined && values[name].trim() === "") return fail(`--${name} needs a value`);
  }

  return ok({
    command: "validate",
    files,
    plan: values.plan,
    year: year.data,
    sheet: values.sheet,
    format: format.data,
    out: values.out,
    lang: lang.data,
    all: values.all === true,
    failOn: failOn.data,
    locale: locale.data,
  });
}

function parseYear(text: string | undefined): Result<number | undefined, string> {
  if (text === undefined) return ok(undefined);
  const year = Number(text);
  return /^\d{4}$/.test(text.trim()) && year >= 1990 && year <= 2100
    ? ok(year)
    : fail(`--year must be a year such as 2025 (got "${text}")`);
}

const USAGE: Record<Language, string> = {
  en: `Usage: plancheck validate <file.xlsx>... [options]

Checks district health workbooks against a provincial health plan's targets.

Options:
  --plan <id|plan.json>   plan id (lai-chau, lang-son, yen-bai) or a plan JSON file  [lai-chau]
  --year <yyyy>           target year  [the plan's target year nearest to this year]
  --sheet <name>          check only this sheet  [every visible sheet with data]
  --format <f>            table, json or csv  [table]
  --out <dir>             write a copy of each workbook with the findings highlighted and a report sheet
  --lang <vi|en>          language of messages  [the system's]
  --all                   list the targets met too
  --fail-on <level>       none, error or shortfall: exit 1 when a finding reaches it  [error]
  --locale <vi|en>        how 1.234 is read: vi = 1234, en = 1.234  [vi]
  -h, --help              show this help

Exit status: 0 nothing reaches --fail-on, 1 something does, 2 usage error or a file that cannot be read.`,
  vi: `Cách dùng: plancheck validate <tệp.xlsx>... [tùy chọn]

Kiểm tra sổ tính báo cáo y tế của các huyện theo chỉ tiêu kế hoạch của tỉnh.

Tùy chọn:
  --plan <mã|plan.json>   mã kế hoạch (lai-chau, lang-son, yen-bai) hoặc tệp kế hoạch JSON  [lai-chau]
  --year <nnnn>           năm chỉ tiêu  [năm chỉ tiêu gần nhất của kế hoạch]
  --sheet <tên>           chỉ kiểm tra trang này  [mọi trang đang hiện có số liệu]
  --format <f>            table, json hoặc csv  [table]
  --out <thư mục>         ghi bản sao mỗi sổ tính, tô màu các ô có vấn đề và thêm trang báo cáo
  --lang <vi|en>          ngôn ngữ thông báo  [theo hệ thống]
  --all                   liệt kê cả các chỉ tiêu đã đạt
  --fail-on <mức>         none, error hoặc shortfall: thoát mã 1 khi có kết quả ở mức này  [error]
  --locale <vi|en>        cách đọc 1.234: vi = 1234, en = 1,234  [vi]
  -h, --help              hiện hướng dẫn này

Mã thoát: 0 không có gì đến mức --fail-on, 1 có, 2 lỗi cú pháp lệnh hoặc có tệp không đọc được.`,
};

export const usage = (lang: Language): string => USAGE[lang];
