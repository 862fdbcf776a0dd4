// Hostile and unusual zips: the reader refuses what would exhaust a server before inflating it, stops a
// damaged file at once, and reads parts in whatever order the zip stores them.
import { readXlsx } from '../../src/io';
import { HEADERS, readError, templateRow, workbook } from './helpers';
import { xlsxParts, zipParts } from './zipParts';

jest.setTimeout(30_000);

const headerRow = (row: number) =>
  `<row r="${row}">${HEADERS.map((_, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="s"><v>${i}</v></c>`).join('')}</row>`;
const janRow = (row: number) =>
  `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>person</t></is></c><c r="B${row}" t="inlineStr"><is><t>Jan</t></is></c></row>`;

function book(sheetData: string, order: string[] = [], declared: Record<string, number> = {}): Buffer {
  const parts = xlsxParts('Accounton clients', sheetData, HEADERS);
  const names = [...order, ...Object.keys(parts).filter((n) => !order.includes(n))];
  return zipParts(names.map((name) => ({ name, data: parts[name], declaredSize: declared[name] })));
}

describe('readXlsx: limits', () => {
  it('refuses a sheet that would inflate to 110 MB before inflating it', async () => {
    // 110 MB of rows deflate to about 100 kB: a zip bomb in miniature.
    const rows = janRow(2).repeat(Math.ceil((110 * 1024 * 1024) / janRow(2).length));
    const data = book(headerRow(1) + rows);
    expect(data.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const error = await readError(readXlsx(data, { limits: { partBytes: 96 * 1024 * 1024 } }));
    expect(error.code).toBe('read.tooLarge');
    expect(error.overLimit).toBe(true);
    expect(error.message).toBe(
      'The workbook is too large to read here: its sheet unpacks to 111 MB (limit 96 MB). Split the clients over several files, or remove other content from the workbook.',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops a part at the size the zip declares: a lie about it is a damaged file', async () => {
    const data = book(headerRow(1) + janRow(2).repeat(1000), [], { 'xl/worksheets/sheet1.xml': 1000 });
    expect((await readError(readXlsx(data))).code).toBe('read.corrupt');
  });

  it.each([
    ['rows', { rows: 10 }, 'read.tooManyRows', 'The sheet has more than 10 rows.'],
    ['columns', { columns: 5 }, 'read.tooManyColumns', 'A row of the sheet uses more than 5 columns.'],
    ['time', { ms: -1 }, 'read.tooSlow', 'Reading the workbook took longer than'],
  ])('refuses a sheet beyond the %s limit, saying so', async (_what, limits, code, text) => {
    const data = book(headerRow(1) + Array.from({ length: 20 }, (_, i) => janRow(i + 2)).join(''));
    const error = await readError(readXlsx(data, { limits }));
    expect(error.code).toBe(code);
    expect(error.overLimit).toBe(true);
    expect(error.message).toContain(text);
  });

  it('says so in French and Dutch', async () => {
    const data = book(headerRow(1) + janRow(2) + janRow(3));
    expect((await readError(readXlsx(data, { lang: 'fr', limits: { rows: 2 } }))).message).toBe(
      'La feuille a plus de 2 lignes. Répartissez les clients sur plusieurs fichiers de 2 lignes au plus.',
    );
    expect((await readError(readXlsx(data, { lang: 'nl', limits: { rows: 2 } }))).message).toBe(
      'Het werkblad heeft meer dan 2 rijen. Verdeel de klanten over meerdere bestanden van hoogstens 2 rijen.',
    );
  });
});

describe('readXlsx: damaged and unusual zips', () => {
  it('rejects a workbook with flipped bytes at once, wherever they are', async () => {
    const data = await workbook({
      name: 'Accounton clients',
      rows: [HEADERS, ...Array.from({ length: 300 }, (_, i) => templateRow({ person: 'person', firstName: `Jan${i}`, lastName: 'Peeters' }))],
    });
    for (let at = 100; at < data.length; at += Math.floor(data.length / 25)) {
      const broken = Buffer.from(data);
      for (let i = 0; i < 4; i++) broken[at + i] ^= 0x5a;
      const started = Date.now();
      try {
        await readXlsx(broken);
      } catch (error) {
        // A flip in unused bytes (a part the reader skips) may leave the sheet readable; anything else is read.corrupt.
        expect((error as { code?: string }).code).toMatch(/^read\.(corrupt|noHeader|notXlsx)$/);
      }
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it("reads a sheet stored before the shared strings (LibreOffice's order) without a temp file", async () => {
    const data = book(headerRow(1) + janRow(2), ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']);
    const read = await readXlsx(data);
    expect(read.sheet).toBe('Accounton clients');
    expect(read.rows).toEqual([{ row: 2, cells: { person: 'person', firstName: 'Jan' } }]);
  });
});
