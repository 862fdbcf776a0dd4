// Remembered mappings (GET/PUT /mappings) and the upload of a sheet that is not the template: through the
// mapping field, the firm's remembered mapping, or a preset; otherwise a 422 with the suggested mapping.
// Files written by exceljs and by LibreOffice (from a CSV).
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/core';
import type { Mapping } from '../../src/core/mapping';
import { ISCONSULT_CUSTOMERS } from '../core/mapping/fixtures';
import { describeEachDb, nthNationalNumber, startTestApp, type TestApp } from './helpers';

// Last year's sheet with the firm's own headers: two names the aliases know, the national numbers and the
// languages found by their values, and "Familie" that nothing can tell is the last name.
const OWN_HEADERS: CellValue[][] = [
  ['Familie', 'Voornaam', 'Mail', 'Rijksnr', 'Spreekt', 'Opmerking'],
  ['Peeters', 'Jan', 'jan@example.be', nthNationalNumber(1), 'NL', 'vip'],
  ['Dupont', 'Marie', 'marie@example.be', nthNationalNumber(2), 'FR', ''],
];

async function exceljsFile(rows: CellValue[][], sheetName = 'Klanten 2025'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
const withSoffice = SOFFICE ? test : test.skip;

function libreOfficeFile(rows: CellValue[][]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mappings-'));
  try {
    const csv = join(dir, 'klanten.csv');
    writeFileSync(csv, rows.map((r) => r.map((c) => String(c ?? '')).join(',')).join('\n'));
    const converted = spawnSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, csv],
      { encoding: 'utf8', timeout: 150_000 },
    );
    expect(converted.status).toBe(0);
    return readFileSync(join(dir, 'klanten.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The user's choice over the suggestion: the last name, which no rule could know. */
function confirmed(suggested: Mapping): Mapping {
  return { ...suggested, columns: suggested.columns.map((c) => (c.header === 'Familie' ? { ...c, field: 'lastName' } : c)) };
}

describeEachDb('column mappings', (target) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(target);
  });
  afterEach(() => t.close());

  const upload = (file: Buffer, opts: { mapping?: unknown; lang?: string; key?: string } = {}) => {
    const form = new FormData();
    form.set('workflowId', t.firm.workflowId);
    if (opts.mapping !== undefined) form.set('mapping', typeof opts.mapping === 'string' ? opts.mapping : JSON.stringify(opts.mapping));
    form.set('file', new Blob([new Uint8Array(file)]), 'klanten.xlsx');
    return t.call({ method: 'POST', url: '/api/v1/imports', payload: form, headers: { 'accept-language': opts.lang ?? 'en' }, key: opts.key });
  };
  const put = (mapping: unknown, key = t.firm.adminKey) => t.call({ method: 'PUT', url: '/api/v1/mappings', payload: mapping, key });
  const get = (signature: string, key = t.firm.adminKey) =>
    t.call({ url: `/api/v1/mappings?signature=${encodeURIComponent(signature)}`, key });

  async function suggestion(file: Buffer): Promise<Mapping> {
    const res = await upload(file);
    expect(res.statusCode).toBe(422);
    return res.json().error.mapping as Mapping;
  }

  test('a sheet whose headers are all unknown gets the mapping step too, not "no header row"', async () => {
    const res = await upload(await exceljsFile([['Familie', 'Roepnaam', 'Nr'], ['Peeters', 'Jan', nthNationalNumber(1)]]));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('upload.needsMapping');
    expect(res.json().error.mapping.columns.map((c: { header: string }) => c.header)).toEqual(['Familie', 'Roepnaam', 'Nr']);
  });

  test('a sheet with its own headers answers 422 with the suggested mapping, in the caller\'s language', async () => {
    const res = await upload(await exceljsFile(OWN_HEADERS), { lang: 'fr' });
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('upload.needsMapping');
    expect(error.message).toMatch(/colonnes du fichier/);
    expect(error.mapping).toMatchObject({ version: 1, sheet: 'Klanten 2025', headerRow: 1, preset: null });
    const fields = Object.fromEntries(error.mapping.columns.map((c: { header: string; field: string }) => [c.header, c.field]));
    expect(fields).toEqual({
      Familie: 'ignore', Voornaam: 'firstName', Mail: 'email', Rijksnr: 'registrationNumber', Spreekt: 'language', Opmerking: 'ignore',
    });
    expect(error.samples).toMatchObject({ A: ['Peeters', 'Dupont'], F: ['vip'] });
    // What blocks it: the required fields left without a column.
    expect(error.issues.filter((i: { code: string }) => i.code === 'file.unmappedField').map((i: { field: string }) => i.field).sort())
      .toEqual(['lastName']);
  });

  test('the upload with the confirmed mapping is previewed, and says the mapping was the given one', async () => {
    const file = await exceljsFile(OWN_HEADERS);
    const mapping = confirmed(await suggestion(file));
    const res = await upload(file, { mapping });
    expect(res.statusCode).toBe(201);
    const preview = res.json();
    expect(preview.summary).toMatchObject({ total: 2, importOnly: 2, invalid: 0 });
    expect(preview.importOnly[0].values).toMatchObject({ person: 'person', lastName: 'Peeters', firstName: 'Jan', language: 'dutch' });
    expect(preview.mapping.applied).toBe('given');
    // The ignored column's value is reported, not dropped silently; GET returns the same account.
    expect(preview.mapping.issues).toEqual([expect.objectContaining({ code: 'file.ignoredColumn', column: 'F' })]);
    const again = (await t.call({ url: `/api/v1/imports/${preview.id}`, headers: { 'accept-language': 'nl' } })).json();
    expect(again.mapping.applied).toBe('given');
    expect(again.mapping.issues[0].message).not.toBe(preview.mapping.issues[0].message);
    // The sheet the rows were read from, for the review to name (an empty sheet says which one was read).
    expect([preview.sheet, again.sheet]).toEqual(['Klanten 2025', 'Klanten 2025']);
  });

  test('a mapping that still leaves a required field unmapped is a 422 with its issues', async () => {
    const file = await exceljsFile(OWN_HEADERS);
    const res = await upload(file, { mapping: await suggestion(file) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('upload.needsMapping');
    expect(res.json().error.issues.map((i: { code: string }) => i.code)).toContain('file.unmappedField');
  });

  test('a remembered mapping maps next season\'s file by itself (columns reordered), staff can read it', async () => {
    const file = await exceljsFile(OWN_HEADERS);
    const mapping = confirmed(await suggestion(file));
    const saved = await put(mapping);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().updatedAt).toBe(t.clock.now.toISOString());

    const reordered = OWN_HEADERS.map((r) => [r[5], r[4], r[3], r[2], r[1], r[0]]);
    const res = await upload(await exceljsFile(reordered, 'Klanten 2026'));
    expect(res.statusCode).toBe(201);
    expect(res.json().mapping.applied).toBe('remembered');
    expect(res.json().importOnly.map((e: { values: { lastName: string } }) => e.values.lastName)).toEqual(['Peeters', 'Dupont']);

    const read = await get(mapping.signature, t.firm.staffKey);
    expect(read.statusCode).toBe(200);
    expect(read.json().mapping.columns.find((c: { header: string }) => c.header === 'Familie').field).toBe('lastName');
  });

  test('mappings are the firm\'s own: another firm neither reads nor applies them', async () => {
    const file = await exceljsFile(OWN_HEADERS);
    const mapping = confirmed(await suggestion(file));
    expect((await put(mapping)).statusCode).toBe(200);
    const other = await get(mapping.signature, t.other.adminKey);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('notFound.mapping');
    const form = new FormData();
    form.set('workflowId', t.other.workflowId);
    form.set('file', new Blob([new Uint8Array(file)]), 'klanten.xlsx');
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', payload: form, key: t.other.adminKey });
    expect(res.statusCode).toBe(422);
  });

  test('only administrators remember a mapping; a mapping is checked by the core and by its signature', async () => {
    const mapping = confirmed(await suggestion(await exceljsFile(OWN_HEADERS)));
    const staff = await put(mapping, t.firm.staffKey);
    expect(staff.statusCode).toBe(403);
    const wrongField = await put({ ...mapping, columns: [{ ...mapping.columns[0], field: 'birthPlace' }, ...mapping.columns.slice(1)] });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error).toMatchObject({ code: 'mapping.invalid', message: expect.stringContaining('columns[0].field') });
    const otherHeaders = await put({ ...mapping, columns: mapping.columns.slice(1) });
    expect(otherHeaders.json().error.code).toBe('mapping.signature');
    const badField = await upload(await exceljsFile(OWN_HEADERS), { mapping: '{not json' });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.code).toBe('mapping.invalid');
    expect((await get(mapping.signature)).statusCode).toBe(404);
  });

  test('an IS Consult export is read by its preset: companies skipped and listed', async () => {
    const res = await upload(await exceljsFile(ISCONSULT_CUSTOMERS, 'Customers'));
    expect(res.statusCode).toBe(201);
    const preview = res.json();
    expect(preview.mapping).toMatchObject({ applied: 'preset', mapping: { preset: 'isconsult' } });
    expect(preview.mapping.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['file.companyRows', 'file.ignoredColumn']));
    expect(preview.summary.total).toBe(3);
  });

  test('the template itself is read as before, without a mapping', async () => {
    const res = await upload(await exceljsFile([['Person', 'Firstname', 'Lastname', 'Email', 'Language'], ['person', 'An', 'Maes', 'an@example.be', 'dutch']]));
    expect(res.statusCode).toBe(201);
    expect(res.json().mapping).toBeUndefined();
  });

  withSoffice('a LibreOffice workbook with its own headers: 422, then the remembered mapping applies', async () => {
    const file = libreOfficeFile(OWN_HEADERS);
    const mapping = confirmed(await suggestion(file));
    expect(mapping.columns.find((c) => c.header === 'Rijksnr')?.field).toBe('registrationNumber');
    expect((await put(mapping)).statusCode).toBe(200);
    const res = await upload(file);
    expect(res.statusCode).toBe(201);
    expect(res.json().mapping.applied).toBe('remembered');
    expect(res.json().summary).toMatchObject({ total: 2, invalid: 0 });
  }, 180_000);
});
