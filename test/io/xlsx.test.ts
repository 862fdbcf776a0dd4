import ExcelJS from 'exceljs';
import { COLUMNS, columnLetter, validateRows } from '../../src/core';
import { readXlsx, TEMPLATE_SHEET } from '../../src/io';
import { HEADERS, readError, templateRow, workbook } from './helpers';

// The first column after the template's.
const AFTER_TEMPLATE = columnLetter(COLUMNS.length);

// Workbooks are written and read for real: allow for a busy machine.
jest.setTimeout(30_000);

const JAN = {
  person: 'person',
  firstName: 'Jan',
  lastName: 'Peeters',
  email: 'jan@example.be',
  language: 'dutch',
};

describe('readXlsx: cells read as the user meant them', () => {
  it('reads text, numeric, date, hyperlink, rich-text and formula cells', async () => {
    const deadline = new Date(Date.UTC(2027, 5, 30));
    const data = await workbook({
      name: TEMPLATE_SHEET,
      rows: [
        HEADERS,
        templateRow({
          person: { formula: 'LOWER("PERSON")', result: 'person' },
          firstName: { richText: [{ text: 'Jan ' }, { text: 'Pieter', font: { bold: true } }] },
          lastName: 'Peeters',
          email: { text: 'jan@example.be', hyperlink: 'mailto:jan@example.be' },
          mobile: 32470123456,
          registrationNumber: 85073003328,
          language: 'dutch',
          declarationDeadline: deadline,
        }),
      ],
    });
    const read = await readXlsx(data);
    expect(read.sheet).toBe(TEMPLATE_SHEET);
    expect(read.headerRow).toBe(1);
    expect(read.headerIssues).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 2,
        cells: {
          person: 'person',
          firstName: 'Jan Pieter',
          lastName: 'Peeters',
          email: 'jan@example.be',
          mobile: 32470123456,
          registrationNumber: 85073003328,
          language: 'dutch',
          declarationDeadline: deadline,
        },
      },
    ]);
  });

  it('reads a formula whose cached result is an error as the error text, so the core flags it', async () => {
    const data = await workbook({
      name: TEMPLATE_SHEET,
      rows: [
        HEADERS,
        templateRow({
          ...JAN,
          email: { formula: 'VLOOKUP(B2,Contacts!A:B,2,FALSE)', result: { error: '#N/A' } },
          registrationNumber: { formula: '1/0', result: { error: '#DIV/0!' } },
          city: { formula: 'A1', result: 'Gent' },
        }),
      ],
    });
    const read = await readXlsx(data);
    expect(read.rows[0].cells).toEqual({
      ...JAN,
      email: '#N/A',
      registrationNumber: '#DIV/0!',
      city: 'Gent',
    });
    const [result] = validateRows(read.rows, { columns: read.columns });
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['email.invalid', 'registrationNumber.format']);
  });

  it('maps reordered and French headers to their fields, by sheet letter', async () => {
    const data = await workbook({
      name: 'Clients',
      rows: [
        ['Langue', 'Courriel', 'Nom', 'Prénom', 'Personne', 'Numéro de registre national'],
        ['french', 'marie@example.be', 'Dupont', 'Marie', 'person', '85073003328'],
      ],
    });
    const read = await readXlsx(data);
    expect(read.columns).toEqual({
      language: 'A',
      email: 'B',
      lastName: 'C',
      firstName: 'D',
      person: 'E',
      registrationNumber: 'F',
    });
    expect(read.rows[0].cells).toEqual({
      language: 'french',
      email: 'marie@example.be',
      lastName: 'Dupont',
      firstName: 'Marie',
      person: 'person',
      registrationNumber: '85073003328',
    });
  });

  it('maps Dutch headers', async () => {
    const data = await workbook({
      name: 'Klanten',
      rows: [
        ['Persoon', 'Voornaam', 'Achternaam', 'E-mailadres', 'Taal', 'Rijksregisternummer'],
        ['person', 'Jan', 'Peeters', 'jan@example.be', 'dutch', '85073003328'],
      ],
    });
    const read = await readXlsx(data);
    expect(read.columns).toMatchObject({ person: 'A', email: 'D', language: 'E', registrationNumber: 'F' });
    expect(read.rows[0].cells.language).toBe('dutch');
  });

  it('finds the header row below title rows and keeps sheet row numbers, skipping blank rows', async () => {
    const data = await workbook({
      name: 'Export',
      rows: [['Clients of the firm, exported 2026-01-05'], [], HEADERS, templateRow(JAN), [], [], templateRow({ ...JAN, firstName: 'Els' })],
    });
    const read = await readXlsx(data);
    expect(read.headerRow).toBe(3);
    expect(read.rows.map((r) => [r.row, r.cells.firstName])).toEqual([
      [4, 'Jan'],
      [7, 'Els'],
    ]);
  });

  it('reports an unknown column once, as a warning, and ignores its cells', async () => {
    const data = await workbook({ name: 'Clients', rows: [[...HEADERS, 'Notes'], [...templateRow(JAN), 'call back']] });
    const read = await readXlsx(data);
    expect(read.headerIssues).toHaveLength(1);
    expect(read.headerIssues[0]).toMatchObject({ severity: 'warning', column: AFTER_TEMPLATE, row: 1 });
    expect(Object.values(read.rows[0].cells)).not.toContain('call back');
  });

  it('says so when values stand under no header, instead of dropping them without a word', async () => {
    const data = await workbook({ name: 'Clients', rows: [HEADERS, [...templateRow(JAN), 'call back'], templateRow(JAN)] });
    const read = await readXlsx(data, { lang: 'fr' });
    expect(read.headerIssues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'file.unheadedColumn', column: AFTER_TEMPLATE, row: 1, field: null }),
    ]);
    expect(read.headerIssues[0].message).toMatch(/^La colonne \w+ contient des valeurs mais n'a pas d'en-tête/);
  });

  it('has no such warning when every value has its header', async () => {
    const data = await workbook({ name: 'Clients', rows: [HEADERS, templateRow(JAN)] });
    expect((await readXlsx(data)).headerIssues).toEqual([]);
  });

  it('reports a missing required column as an error naming it', async () => {
    const withoutLanguage = HEADERS.filter((h) => h !== 'Language');
    const data = await workbook({ name: 'Clients', rows: [withoutLanguage, ['person', 'Jan', 'Peeters', 'jan@example.be']] });
    const read = await readXlsx(data);
    const errors = read.headerIssues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('Language');
  });

  it('accepts an ArrayBuffer', async () => {
    const data = await workbook({ name: 'Clients', rows: [HEADERS, templateRow(JAN)] });
    const arrayBuffer = new Uint8Array(data).buffer;
    expect((await readXlsx(arrayBuffer)).rows).toHaveLength(1);
  });
});

