import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile, ReadError } from '../../src/io';
import { HEADERS, templateRow, workbook } from './helpers';

// Workbooks are written and read for real: allow for a busy machine.
jest.setTimeout(30_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accounton-io-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function codeOf(path: string): Promise<string> {
  try {
    await readFile(path);
  } catch (error) {
    if (error instanceof ReadError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('readFile picks the reader from the file', () => {
  it('reads .xlsx and .csv files', async () => {
    const xlsx = join(dir, 'clients.xlsx');
    writeFileSync(xlsx, await workbook({ name: 'Clients', rows: [HEADERS, templateRow({ firstName: 'Jan' })] }));
    const csv = join(dir, 'clients.csv');
    writeFileSync(csv, 'Person;Firstname;Lastname;Email;Language\nperson;Els;Peeters;els@example.be;dutch\n');
    expect((await readFile(xlsx)).rows[0].cells.firstName).toBe('Jan');
    expect((await readFile(csv)).rows[0].cells.firstName).toBe('Els');
  });

  it('reads a workbook whatever its name ends with', async () => {
    const path = join(dir, 'export.dat');
    writeFileSync(path, await workbook({ name: 'Clients', rows: [HEADERS, templateRow({ firstName: 'Jan' })] }));
    expect((await readFile(path)).rows).toHaveLength(1);
  });

  it('says what is wrong with files it cannot read', async () => {
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const pdf = join(dir, 'clients.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    const fakeXlsx = join(dir, 'fake.xlsx');
    writeFileSync(fakeXlsx, 'Person,Firstname\n');
    expect(await codeOf(xls)).toBe('read.oldExcel');
    expect(await codeOf(pdf)).toBe('read.unsupportedType');
    expect(await codeOf(fakeXlsx)).toBe('read.notXlsx');
    expect(await codeOf(join(dir, 'missing.xlsx'))).toBe('read.notFound');
    expect(await codeOf(dir)).toBe('read.cannotOpen');
  });
});
