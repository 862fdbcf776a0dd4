// The results workbook: the table as written, every cell a text cell that never becomes a formula.
import ExcelJS from 'exceljs';
import { writeResults } from '../../src/io';

test('every cell is text in text format, values starting with = + - @ included', async () => {
  const table = {
    sheet: 'Accounton results',
    header: ['Row', 'Name', 'Outcome', 'Details'],
    rows: [['2', '=HYPERLINK("http://x")', 'Added', ''], ['3', '+32470123456', 'Invalid', '-5'], ['4', '@SUM(A1)', 'Updated', 'Fields: City']],
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await writeResults(table)).buffer);
  const sheet = workbook.getWorksheet('Accounton results')!;
  expect(sheet.getRow(1).values).toEqual([undefined, 'Row', 'Name', 'Outcome', 'Details']);
  for (const [address, text] of [['B2', '=HYPERLINK("http://x")'], ['B3', '+32470123456'], ['D3', '-5'], ['B4', '@SUM(A1)'], ['A2', '2'], ['D4', 'Fields: City']]) {
    const cell = sheet.getCell(address);
    expect([address, cell.type, cell.value, cell.numFmt]).toEqual([address, ExcelJS.ValueType.String, text, '@']);
  }
  expect(sheet.rowCount).toBe(4);
});
