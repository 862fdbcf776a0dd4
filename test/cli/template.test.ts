import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS } from '../../src/core/template/columns';
import { cli, tempDir } from './run';

// Each test starts the real command, several times: allow for a busy machine.
jest.setTimeout(60_000);

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

describe('accounton-import template', () => {
  it('writes the template, which check then reads with every column recognized', async () => {
    const out = join(dir.path, 'clients.xlsx');
    const run = cli(['template', out, '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Modèle écrit dans ${out}.\n`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);
    expect(sheet.getCell('F1').note).toBeDefined();

    const check = cli(['check', out, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({
      columns: Object.fromEntries(COLUMNS.map((c) => [c.key, c.letter])),
      rows: [],
      summary: { rows: 0, valid: 0, invalid: 0, withWarnings: 0 },
    });
    expect(check.stderr).toBe('');
  });

  it('never overwrites a file unless asked to', () => {
    const out = join(dir.path, 'filled.xlsx');
    writeFileSync(out, 'the clients I typed');
    const refused = cli(['template', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^accounton-import: .*already exists.*--force[^\n]*\n$/);
    expect(readFileSync(out, 'utf8')).toBe('the clients I typed');

    expect(cli(['template', out, '--force']).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a name that is not .xlsx, and a folder that does not exist', () => {
    const notXlsx = cli(['template', join(dir.path, 'clients.csv')]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain('.xlsx');
    expect(existsSync(join(dir.path, 'clients.csv'))).toBe(false);

    const noFolder = cli(['template', join(dir.path, 'missing', 'clients.xlsx')]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('Cannot write');
  });
});
