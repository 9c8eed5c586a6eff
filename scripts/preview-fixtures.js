/*
 * Workbooks for the browser preview and its end-to-end tests, built with exceljs.
 * Figures are ILLUSTRATIVE, not real statistics: they exist to exercise the checks.
 */
const DISTRICTS = [
  "Thành phố Lai Châu",
  "Huyện Tam Đường",
  "Huyện Phong Thổ",
  "Huyện Sìn Hồ",
  "Huyện Mường Tè",
  "Huyện Than Uyên",
  "Huyện Tân Uyên",
  "Huyện Nậm Nhùn",
];

const HEADERS = [
  "STT",
  "Huyện/thành phố",
  "Dân số",
  "Số giường bệnh",
  "Giường bệnh/vạn dân",
  "Bác sĩ",
  "Dược sĩ đại học",
  "Điều dưỡng",
  "Tỷ lệ tham gia BHYT (%)",
  "Tỷ lệ tiêm chủng mở rộng (%)",
];

/** One district row: population, beds, beds/10k, doctors, pharmacists, nurses, insurance %, immunisation %. */
function districtRow(index) {
  const population = 40000 + ((index * 7919) % 60000);
  const beds = Math.round((population / 10000) * (24 + ((index * 13) % 14)));
  return [
    population,
    beds,
    Math.round((beds / population) * 100000) / 10,
    Math.round((population / 10000) * (9 + ((index * 5) % 6))),
    Math.round((population / 10000) * (1 + (index % 3))),
    Math.round((population / 10000) * (20 + ((index * 3) % 10))),
    90 + ((index * 17) % 90) / 10,
    91 + ((index * 11) % 80) / 10,
  ];
}

function titleRows(sheet, title) {
  sheet.addRow([title]);
  sheet.addRow(["Số liệu minh hoạ (illustrative figures, not real statistics)"]);
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(1, 1).alignment = { horizontal: "center" };
}

function headerRow(sheet) {
  const row = sheet.addRow(HEADERS);
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  sheet.columns.forEach((column, index) => (column.width = index === 1 ? 22 : 13));
}

/**
 * A small wide sheet (districts down, indicators across, a total row) with the realities the checks
 * look for: Vietnamese number text, a blank, an error value, a figure short of the plan.
 * @param {typeof import("exceljs")} ExcelJS
 */
function demoWorkbook(ExcelJS) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Báo cáo 2025");
  titleRows(sheet, "BÁO CÁO CHỈ TIÊU Y TẾ CÁC HUYỆN NĂM 2025");
  headerRow(sheet);
  const rows = DISTRICTS.map((name, index) => [index + 1, name, ...districtRow(index + 1)]);
  rows[2][8] = "88,5"; // Vietnamese decimal comma, as text
  rows[4][4] = { error: "#DIV/0!" };
  rows[5][9] = null;
  rows[6][4] = 18.2; // short of the beds target
  for (const row of rows) sheet.addRow(row);
  const first = 4;
  const last = first + rows.length - 1;
  const total = sheet.addRow(["", "Toàn tỉnh"]);
  for (const column of [3, 4, 6, 7, 8]) {
    const letter = sheet.getColumn(column).letter;
    const sum = rows.reduce((acc, row) => acc + (typeof row[column - 1] === "number" ? row[column - 1] : 0), 0);
    total.getCell(column).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: sum };
  }
  total.font = { bold: true };
  workbook.addWorksheet("Ghi chú").addRow(["Số liệu minh hoạ, không phải số liệu thật."]);
  return workbook;
}

/**
 * A wide sheet of `rows` district rows, for timing the preview on a large sheet.
 * @param {typeof import("exceljs")} ExcelJS
 * @param {number} rows
 */
function largeWorkbook(ExcelJS, rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Báo cáo 2025");
  titleRows(sheet, `BÁO CÁO ${rows} ĐƠN VỊ (SỐ LIỆU MINH HOẠ)`);
  headerRow(sheet);
  for (let index = 1; index <= rows; index++) sheet.addRow([index, `Xã ${index}`, ...districtRow(index)]);
  return workbook;
}

/** Cell texts that would run script if a page ever treated sheet text as markup. */
const HOSTILE_TEXTS = ["<img src=x onerror=alert(1)>", '"><script>alert(1)</script>'];

/**
 * A workbook whose sheet name, headers and cells carry markup, to prove it is only ever shown as text.
 * @param {typeof import("exceljs")} ExcelJS
 */
function hostileWorkbook(ExcelJS) {
  const workbook = demoWorkbook(ExcelJS);
  const sheet = workbook.getWorksheet("Báo cáo 2025");
  sheet.getCell("B4").value = HOSTILE_TEXTS[0];
  sheet.getCell("I5").value = HOSTILE_TEXTS[1];
  sheet.getCell("J6").value = HOSTILE_TEXTS[0];
  workbook.addWorksheet("<img src=x onerror=alert(2)>").addRow([HOSTILE_TEXTS[1]]);
  return workbook;
}

module.exports = { demoWorkbook, largeWorkbook, hostileWorkbook, HOSTILE_TEXTS, DISTRICTS };
