// The results workbook (web page's download, `send --results`): the same table as the pane's
// "Accounton results" sheet. Every cell is a text cell in text format: exceljs writes a string as a
// string (a formula would need { formula }), so "=…", "+…", "-…" and "@…" stay the text they are.
import ExcelJS from 'exceljs';
import type { ResultsTable } from '../api/outcomes';

const WIDTHS = [8, 28, 26, 70];

export async function writeResults(table: ResultsTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Accounton';
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = WIDTHS.map((width) => ({ width, style: { numFmt: '@' } }));
  for (const values of [table.header, ...table.rows]) {
    const row = sheet.addRow(values);
    row.eachCell({ includeEmpty: true }, (cell) => { cell.numFmt = '@'; });
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
