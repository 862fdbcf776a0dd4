import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnLetter } from '../../src/core/columnLetters';
import { COLUMNS } from '../../src/core/template/columns';
import { cli, cliReadFirst, tempDir } from './run';

// Each test starts the real command, several times: allow for a busy machine.
jest.setTimeout(60_000);

const HEADERS = COLUMNS.map((c) => c.header);
const row = (values: Record<string, ExcelJS.CellValue>) => COLUMNS.map((c) => values[c.key] ?? null);
const JAN = {
  person: 'person',
  firstName: 'Jan',
  lastName: 'Peeters',
  email: 'jan@example.be',
  mobile: '+32470123456',
  registrationNumber: '85073003328',
  language: 'dutch',
};

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

async function xlsx(name: string, rows: ExcelJS.CellValue[][], sheetName = 'Accounton clients'): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  const path = join(dir.path, name);
  await book.xlsx.writeFile(path);
  return path;
}

function csv(name: string, content: string | Buffer): string {
  const path = join(dir.path, name);
  writeFileSync(path, content);
  return path;
}

function json(stdout: string) {
  return JSON.parse(stdout);
}

describe('accounton-import check on .xlsx files written by exceljs', () => {
  it('exits 0 and prints exactly the documented JSON shape when every row is valid', async () => {
    const file = await xlsx('valid.xlsx', [HEADERS, row(JAN), row({ ...JAN, firstName: 'Els', registrationNumber: '90051523477', email: 'els@example.be' })]);
    const run = cli(['check', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(Object.keys(report)).toEqual(['file', 'sheet', 'columns', 'rows', 'summary']);
    expect(report.file).toBe(file);
    expect(report.sheet).toBe('Accounton clients');
    expect(report.columns).toEqual(Object.fromEntries(COLUMNS.map((c) => [c.key, c.letter])));
    expect(report.rows).toHaveLength(2);
    for (const r of report.rows) expect(Object.keys(r)).toEqual(['row', 'valid', 'values', 'issues']);
    expect(report.rows[0]).toEqual({
      row: 2,
      valid: true,
      values: expect.objectContaining({ person: 'person', firstName: 'Jan', mobile: '+32470123456', registrationNumber: '85073003328' }),
      issues: [],
    });
    expect(report.summary).toEqual({ rows: 2, valid: 2, invalid: 0, withWarnings: 0 });
  });

  it('reads numeric cells back to the digits the user meant, with warnings where it restores them', async () => {
    const file = await xlsx('numbers.xlsx', [
      HEADERS,
      row({ ...JAN, registrationNumber: 85073003328, mobile: 32470123456 }),
      row({ ...JAN, email: 'els@example.be', registrationNumber: 1020312345, mobile: 470123457 }),
    ]);
    const run = cli(['check', file, '--json']);
    expect(run.code).toBe(0);
    const [first, second] = json(run.stdout).rows;
    expect(first.values).toMatchObject({ registrationNumber: '85073003328', mobile: '+32470123456' });
    expect(first.issues).toEqual([
      {
        row: 2,
        column: 'E',
        field: 'mobile',
        severity: 'warning',
        code: 'mobile.restoredPlus',
        message: expect.any(String),
        fix: '+32470123456',
      },
    ]);
    expect(second.values).toMatchObject({ registrationNumber: '01020312345', mobile: '+32470123457' });
    expect(second.issues.map((i: { code: string }) => i.code).sort()).toEqual(['mobile.restoredPlus', 'registrationNumber.restoredZero']);
    expect(json(run.stdout).summary).toEqual({ rows: 2, valid: 2, invalid: 0, withWarnings: 2 });
  });

  it('reads date, hyperlink, rich-text and formula cells as what they show', async () => {
    const file = await xlsx('kinds.xlsx', [
      HEADERS,
      row({
        ...JAN,
        person: { formula: 'LOWER("PERSON")', result: 'person' },
        firstName: { richText: [{ text: 'Jan ' }, { text: 'Pieter', font: { italic: true } }] },
        email: { text: 'jan@example.be', hyperlink: 'mailto:jan@example.be' },
        language: { formula: 'IF(1,"dutch","french")', result: 'dutch' },
        declarationDeadline: new Date(Date.UTC(2099, 5, 30)),
      }),
    ]);
    const run = cli(['check', file, '--json']);
    expect(run.code).toBe(0);
    expect(json(run.stdout).rows[0].values).toMatchObject({
      person: 'person',
      firstName: 'Jan Pieter',
      email: 'jan@example.be',
      language: 'dutch',
      declarationDeadline: '2099-06-30',
    });
  });

  it('exits 1 when a row is invalid, with the issue at the sheet row and letter of reordered French headers', async () => {
    const file = await xlsx('french.xlsx', [
      ['Langue', 'Courriel', 'Nom', 'Prénom', 'Personne', 'Numéro de registre national'],
      ['french', 'marie@example.be', 'Dupont', 'Marie', 'person', '85073003328'],
      ['french', 'paul@example.be', 'Dupont', 'Paul', 'person', '85073003329'],
    ]);
    const run = cli(['check', file, '--json', '--lang', 'fr']);
    expect(run.code).toBe(1);
    const report = json(run.stdout);
    expect(report.summary).toEqual({ rows: 2, valid: 1, invalid: 1, withWarnings: 0 });
    expect(report.rows[1].valid).toBe(false);
    expect(report.rows[1].issues).toContainEqual(
      expect.objectContaining({ row: 3, column: 'F', field: 'registrationNumber', severity: 'error', code: 'registrationNumber.checksum' }),
    );
  });

  it('maps Dutch headers', async () => {
    const file = await xlsx(
      'dutch.xlsx',
      [
        ['Persoon', 'Voornaam', 'Achternaam', 'E-mailadres', 'Taal', 'Rijksregisternummer', 'GSM-nummer'],
        ['person', 'Jan', 'Peeters', 'jan@example.be', 'Nederlands', '85073003328', '0470 12 34 56'],
      ],
      'Klanten',
    );
    const run = cli(['check', file, '--json', '--lang', 'nl']);
    expect(run.code).toBe(1);
    const [result] = json(run.stdout).rows;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: 'E', code: 'language.localized', fix: 'dutch' }),
        expect.objectContaining({ column: 'G', field: 'mobile', fix: '+32470123456' }),
      ]),
    );
  });

  it('reads the sheet named with --sheet', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Valid').addRows([HEADERS, row(JAN)]);
    book.addWorksheet('Broken').addRows([HEADERS, row({ ...JAN, email: 'a@x.be;b@x.be' })]);
    const file = join(dir.path, 'two-sheets.xlsx');
    await book.xlsx.writeFile(file);
    expect(cli(['check', file]).code).toBe(0);
    const run = cli(['check', file, '--sheet', 'Broken', '--json']);
    expect(run.code).toBe(1);
    expect(json(run.stdout).sheet).toBe('Broken');
    expect(json(run.stdout).rows[0].issues[0].code).toBe('email.multiple');
  });
});

