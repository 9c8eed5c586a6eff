import type { Language } from "../core/messages/language";
import type { LostPart } from "./sniff";

/** Why a file could not be checked. */
export type FileProblem =
  | { readonly kind: "missing" }
  | { readonly kind: "directory" }
  | { readonly kind: "unreadable"; readonly reason: string }
  | { readonly kind: "empty-file" }
  | { readonly kind: "encrypted" }
  | { readonly kind: "xls" }
  | { readonly kind: "text" }
  | { readonly kind: "not-xlsx" }
  | { readonly kind: "corrupt"; readonly reason: string }
  | { readonly kind: "no-worksheets" }
  | { readonly kind: "no-data" }
  | { readonly kind: "no-sheet"; readonly sheet: string; readonly sheets: readonly string[] }
  | { readonly kind: "would-overwrite"; readonly out: string }
  | { readonly kind: "write-failed"; readonly out: string; readonly reason: string }
  | { readonly kind: "engine-failed"; readonly sheet: string; readonly reason: string };

const quoteList = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");

const PROBLEMS: Record<Language, (problem: FileProblem) => string> = {
  en: (problem) => {
    switch (problem.kind) {
      case "missing":
        return "file not found";
      case "directory":
        return "is a folder, not a workbook";
      case "unreadable":
        return `cannot be read (${problem.reason})`;
      case "empty-file":
        return "the file is empty (0 bytes)";
      case "encrypted":
        return "the workbook is password-protected; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again";
      case "xls":
        return "an Excel 97-2003 .xls file (or another OLE file), not .xlsx; open it in Excel and save it as .xlsx";
      case "text":
        return "a text or CSV file, not an .xlsx workbook; open it in Excel and save it as .xlsx";
      case "not-xlsx":
        return "not an .xlsx workbook";
      case "corrupt":
        return `the workbook is damaged and cannot be opened (${problem.reason})`;
      case "no-worksheets":
        return "holds no worksheets (is it an Excel .xlsx file?)";
      case "no-data":
        return "the workbook is empty: no visible sheet holds any data";
      case "no-sheet":
        return `has no sheet named "${problem.sheet}" (sheets: ${quoteList(problem.sheets)})`;
      case "would-overwrite":
        return `the copy would overwrite the input (${problem.out}); choose another --out folder`;
      case "write-failed":
        return `the highlighted copy could not be written to ${problem.out} (${problem.reason})`;
      case "engine-failed":
        return `sheet "${problem.sheet}" could not be checked (${problem.reason})`;
    }
  },
  vi: (problem) => {
    switch (problem.kind) {
      case "missing":
        return "không tìm thấy tệp";
      case "directory":
        return "là một thư mục, không phải sổ tính";
      case "unreadable":
        return `không đọc được (${problem.reason})`;
      case "empty-file":
        return "tệp rỗng (0 byte)";
      case "encrypted":
        return "sổ tính có mật khẩu; hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại";
      case "xls":
        return "là tệp Excel 97-2003 .xls (hoặc tệp OLE khác), không phải .xlsx; hãy mở bằng Excel và lưu dạng .xlsx";
      case "text":
        return "là tệp văn bản hoặc CSV, không phải sổ tính .xlsx; hãy mở bằng Excel và lưu dạng .xlsx";
      case "not-xlsx":
        return "không phải sổ tính .xlsx";
      case "corrupt":
        return `sổ tính bị hỏng, không mở được (${problem.reason})`;
      case "no-worksheets":
        return "không có trang tính nào (có phải tệp Excel .xlsx không?)";
      case "no-data":
        return "sổ tính trống: không trang tính nào đang hiện có số liệu";
      case "no-sheet":
        return `không có trang tính "${problem.sheet}" (các trang: ${quoteList(problem.sheets)})`;
      case "would-overwrite":
        return `bản sao sẽ ghi đè tệp gốc (${problem.out}); hãy chọn thư mục --out khác`;
      case "write-failed":
        return `không ghi được bản sao tô màu vào ${problem.out} (${problem.reason})`;
      case "engine-failed":
        return `không kiểm tra được trang "${problem.sheet}" (${problem.reason})`;
    }
  },
};

/** The one-line message for a file that could not be checked, naming the file. */
export const describeProblem = (file: string, problem: FileProblem, lang: Language): string =>
  `plancheck: ${file}: ${PROBLEMS[lang](problem)}`;

const LOST: Record<Language, Record<LostPart, string>> = {
  en: {
    charts: "charts",
    "pivot-tables": "pivot tables",
    slicers: "slicers",
    "external-links": "links to other workbooks",
    "form-controls": "form controls",
    macros: "macros",
  },
  vi: {
    charts: "biểu đồ",
    "pivot-tables": "bảng tổng hợp (pivot)",
    slicers: "slicer",
    "external-links": "liên kết tới sổ tính khác",
    "form-controls": "điều khiển biểu mẫu",
    macros: "macro",
  },
};

/** A notice (not a failure) that the highlighted copy leaves out parts exceljs cannot write back. */
export function describeLostParts(file: string, parts: readonly LostPart[], lang: Language): string {
  const names = parts.map((part) => LOST[lang][part]).join(", ");
  return lang === "vi"
    ? `plancheck: ${file}: lưu ý: bản sao tô màu không giữ được ${names} của sổ tính; tệp gốc không bị thay đổi`
    : `plancheck: ${file}: note: the highlighted copy leaves out the workbook's ${names}; the original is unchanged`;
}
