// map, convert and check --map / on exports, on workbooks written by exceljs and by LibreOffice from a CSV.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/core';
import { ADMINPULSE_LINKS, ADMINPULSE_RELATIONS, ISCONSULT_CUSTOMERS } from '../core/mapping/fixtures';
import { cli, tempDir } from './run';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

async function workbook(name: string, sheets: [string, CellValue[][]][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of sheets) {
    const sheet = book.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(dir.path, name);
  await book.xlsx.writeFile(path);
  return path;
}

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
const withSoffice = SOFFICE ? it : it.skip;

function libreOffice(name: string, rows: CellValue[][]): string {
  const csv = join(dir.path, `${name}.csv`);
  writeFileSync(csv, rows.map((r) => r.map((c) => String(c ?? '')).join(',')).join('\n'));
  const converted = spawnSync(
    SOFFICE!,
    [`-env:UserInstallation=file://${join(dir.path, 'profile')}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir.path, csv],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(converted.status).toBe(0);
  return join(dir.path, `${name}.xlsx`);
}

function checkExport(path: string, code = 0) {
  const run = cli(['check', path, '--json']);
  expect(run.code).toBe(code);
  return JSON.parse(run.stdout);
}

test('check on an AdminPulse export (exceljs): template field keys, source row numbers, skipped rows', async () => {
  const path = await workbook('adminpulse.xlsx', [
    ['Instructies', [['Vul de relaties in op het tabblad Relaties.']]],
    ['Relaties', ADMINPULSE_RELATIONS],
    ['Gelinkte relaties', ADMINPULSE_LINKS],
  ]);
  const report = checkExport(path);
  expect(report.sheet).toBe('Relaties');
  expect(report.preset).toBe('adminpulse');
  expect(report.skipped).toEqual([{ row: 3, reason: 'partner', partnerOf: 2 }, { row: 4, reason: 'company' }]);
  expect(report.rows.map((r: { row: number }) => r.row)).toEqual([2, 5, 6]);
  expect(report.rows[0].values).toMatchObject({ person: 'person', firstName: 'Jan', spouseRegistrationNumber: '88020200254', language: 'dutch' });
  expect(report.rows[1].values).toMatchObject({ enterpriseNumber: '0477000369', language: 'french' });
});

test('check on an IS Consult export (exceljs)', async () => {
  // Marie's mobile is written nationally (0470…): an error whose fix is the international form.
  const report = checkExport(await workbook('isconsult.xlsx', [['Customers', ISCONSULT_CUSTOMERS]]), 1);
  expect(report.preset).toBe('isconsult');
  expect(report.rows[1].issues).toEqual([expect.objectContaining({ row: 4, code: 'mobile.format', fix: '+32470123457' })]);
  expect(report.skipped).toEqual([{ row: 3, reason: 'company' }]);
  expect(report.rows.map((r: { values: { lastName: string } }) => r.values.lastName)).toEqual(['Janssens', 'Lambert', 'Smith']);
});

withSoffice(
  'check on the same exports saved by LibreOffice from a CSV (numbers and booleans as LibreOffice types them)',
  () => {
    const relations = checkExport(libreOffice('relaties', ADMINPULSE_RELATIONS));
    expect(relations.preset).toBe('adminpulse');
    expect(relations.skipped).toEqual([{ row: 4, reason: 'company' }]);
    expect(relations.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 5, 6]);
    const customers = checkExport(libreOffice('customers', ISCONSULT_CUSTOMERS));
    expect(customers.skipped).toEqual([{ row: 3, reason: 'company' }]);
    expect(customers.rows[0].values).toMatchObject({ registrationNumber: '90010100123', language: 'dutch' });
  },
  180_000,
);

test('map prints a mapping for a sheet whose headers are all unknown (every column to choose), instead of "no header row"', async () => {
  const path = await workbook('unknown.xlsx', [['Lijst', [['Wie', 'Waar'], ['Jan', 'Gent']]]]);
  const map = cli(['map', path]);
  expect(map.code).toBe(0);
  expect(JSON.parse(map.stdout).columns.map((c: { header: string; field: string }) => [c.header, c.field])).toEqual([['Wie', 'ignore'], ['Waar', 'ignore']]);
});

test('map prints a mapping to edit; check --map and convert apply it', async () => {
  const rows: CellValue[][] = [
    ['Voornaam', 'Familienaam', 'Contact', 'Opmerking', 'Taal', 'Adres'],
    ['Jan', 'Peeters', 'jan@example.be', 'vip', 'nl', 'Kerkstraat 12 bus 3, 9000 Gent'],
  ];
  const path = await workbook('own.xlsx', [['Klanten', rows]]);
  const plain = cli(['check', path]);
  expect(plain.code).toBe(2); // not the template and no preset: a mapping is needed

  const map = cli(['map', path]);
  expect(map.code).toBe(0);
  const mapping = JSON.parse(map.stdout);
  expect(mapping.columns.map((c: { field: string }) => c.field)).toEqual(['firstName', 'lastName', 'email', 'ignore', 'language', 'address']);
  const mappingPath = join(dir.path, 'mapping.json');
  writeFileSync(mappingPath, map.stdout);

  const checked = cli(['check', path, '--json', '--map', mappingPath]);
  expect(checked.code).toBe(0);
  expect(checked.stderr).toContain('Column D ("Opmerking") is mapped to no field, so its 1 value is not imported');
  expect(JSON.parse(checked.stdout).rows[0].values).toMatchObject({ street: 'Kerkstraat', houseNumber: '12', box: '3', postalCode: '9000', city: 'Gent' });

  const out = join(dir.path, 'template.xlsx');
  const converted = cli(['convert', path, out, '--map', mappingPath]);
  expect(converted.code).toBe(0);
  expect(converted.stdout).toContain(`1 row written to ${out}`);
  const again = cli(['check', out, '--json']);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout).rows[0].values).toMatchObject({ firstName: 'Jan', language: 'dutch', box: '3' });

  writeFileSync(mappingPath, '{"version": 1}');
  const bad = cli(['check', path, '--map', mappingPath]);
  expect([bad.code, bad.stderr]).toEqual([2, `accounton-import: The mapping ${mappingPath} is not valid at "signature". Start again from "accounton-import map FILE".\n`]);
  expect(readFileSync(out).length).toBeGreaterThan(0);
});