describe('accounton-import check: the readable report', () => {
  it('groups findings by row, in the requested language', async () => {
    const file = await xlsx('report.xlsx', [
      HEADERS,
      row(JAN),
      row({ ...JAN, email: 'els@example.be', registrationNumber: '85073003329' }),
      row({ ...JAN, email: 'piet@example.be', registrationNumber: '', mobile: '' }),
    ]);
    const english = cli(['check', file]);
    expect(english.code).toBe(1);
    expect(english.stdout).not.toMatch(/^Row 2:/m);
    expect(english.stdout).toMatch(/^Row 3: invalid\n {2}F Registration Number · error: .+$/m);
    expect(english.stdout).toMatch(/^Row 4: valid, with warnings\n {2}F Registration Number · warning: .+$/m);
    expect(english.stdout).toMatch(/3 rows, 2 valid, 1 invalid, 1 with warnings\.\n$/);

    const french = cli(['check', file, '--lang', 'fr']);
    expect(french.stdout).toMatch(/^Ligne 3 : non valide\n {2}F Numéro de registre national · erreur : .+$/m);
    const dutch = cli(['check', file], { LANG: 'nl_BE.UTF-8' });
    expect(dutch.stdout).toMatch(/^Rij 3: ongeldig$/m);
  });

  it('shows an unknown column as a warning: in the report, and on stderr next to --json', async () => {
    const file = await xlsx('extra.xlsx', [[...HEADERS, 'Notes'], [...row(JAN), 'call back']]);
    const text = cli(['check', file]);
    expect(text.code).toBe(0);
    // Notes stands in the first column after the template's.
    expect(text.stdout).toMatch(new RegExp(`^Header row 1:\n {2}${columnLetter(COLUMNS.length)} · warning: .*Notes`, 'm'));

    const machine = cli(['check', file, '--json']);
    expect(machine.code).toBe(0);
    expect(Object.keys(json(machine.stdout))).toEqual(['file', 'sheet', 'columns', 'rows', 'summary']);
    expect(machine.stderr).toMatch(/Notes/);
    expect(machine.stderr).not.toContain('85073003328');
  });
});

