// Lists written into new sheets (results, clients only in Accounton): text only, never a formula, never
// over an existing sheet, large lists in round trips under Excel's 5 MB.
import { freeName, writeListSheet } from '../../src/excel/sheets';
import { ExcelDouble } from '../excel/double';

test('values starting with = + - @ are stored as the text they are', async () => {
  const xl = new ExcelDouble();
  const name = await writeListSheet(xl.host, 'Accounton results', ['Row', 'Name'], [['2', '=HYPERLINK("http://x")'], ['3', '+32470123456'], ['4', '-5'], ['5', '@SUM(A1)']]);
  const sheet = xl.sheet(name);
  for (const [address, text] of [['B2', '=HYPERLINK("http://x")'], ['B3', '+32470123456'], ['B4', '-5'], ['B5', '@SUM(A1)'], ['A2', '2']]) {
    expect([address, xl.valueAt(sheet, address), xl.cell(sheet, address)?.formula, xl.formatAt(sheet, address)]).toEqual([address, text, undefined, '@']);
  }
  expect(sheet.frozenRows).toBe(1);
  expect(xl.active.name).toBe(name);
});

test('a second list gets its own sheet instead of overwriting the first', async () => {
  const xl = new ExcelDouble();
  await writeListSheet(xl.host, 'Accounton results', ['Row'], [['2']]);
  const second = await writeListSheet(xl.host, 'Accounton results', ['Row'], [['7']]);
  expect(second).toBe('Accounton results (2)');
  expect(xl.valueAt(xl.sheet('Accounton results'), 'A2')).toBe('2');
  expect(freeName('x'.repeat(40), ['x'.repeat(31)])).toHaveLength(31);
});

test('a sheet name keeps to Excel\'s rules: 31 characters, none of \\ / ? * [ ] :, no apostrophe first or last', () => {
  expect(freeName('Results 1/2 [a:b] *?\\', [])).toBe('Results 1-2 -a-b- ---');
  expect(freeName("'Client's'", [])).toBe("Client's");
  expect(freeName('x'.repeat(40), [])).toBe('x'.repeat(31));
  expect(freeName('x'.repeat(30) + "'", [])).toBe('x'.repeat(30));
  expect(freeName('Accounton clients', ['ACCOUNTON CLIENTS', 'accounton clients (2)'])).toBe('Accounton clients (3)');
  const long = 'Clients seulement dans Accounton';
  expect(freeName(long, [long.slice(0, 31)])).toBe(`${long.slice(0, 27)} (2)`);
});

test('10,000 rows are written in 4 round trips (the sheet names, then 4,000 rows each), each under 5 MB', async () => {
  const xl = new ExcelDouble();
  const rows = Array.from({ length: 10_000 }, (_, i) => [String(i + 2), `Client ${i}`, 'Added', ''.padEnd(60, 'x')]);
  xl.resetCounters();
  await writeListSheet(xl.host, 'Accounton results', ['Row', 'Name', 'Outcome', 'Details'], rows);
  expect(xl.syncs.length).toBe(4);
  for (const s of xl.syncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
  expect(xl.valueAt(xl.sheet('Accounton results'), 'B10001')).toBe('Client 9999');
});
