// "Map to the template" on the Excel side: the active sheet is read in chunks without being changed, and the
// new template sheet gets formats before values, a number kept as a number, and never a formula.
import { COLUMNS } from '../../src/core';
import { readActiveSheet } from '../../src/excel/sourceSheet';
import { insertMappedTemplate } from '../../src/excel/template';
import { ExcelDouble } from './double';
import { letterOf } from './fixtures';

test('reads the active sheet in 2,000-row chunks, two per round trip, with cells by sheet column', async () => {
  const xl = new ExcelDouble();
  xl.userSet(xl.active, 'C3', Array.from({ length: 4_500 }, (_, i) => [`name ${i}`, i]));
  await xl.settle();
  xl.resetCounters();
  const sheet = await readActiveSheet(xl.host);
  expect(xl.syncs).toHaveLength(1 + 2); // the used range, then 4,500 rows in two waves
  expect(sheet.rows).toHaveLength(4_500);
  expect(sheet.rows[0]).toEqual({ row: 3, cells: [null, null, 'name 0', 0] });
  expect(sheet.rows[4_499].row).toBe(4_502);
});

test('an empty sheet has no rows', async () => {
  const xl = new ExcelDouble();
  expect(await readActiveSheet(xl.host)).toEqual({ name: 'Sheet1', rows: [] });
});

test('writes the mapped rows under the template header: text where Excel would reinterpret, numbers as numbers, no formula', async () => {
  const xl = new ExcelDouble();
  const name = await insertMappedTemplate(xl.host, 'en', [
    { row: 5, cells: { person: 'person', firstName: '=1+1', lastName: 'Peeters', mobile: '+32470123456', registrationNumber: 5073003328, declarationDeadline: new Date('2026-06-30T00:00:00Z') } },
  ]);
  const sheet = xl.sheet(name);
  expect(name).toBe('Accounton clients');
  expect(COLUMNS.map((c) => xl.valueAt(sheet, `${c.letter}1`))).toEqual(COLUMNS.map((c) => c.header));
  expect(xl.valueAt(sheet, `${letterOf('firstName')}2`)).toBe('=1+1');
  expect(xl.cell(sheet, `${letterOf('firstName')}2`)?.formula).toBeUndefined();
  expect(xl.valueAt(sheet, `${letterOf('mobile')}2`)).toBe('+32470123456');
  expect(xl.valueAt(sheet, `${letterOf('registrationNumber')}2`)).toBe(5073003328);
  expect(xl.valueAt(sheet, `${letterOf('declarationDeadline')}2`)).toBe('2026-06-30');
  expect(xl.table('AccountonClients')?.sheet.name).toBe(name);
  expect(xl.active.name).toBe(name);
});