describe('accounton-import check on CSV files', () => {
  const header = 'Person,Firstname,Lastname,Email,Mobile Number,Registration Number,Language';

  it('reads comma-separated values', () => {
    const file = csv('comma.csv', `${header}\nperson,Jan,Peeters,jan@example.be,+32470123456,85073003328,dutch\n`);
    const run = cli(['check', file, '--json']);
    expect(run.code).toBe(0);
    expect(json(run.stdout).sheet).toBe('');
    expect(json(run.stdout).rows[0].values).toMatchObject({ firstName: 'Jan', registrationNumber: '85073003328' });
  });

  it('reads semicolon-separated values with a BOM, as Excel saves "CSV UTF-8" in Belgium', () => {
    const text = `\uFEFF${header.replace(/,/g, ';')}\r\nperson;Zoë;Peeters;zoe@example.be;;85073003329;french\r\n`;
    const run = cli(['check', csv('semicolon.csv', Buffer.from(text, 'utf8')), '--json']);
    expect(run.code).toBe(1);
    const [result] = json(run.stdout).rows;
    expect(result.values.firstName).toBe('Zoë');
    expect(result.issues.map((i: { code: string }) => i.code)).toContain('registrationNumber.checksum');
  });
});

describe('accounton-import check piped to a reader that stops early', () => {
  it('stops quietly, without an error on stderr', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row({ ...JAN, firstName: `Jan ${i}` }));
    const file = await xlsx('piped.xlsx', [HEADERS, ...rows]);
    const run = await cliReadFirst(['check', file, '--json'], 1000);
    expect(run.stdout.startsWith('{')).toBe(true);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 30000);
});

describe('accounton-import check: unreadable input and bad usage exit 2 with one line on stderr', () => {
  const oneLine = (stderr: string) => {
    expect(stderr).toMatch(/^accounton-import: [^\n]+\n$/);
  };

  it('a file that does not exist', () => {
    const run = cli(['check', join(dir.path, 'nope.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
    expect(run.stderr).toContain('File not found');
  });

  it('a file that is not a workbook, in the requested language', () => {
    const run = cli(['check', csv('fake.xlsx', 'just some text'), '--lang', 'nl']);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('geen Excel-werkmap');
  });

  it('a header row without a required column, naming it', async () => {
    const file = await xlsx('no-language.xlsx', [HEADERS.filter((h) => h !== 'Language'), row(JAN).slice(0, 15)]);
    const run = cli(['check', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
    expect(run.stderr).toContain('Language');
  });

  it.each([
    [['check'], 'exactly one file'],
    [['check', 'a.xlsx', 'b.xlsx'], 'exactly one file'],
    [['check', 'a.xlsx', '--colour'], 'Unknown option "--colour"'],
    [['check', 'a.xlsx', '--sheet'], 'needs a value'],
    [['check', 'a.xlsx', '--lang', 'de'], 'Unknown language "de"'],
    [['chek', 'a.xlsx'], 'Unknown command "chek"'],
    [[], 'No command'],
  ])('%j', (args, reason) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
    expect(run.stderr).toContain(reason);
  });

  it('prints the usage on --help and exits 0', () => {
    const run = cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}check FILE \[--json\] \[--sheet NAME\]/m);
    expect(cli(['check', '--help'], { LANG: 'fr_BE.UTF-8' }).stdout).toContain('Utilisation');
  });
});
