import ExcelJS from 'exceljs';
import { validateRows } from '../../src/core';
import { COLUMNS } from '../../src/core/template/columns';
import { readXlsx, TEMPLATE_ROWS, TEMPLATE_SHEET, writeTemplate } from '../../src/io';

// Workbooks are written and read for real: allow for a busy machine.
jest.setTimeout(30_000);

async function load(data: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(data).buffer);
  const sheet = book.getWorksheet(TEMPLATE_SHEET);
  if (!sheet) throw new Error('template sheet missing');
  return sheet;
}

type Validations = { find(address: string): ExcelJS.DataValidation | undefined };
const validationsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: Validations }).dataValidations;
const noteText = (note: ExcelJS.Cell['note']) =>
  typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');

describe('writeTemplate', () => {
  let english: ExcelJS.Worksheet;
  let french: ExcelJS.Worksheet;
  beforeAll(async () => {
    english = await load(await writeTemplate());
    french = await load(await writeTemplate({ lang: 'fr' }));
  });

  it('writes the English header row from the spec, whatever the language', () => {
    for (const sheet of [english, french]) {
      expect(COLUMNS.map((c) => sheet.getCell(`${c.letter}1`).value)).toEqual(COLUMNS.map((c) => c.header));
    }
  });

  it('puts the guidance notes on the headers in the requested language', () => {
    for (const c of COLUMNS) {
      expect(noteText(english.getCell(`${c.letter}1`).note)).toBe(c.guidance.en);
      expect(noteText(french.getCell(`${c.letter}1`).note)).toBe(c.guidance.fr);
    }
  });

  it('formats the columns from the spec, so typed values keep their zeros and +', () => {
    for (const c of COLUMNS) {
      expect(english.getColumn(c.letter).numFmt ?? 'General').toBe(c.numberFormat);
      expect(english.getColumn(c.letter).width).toBe(c.width);
    }
    expect(english.getColumn('F').numFmt).toBe('@');
    expect(english.getColumn('E').numFmt).toBe('@');
  });

  it('offers the dropdowns of the spec down the data rows, and only there', () => {
    const validations = validationsOf(english);
    for (const c of COLUMNS) {
      for (const address of [`${c.letter}2`, `${c.letter}${TEMPLATE_ROWS + 1}`]) {
        const validation = validations.find(address);
        if ('dropdown' in c) {
          expect(validation).toMatchObject({ type: 'list', formulae: [`"${c.dropdown.join(',')}"`] });
        } else {
          expect(validation).toBeUndefined();
        }
      }
      expect(validations.find(`${c.letter}1`)).toBeUndefined();
    }
    expect(validationsOf(french).find('P2')?.error).toBe('Choisissez parmi : dutch, english, french.');
  });

  it('freezes the header row and filters on it', () => {
    expect(english.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(english.autoFilter).toBe(`A1:${COLUMNS[COLUMNS.length - 1].letter}1`);
  });

  it('reads back through the reader with every column recognized and no rows', async () => {
    const read = await readXlsx(await writeTemplate({ lang: 'nl' }));
    expect(read.sheet).toBe(TEMPLATE_SHEET);
    expect(read.headerRow).toBe(1);
    expect(read.headerIssues).toEqual([]);
    expect(read.columns).toEqual(Object.fromEntries(COLUMNS.map((c) => [c.key, c.letter])));
    expect(read.rows).toEqual([]);
  });

  it('prefills rows as text, never as formulas, with real dates in the date column', async () => {
    const data = await writeTemplate({
      rows: [
        {
          person: 'person',
          firstName: '=HYPERLINK("http://evil.example","click")',
          lastName: 'Peeters',
          email: 'jan@example.be',
          registrationNumber: '01020312345',
          language: 'dutch',
          declarationDeadline: '2099-06-30',
        },
      ],
    });
    const sheet = await load(data);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(sheet.getCell('F2').value).toBe('01020312345');
    expect(sheet.getCell('T2').value).toEqual(new Date(Date.UTC(2099, 5, 30)));

    const read = await readXlsx(data);
    const [result] = validateRows(read.rows, { columns: read.columns });
    expect(result.values).toMatchObject({ registrationNumber: '01020312345', declarationDeadline: '2099-06-30' });
  });
});
