#!/usr/bin/env node
/*
 * Writes the sample district workbooks in samples/ (committed): the shapes real templates have,
 * with illustrative figures (labelled as such in every workbook). Run: npm run samples
 */
const path = require("path");
const ExcelJS = require("exceljs");

const OUT = path.join(__dirname, "..", "samples");
const FIXED_DATE = new Date(Date.UTC(2025, 11, 31));
const NOTE_VI = "Số liệu minh họa, không phải số liệu thống kê thật (illustrative figures, not real statistics).";

const THIN = { style: "thin", color: { argb: "FF999999" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PlanCheck samples";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

function titleRows(sheet, lastCol, lines) {
  lines.forEach((text, index) => {
    const row = index + 1;
    sheet.mergeCells(row, 1, row, lastCol);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.alignment = { horizontal: "center" };
    cell.font = index === lines.length - 1 ? { italic: true, color: { argb: "FFC00000" } } : { bold: true, size: 13 };
  });
}

function styleHeader(sheet, fromRow, toRow, lastCol) {
  for (let row = fromRow; row <= toRow; row += 1) {
    for (let col = 1; col <= lastCol; col += 1) {
      const cell = sheet.getCell(row, col);
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
    }
  }
}

function box(sheet, fromRow, toRow, lastCol) {
  for (let row = fromRow; row <= toRow; row += 1)
    for (let col = 1; col <= lastCol; col += 1) sheet.getCell(row, col).border = BORDER;
}

/** (1) The province's consolidation: districts down, indicators across, two-row merged header, total row. */
function provinceWide() {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Báo cáo 2025");
  const lastCol = 12;
  titleRows(sheet, lastCol, [
    "SỞ Y TẾ TỈNH LAI CHÂU",
    "BÁO CÁO TỔNG HỢP CÁC CHỈ TIÊU Y TẾ CƠ BẢN NĂM 2025",
    `Ghi chú: ${NOTE_VI}`,
  ]);

  // Two header rows (5 and 6): "Nhân lực y tế" merged over its three occupations.
  const top = ["STT", "Huyện, thành phố", "Dân số", "Số giường bệnh", "Nhân lực y tế", null, null];
  const rest = [
    "Tỷ lệ tham gia BHYT (%)",
    "Tỷ lệ TCMR (%)",
    "Tỷ lệ SDD thấp còi (%)",
    "Giường bệnh/vạn dân",
    "Mã ĐVHC",
  ];
  sheet.getRow(5).values = [...top, ...rest];
  sheet.getRow(6).values = [null, null, null, null, "Bác sĩ", "Dược sĩ đại học", "Điều dưỡng"];
  for (const col of [1, 2, 3, 4, 8, 9, 10, 11, 12]) sheet.mergeCells(5, col, 6, col);
  sheet.mergeCells(5, 5, 5, 7);
  styleHeader(sheet, 5, 6, lastCol);

  // name, population, beds, doctors, pharmacists, nurses, insurance %, immunisation %, stunting %, code
  const districts = [
    ["Thành phố Lai Châu", 42350, 310, 148, 22, 265, 96.2, 97.1, 18.4, 105],
    ["Tam Đường", 57480, 175, 68, 7, 98, 97.5, 95.0, 29.8, 106],
    ["Phong Thổ", 83160, 240, 92, 10, 150, 98.1, 91.6, 33.2, 107],
    ["Sìn Hồ", 90120, 250, 101, 9, 138, 96.8, 93.4, "27,6", 108],
    ["Mường Tè", "45.210", 130, 52, 6, 70, 99.0, 88.7, 35.1, 109],
    ["Than Uyên", 67340, 230, 90, 11, 118, 95.6, 96.0, 26.3, 110],
    ["Tân Uyên", null, 190, 75, 9, 105, 94.1, 94.2, 28.7, 111],
    ["Nậm Nhùn", 28420, 95, 33, 4, 52, 99.3, 90.5, 30.9, 112],
  ];
  const first = 7;
  districts.forEach((district, index) => {
    const row = first + index;
    const [name, population, beds, doctors, pharmacists, nurses, insurance, epi, stunting, code] = district;
    sheet.getRow(row).values = [
      index + 1,
      name,
      population,
      beds,
      doctors,
      pharmacists,
      nurses,
      insurance,
      epi,
      stunting,
    ];
    sheet.getCell(row, 12).value = code;
    // Beds per 10,000 as the template computes it; the population written as text is read the Vietnamese way.
    const people = typeof population === "string" ? Number(population.replace(/\./g, "")) : population;
    sheet.getCell(row, 11).value =
      name === "Than Uyên"
        ? 36.5 // typed over the formula by hand: no longer what the counts give
        : {
            formula: `D${row}/C${row}*10000`,
            result: people ? beds / (people / 10000) : { error: "#DIV/0!" },
          };
  });
  const last = first + districts.length - 1;
  const total = last + 1;
  const numeric = (value) => (typeof value === "number" ? value : 0);
  const sum = (index) => districts.reduce((acc, district) => acc + numeric(district[index]), 0);
  sheet.getCell(total, 2).value = "Toàn tỉnh";
  ["C", "D", "E", "F", "G"].forEach((letter, index) => {
    sheet.getCell(`${letter}${total}`).value = {
      formula: `SUM(${letter}${first}:${letter}${last})`,
      result: sum(index + 1),
    };
  });
  sheet.getCell(`H${total}`).value = 97.0;
  sheet.getCell(`I${total}`).value = 93.1;
  sheet.getCell(`J${total}`).value = 28.9;
  sheet.getCell(`K${total}`).value = { formula: `D${total}/C${total}*10000`, result: (sum(2) / sum(1)) * 10000 };
  sheet.getRow(total).font = { bold: true };
  box(sheet, first, total, lastCol);

  for (let row = first; row <= total; row += 1) {
    sheet.getCell(row, 3).numFmt = "#,##0";
    for (const col of [8, 9, 10, 11]) sheet.getCell(row, col).numFmt = "0.0";
  }
  sheet.columns.forEach((column, index) => {
    column.width = [5, 22, 10, 10, 9, 10, 10, 12, 10, 12, 12, 8][index];
  });
  sheet.getColumn(12).hidden = true;
  sheet.views = [{ state: "frozen", ySplit: 6 }];
  workbook.addWorksheet("Sheet2");
  return workbook;
}

/** (2) A district's report: indicators down, the plan and what was achieved across. */
function districtLong() {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("BC chỉ tiêu 2025");
  const lastCol = 6;
  titleRows(sheet, lastCol, [
    "TRUNG TÂM Y TẾ HUYỆN PHONG THỔ",
    "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU Y TẾ NĂM 2025",
    `Ghi chú: ${NOTE_VI}`,
  ]);
  sheet.getRow(5).values = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2025", "Thực hiện 2025", "Ghi chú"];
  styleHeader(sheet, 5, 5, lastCol);
  const rows = [
    ["Tỷ lệ tham gia bảo hiểm y tế", "%", 95, "93,8", ""],
    ["Tỷ lệ tiêm chủng mở rộng", "%", 93, 0.951, "Trẻ dưới 1 tuổi"],
    ["Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi", "%", 31.5, "32,4", ""],
    ["Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", 29, 24, ""],
    ["Tỷ suất tử vong trẻ em dưới 5 tuổi", "‰", 42, 36, ""],
    ["Giường bệnh/vạn dân", "Giường", 33, "30,2", ""],
    ["Bác sĩ/vạn dân", "Bác sĩ", 13, "11,4", ""],
    ["Dược sĩ đại học/vạn dân", "Dược sĩ", 1.5, 1.7, ""],
    ["Điều dưỡng/vạn dân", "Điều dưỡng", 16, 17.2, ""],
    ["Tỷ lệ dân số được quản lý sức khỏe", "%", 70, null, "Chưa tổng hợp"],
    ["Tuổi thọ trung bình", "Năm", 68, "không có số liệu", ""],
    ["Tỷ lệ nhiễm HIV/AIDS", "%", 0.38, "0,41", ""],
  ];
  rows.forEach((values, index) => {
    const row = 6 + index;
    sheet.getRow(row).values = [index + 1, ...values];
    if (typeof values[3] === "number" && values[3] < 1 && values[1] === "%") sheet.getCell(row, 5).numFmt = "0.0%";
  });
  box(sheet, 6, 5 + rows.length, lastCol);
  sheet.columns.forEach((column, index) => {
    column.width = [5, 46, 11, 14, 14, 18][index];
  });
  return workbook;
}

/** (3) A district health centre's report by commune: one header row typed on a Mac (NFD), shares as 0.0%. */
function communesWide() {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Theo xã");
  const lastCol = 8;
  titleRows(sheet, lastCol, [
    "TRUNG TÂM Y TẾ HUYỆN SÌN HỒ",
    "TIÊM CHỦNG MỞ RỘNG VÀ BẢO HIỂM Y TẾ THEO XÃ NĂM 2025",
    `Ghi chú: ${NOTE_VI}`,
  ]);
  const headers = [
    "STT",
    "Xã, thị trấn",
    "Dân số",
    "Số trẻ dưới 1 tuổi",
    "Số trẻ tiêm chủng đầy đủ",
    "Tỷ lệ TCMR",
    "Số người tham gia BHYT",
    "Tỷ lệ tham gia BHYT",
  ].map((header) => header.normalize("NFD"));
  sheet.getRow(5).values = headers;
  styleHeader(sheet, 5, 5, lastCol);
  // name, population, children under 1, fully immunised, insured
  const communes = [
    ["Thị trấn Sìn Hồ", 5120, 96, 93, 4990],
    ["Chăn Nưa", 4865, 88, 81, 4700],
    ["Pa Tần", 6230, 121, 125, 6010],
    ["Phìn Hồ", 3980, 75, 71, 3850],
    ["Hồng Thu", 4410, 83, 78, 4330],
    ["Phăng Sô Lin", 48650, 92, 84, 4598],
    ["Ma Quai", 5560, 104, "không có số liệu", 5420],
    ["Tả Phìn", 3720, 70, 67, 3640],
  ];
  const first = 6;
  communes.forEach(([name, population, under1, immunised, insured], index) => {
    const row = first + index;
    sheet.getRow(row).values = [index + 1, name, population, under1, immunised];
    sheet.getCell(row, 6).value =
      typeof immunised === "number"
        ? { formula: `E${row}/D${row}`, result: immunised / under1 }
        : { formula: `E${row}/D${row}`, result: { error: "#VALUE!" } };
    sheet.getCell(row, 7).value = insured;
    sheet.getCell(row, 8).value = { formula: `G${row}/C${row}`, result: insured / population };
    sheet.getCell(row, 6).numFmt = "0.0%";
    sheet.getCell(row, 8).numFmt = "0.0%";
  });
  sheet.getCell(first + 1, 6).note = "Số liệu đến hết quý 3 (cán bộ TYT ghi chú)";
  const last = first + communes.length - 1;
  const total = last + 1;
  const sum = (index) => communes.reduce((acc, c) => acc + (typeof c[index] === "number" ? c[index] : 0), 0);
  sheet.getCell(total, 2).value = "Tổng cộng";
  ["C", "D", "E", "G"].forEach((letter, index) => {
    sheet.getCell(`${letter}${total}`).value = {
      formula: `SUM(${letter}${first}:${letter}${last})`,
      result: sum([1, 2, 3, 4][index]),
    };
  });
  sheet.getCell(`F${total}`).value = { formula: `E${total}/D${total}`, result: sum(3) / sum(2) };
  sheet.getCell(`H${total}`).value = { formula: `G${total}/C${total}`, result: sum(4) / sum(1) };
  sheet.getCell(`F${total}`).numFmt = "0.0%";
  sheet.getCell(`H${total}`).numFmt = "0.0%";
  sheet.getRow(total).font = { bold: true };
  box(sheet, first, total, lastCol);
  sheet.columns.forEach((column, index) => {
    column.width = [5, 18, 10, 12, 14, 10, 14, 12][index];
  });
  const lists = workbook.addWorksheet("Danh mục", { state: "hidden" });
  lists.addRows(communes.map(([name], index) => [index + 1, name]));
  return workbook;
}

const SAMPLES = {
  "lai-chau-tong-hop-2025.xlsx": provinceWide,
  "phong-tho-chi-tieu-2025.xlsx": districtLong,
  "sin-ho-theo-xa-2025.xlsx": communesWide,
};

async function main() {
  for (const [name, build] of Object.entries(SAMPLES)) {
    const file = path.join(OUT, name);
    await build().xlsx.writeFile(file);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

module.exports = { SAMPLES };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`make-samples: ${error.message}\n`);
    process.exitCode = 1;
  });
}