describe('readXlsx: which sheet', () => {
  const notes = { name: 'Notes', rows: [['Read me first'], ['Fill in the other sheet']] };

  it('prefers the sheet named like the template', async () => {
    const data = await workbook(
      { name: 'Old clients', rows: [HEADERS, templateRow({ ...JAN, firstName: 'Old' })] },
      { name: TEMPLATE_SHEET, rows: [HEADERS, templateRow(JAN)] },
    );
    const read = await readXlsx(data);
    expect(read.sheet).toBe(TEMPLATE_SHEET);
    expect(read.rows[0].cells.firstName).toBe('Jan');
  });

  it('otherwise takes the first sheet whose header row is recognized', async () => {
    const data = await workbook(notes, { name: 'Clients 2026', rows: [HEADERS, templateRow(JAN)] });
    expect((await readXlsx(data)).sheet).toBe('Clients 2026');
  });

  it('reads the sheet asked for, ignoring case', async () => {
    const data = await workbook(
      { name: 'A', rows: [HEADERS, templateRow({ ...JAN, firstName: 'Anna' })] },
      { name: 'B', rows: [HEADERS, templateRow({ ...JAN, firstName: 'Bert' })] },
    );
    const read = await readXlsx(data, { sheet: 'b' });
    expect(read.sheet).toBe('B');
    expect(read.rows[0].cells.firstName).toBe('Bert');
  });

  it('names the sheets there are when the one asked for is missing', async () => {
    const data = await workbook(notes, { name: 'Clients', rows: [HEADERS] });
    const error = await readError(readXlsx(data, { sheet: 'Klanten' }));
    expect(error.code).toBe('read.sheetNotFound');
    expect(error.message).toBe('There is no sheet named "Klanten". Choose one of: "Notes", "Clients".');
  });

  it('says how to fix a workbook without a recognizable header row, in the user language', async () => {
    const data = await workbook(notes);
    const error = await readError(readXlsx(data, { lang: 'fr' }));
    expect(error.code).toBe('read.noHeader');
    expect(error.message).toContain('feuille "Notes"');
    expect(error.message).toContain('Person');
    expect(error.message).toContain("ligne d'en-tête");
  });
});

describe('readXlsx: unreadable input', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'read.empty'],
    ['a text file', Buffer.from('Person,Firstname\nperson,Jan\n'), 'read.notXlsx'],
    ['an Excel 97-2003 file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'read.oldExcel'],
    ['a zip header followed by garbage', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), 'read.corrupt'],
  ])('rejects %s with a message saying how to fix it', async (_what, data, code) => {
    const error = await readError(readXlsx(data));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/\.$/);
  });

  it('rejects a truncated workbook', async () => {
    const data = await workbook({ name: 'Clients', rows: [HEADERS, templateRow(JAN)] });
    const error = await readError(readXlsx(data.subarray(0, Math.floor(data.length / 2))));
    expect(error.code).toBe('read.corrupt');
  });

  it('rejects a workbook without any worksheet', async () => {
    const book = new ExcelJS.Workbook();
    const empty = Buffer.from(await book.xlsx.writeBuffer());
    const error = await readError(readXlsx(empty, { lang: 'nl' }));
    expect(error.code).toBe('read.noSheets');
    expect(error.message).toContain('werkblad');
  });
});
