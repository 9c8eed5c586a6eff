/* What exceljs alone costs: reads each workbook given, as plancheck does, and nothing else. */
const ExcelJS = require("exceljs");

(async () => {
  for (const file of process.argv.slice(2)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
  }
})();
