import type { FindingStatus } from "../core/findings/finding";
import type { Language } from "../core/messages/language";

/** Every word the task pane shows, per language. Sheet text never goes in here: it is set as text where shown. */
export interface PaneStrings {
  readonly title: string;
  readonly language: string;
  readonly plan: string;
  readonly year: string;
  readonly validate: string;
  readonly clear: string;
  readonly report: string;
  readonly showMet: string;
  readonly summary: string;
  readonly status: Readonly<Record<FindingStatus, string>>;
  readonly loading: string;
  readonly ready: string;
  readonly reading: string;
  readonly validated: (sheet: string) => string;
  /** After `validated` when the sheet says it reports another year the plan has targets for. */
  readonly otherYear: (sheetYear: number, year: number) => string;
  readonly cleared: (sheet: string) => string;
  readonly reportWritten: (sheet: string) => string;
  readonly failed: (message: string) => string;
  readonly noFindings: string;
  readonly findings: string;
  /** Heading of findings about no district (a column the sheet could not map, the layout). */
  readonly wholeSheet: string;
  readonly otherIndicator: string;
  readonly goToCell: (cell: string) => string;
  readonly showMore: (next: number, rest: number) => string;
  readonly mapping: string;
  readonly mappingDetected: string;
  readonly mappingSaved: string;
  readonly layout: string;
  readonly layoutWide: string;
  readonly layoutLong: string;
  readonly labelColumn: string;
  readonly totalRow: string;
  readonly noTotalRow: string;
  readonly numbers: string;
  readonly numbersVi: string;
  readonly numbersEn: string;
  readonly columnField: (column: string) => string;
  readonly rowField: (row: number) => string;
  readonly ignore: string;
  readonly indicators: string;
  readonly elements: string;
  readonly saveMapping: string;
  readonly resetMapping: string;
  readonly notValidatedYet: string;
}

export const STRINGS: Readonly<Record<Language, PaneStrings>> = {
  vi: {
    title: "Kiểm tra chỉ tiêu",
    language: "Ngôn ngữ",
    plan: "Kế hoạch",
    year: "Năm",
    validate: "Kiểm tra trang tính",
    clear: "Xoá tô màu",
    report: "Ghi báo cáo",
    showMet: "Hiện cả chỉ tiêu đã đạt",
    summary: "Tóm tắt",
    status: { shortfall: "Chưa đạt", error: "Lỗi", warning: "Cảnh báo", met: "Đạt" },
    loading: "Đang mở…",
    ready: "Chọn kế hoạch và năm, rồi bấm Kiểm tra.",
    reading: "Đang đọc và kiểm tra trang tính…",
    validated: (sheet) => `Đã kiểm tra trang “${sheet}”.`,
    otherYear: (sheetYear, year) =>
      `Trang tính ghi số liệu năm ${sheetYear} nhưng đang so với chỉ tiêu năm ${year}: chọn năm ${sheetYear} để so với chỉ tiêu của chính năm đó.`,
    cleared: (sheet) => `Đã xoá tô màu trên trang “${sheet}”.`,
    reportWritten: (sheet) => `Đã ghi báo cáo vào trang “${sheet}”.`,
    failed: (message) => `Không thực hiện được: ${message}`,
    noFindings: "Không có vấn đề nào.",
    findings: "Kết quả",
    wholeSheet: "Cả trang tính",
    otherIndicator: "Khác",
    goToCell: (cell) => `Đến ô ${cell}`,
    showMore: (next, rest) => `Hiện thêm ${next} (còn ${rest})`,
    mapping: "Cách đọc bảng",
    mappingDetected: "Tự nhận dạng — sửa nếu sai rồi lưu.",
    mappingSaved: "Đã lưu cho trang này.",
    layout: "Bố cục",
    layoutWide: "Ngang: huyện theo hàng, chỉ tiêu theo cột",
    layoutLong: "Dọc: chỉ tiêu theo hàng",
    labelColumn: "Cột tên",
    totalRow: "Hàng tổng",
    noTotalRow: "Không có",
    numbers: "Cách viết số",
    numbersVi: "1.234,5 (Việt Nam)",
    numbersEn: "1,234.5 (tiếng Anh)",
    columnField: (column) => `Cột ${column}`,
    rowField: (row) => `Hàng ${row}`,
    ignore: "— Bỏ qua —",
    indicators: "Chỉ tiêu",
    elements: "Số liệu gốc",
    saveMapping: "Lưu và kiểm tra lại",
    resetMapping: "Nhận dạng lại",
    notValidatedYet: "Chưa kiểm tra trang nào.",
  },
  en: {
    title: "Plan check",
    language: "Language",
    plan: "Plan",
    year: "Year",
    validate: "Validate sheet",
    clear: "Clear highlights",
    report: "Write report",
    showMet: "Also show targets met",
    summary: "Summary",
    status: { shortfall: "Shortfall", error: "Error", warning: "Warning", met: "Met" },
    loading: "Opening…",
    ready: "Pick the plan and year, then Validate.",
    reading: "Reading and checking the sheet…",
    validated: (sheet) => `Validated sheet “${sheet}”.`,
    otherYear: (sheetYear, year) =>
      `The sheet reports ${sheetYear} but was checked against the ${year} targets: pick ${sheetYear} to check it against that year's own targets.`,
    cleared: (sheet) => `Cleared the highlights on “${sheet}”.`,
    reportWritten: (sheet) => `Report written to sheet “${sheet}”.`,
    failed: (message) => `That did not work: ${message}`,
    noFindings: "No problems found.",
    findings: "Findings",
    wholeSheet: "Whole sheet",
    otherIndicator: "Other",
    goToCell: (cell) => `Go to cell ${cell}`,
    showMore: (next, rest) => `Show ${next} more (${rest} left)`,
    mapping: "How the sheet is read",
    mappingDetected: "Detected — correct it if wrong, then save.",
    mappingSaved: "Saved for this sheet.",
    layout: "Layout",
    layoutWide: "Wide: districts down, indicators across",
    layoutLong: "Long: indicators down",
    labelColumn: "Label column",
    totalRow: "Total row",
    noTotalRow: "None",
    numbers: "Number writing",
    numbersVi: "1.234,5 (Vietnamese)",
    numbersEn: "1,234.5 (English)",
    columnField: (column) => `Column ${column}`,
    rowField: (row) => `Row ${row}`,
    ignore: "— Ignore —",
    indicators: "Indicators",
    elements: "Data elements",
    saveMapping: "Save and validate again",
    resetMapping: "Detect again",
    notValidatedYet: "No sheet validated yet.",
  },
};
