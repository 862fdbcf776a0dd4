// Clients out to Excel and back: the export is the template filled with the firm's clients, and sent back it
// matches every row to its client by the hidden Accounton id, so edits are differences, never new clients.
import { text } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/io';
import { openZip } from '../../src/io/zip';
import { COLUMNS } from '../../src/core';
import { clientRow, clientsOf, commit, describeEachDb, importClients, insertClient, nationalNumber, startTestApp, type PreviewBody, type TestApp } from './helpers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeEachDb('clients export', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
    // Every template column in use, a couple on one row, and texts Excel would otherwise turn into numbers or formulas.
    await importClients(t, [
      clientRow(1, {
        street: 'Kerkstraat', houseNumber: '12', box: '3', postalCode: '9000', city: 'Gent', country: 'BE',
        labels: 'bureau Gent,vip', spouseRegistrationNumber: nationalNumber('860101', 2), clientCode: '007',
        enterpriseNumber: '0403170701', declarationDeadline: '2027-06-30', responsibleEmail: t.firm.adminEmail, language: 'dutch',
      }),
      clientRow(2, { firstName: '=1+1', lastName: '+32 joke', mobile: '+32470000002', clientCode: '0042' }),
      clientRow(3, { language: 'english' }),
    ]);
  });
  afterAll(() => t.close());

  const exportFile = async (query = '', key = t.firm.adminKey) => {
    const res = await fetch(`${t.baseUrl}/api/v1/clients/export.xlsx${query}`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    return Buffer.from(await res.arrayBuffer());
  };
  const upload = async (file: Buffer, key = t.firm.adminKey): Promise<PreviewBody> => {
    const form = new FormData();
    form.set('workflowId', key === t.other.adminKey ? t.other.workflowId : t.firm.workflowId);
    form.set('file', new Blob([new Uint8Array(file)]), 'clients.xlsx');
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', payload: form, key });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  /** The exported workbook with some cells changed, as Excel would save it. */
  const edited = async (file: Buffer, edit: (sheet: ExcelJS.Worksheet, rowOf: (lastName: string) => ExcelJS.Row) => void) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const lastNameAt = COLUMNS.findIndex((c) => c.key === 'lastName') + 1;
    const rowOf = (lastName: string) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(lastNameAt).text === lastName) return sheet.getRow(r);
      throw new Error(`no row for ${lastName}`);
    };
    edit(sheet, rowOf);
    return Buffer.from(await book.xlsx.writeBuffer());
  };
  const cellOf = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;

  test('sent back unchanged: no new client, every client a duplicate without differences, nothing invalid', async () => {
    const { total } = await clientsOf(t);
    const p = await upload(await exportFile());
    expect(p.summary).toMatchObject({ total, importOnly: 0, duplicates: total, invalid: 0, accountonOnly: 0 });
    expect(p.duplicates.every((d) => d.matchedBy === 'accountonId')).toBe(true);
    expect(p.duplicates.filter((d) => d.differences.length > 0)).toEqual([]);
  });

  test('the file holds every template column, a couple on one row, texts as typed and its id in the hidden last column', async () => {
    const read = await readXlsx(await exportFile('?query=Last1'));
    expect(read.headerIssues).toEqual([]);
    expect(Object.keys(read.columns)).toEqual(COLUMNS.map((c) => c.key));
    const [couple] = read.rows;
    const id = (await clientsOf(t, undefined, '&query=Last1')).clients[0].id;
    expect(couple.cells).toMatchObject({
      spouseRegistrationNumber: nationalNumber('860101', 2), clientCode: '007', postalCode: '9000', accountonId: id,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportFile()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getColumn(COLUMNS.length).hidden).toBe(true);
    expect(sheet.getColumn(cellOf('lastName')).hidden).toBe(false);
  });

  test('no cell of the export is a formula, even a value that starts with = or +', async () => {
    const file = await exportFile();
    const zip = await openZip(file);
    const xml = await text(await zip.open('xl/worksheets/sheet1.xml', 50e6));
    zip.close();
    expect(xml).not.toMatch(/<f[ >]/);
    const read = await readXlsx(file);
    expect(read.rows.map((r) => r.cells.firstName)).toContain('=1+1');
    expect(read.rows.map((r) => r.cells.lastName)).toContain('+32 joke');
  });

  test('three cells changed in Excel are exactly three differences', async () => {
    const file = await edited(await exportFile(), (sheet, rowOf) => {
      rowOf('Last1').getCell(cellOf('city')).value = 'Antwerpen';
      rowOf('Last3').getCell(cellOf('firstName')).value = 'Renamed';
      rowOf('+32 joke').getCell(cellOf('language')).value = 'english';
    });
    const p = await upload(file);
    expect(p.summary).toMatchObject({ importOnly: 0, invalid: 0 });
    const diffs = p.duplicates.flatMap((d) => d.differences.map((x) => [x.field, x.imported]));
    expect(diffs.sort()).toEqual([['city', 'Antwerpen'], ['firstName', 'Renamed'], ['language', 'english']]);
  });

  test('a corrected national number, e-mail and last name update the client; no client is added', async () => {
    const before = await clientsOf(t);
    const id = before.clients.find((c) => c.values.lastName === 'Last3')!.id;
    const file = await edited(await exportFile(), (sheet, rowOf) => {
      const row = rowOf('Last3');
      row.getCell(cellOf('registrationNumber')).value = nationalNumber('700101', 9);
      row.getCell(cellOf('email')).value = 'new.address@example.be';
      row.getCell(cellOf('lastName')).value = 'Married';
    });
    const p = await upload(file);
    expect(p.summary).toMatchObject({ importOnly: 0, invalid: 0, duplicates: before.total });
    const entry = p.duplicates.find((d) => d.clientId === id)!;
    expect(entry.differences.map((d) => d.field).sort()).toEqual(['email', 'lastName', 'registrationNumber']);
    const res = await commit(t, p.id, { update: [{ row: entry.row, fields: ['registrationNumber', 'email', 'lastName'] }] });
    expect(res.statusCode).toBe(200);
    const after = await clientsOf(t);
    expect(after.total).toBe(before.total);
    expect(after.clients.find((c) => c.id === id)!.values).toMatchObject({
      registrationNumber: nationalNumber('700101', 9), email: 'new.address@example.be', lastName: 'Married',
    });
    // Sent again unchanged: the client still matches by its id, with nothing left to update.
    const again = await upload(file);
    expect(again.duplicates.find((d) => d.clientId === id)!.differences).toEqual([]);
  });

  test("a row given another client's national number is invalid, never a 500; a number taken since the preview is a conflict", async () => {
    const { clients } = await clientsOf(t);
    const joke = clients.find((c) => c.values.lastName === '+32 joke')!;
    const taken = clients.find((c) => c.values.lastName === 'Last1')!.values.registrationNumber!;
    // Only this client's row, so the number is not also on another row of the file.
    const swapped = await upload(await edited(await exportFile('?query=joke'), (sheet, rowOf) => {
      rowOf('+32 joke').getCell(cellOf('registrationNumber')).value = taken;
    }));
    const entry = swapped.invalid.find((e) => e.issues.some((i) => i.code === 'match.numberOfAnotherClient'))!;
    expect(entry.issues.map((i) => [i.code, i.field])).toEqual([['match.numberOfAnotherClient', 'registrationNumber']]);
    expect(swapped.summary).toMatchObject({ total: 1, importOnly: 0, invalid: 1 });

    const free = nationalNumber('650505', 7);
    const p = await upload(await edited(await exportFile(), (sheet, rowOf) => {
      rowOf('+32 joke').getCell(cellOf('registrationNumber')).value = free;
    }));
    const row = p.duplicates.find((d) => d.clientId === joke.id)!.row;
    const other = await insertClient(t.adb, t.firm.firmId, clientRow(77, { registrationNumber: free }));
    const res = await commit(t, p.id, { update: [{ row, fields: ['registrationNumber'] }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().conflicts).toEqual([expect.objectContaining({ row, code: 'conflict.numberTaken', clientId: joke.id })]);
    expect((await clientsOf(t)).clients.find((c) => c.id === joke.id)!.values.registrationNumber).toBe(joke.values.registrationNumber);
    await t.adb.db.deleteFrom('clients').where('id', '=', other).execute();
  });

  test("another firm's export sent to this firm is invalid, even where a client of this firm has the same national number", async () => {
    await importClients(t, [clientRow(1)], t.other.adminKey);
    const p = await upload(await exportFile('', t.other.adminKey));
    expect(p.summary).toMatchObject({ total: 1, importOnly: 0, duplicates: 0, invalid: 1 });
    expect(p.invalid[0].issues.map((i) => [i.code, i.field])).toEqual([['match.unknownClient', 'accountonId']]);
    // Its own firm matches it as ever.
    expect((await upload(await exportFile('', t.other.adminKey), t.other.adminKey)).summary).toMatchObject({ duplicates: 1, invalid: 0 });
  });

  test('an exported row copied to make a new client: the shared id is an error on both rows until cleared', async () => {
    const file = await edited(await exportFile('?query=Last1'), (sheet) => {
      const copy = sheet.getRow(3);
      sheet.getRow(2).eachCell((cell, col) => (copy.getCell(col).value = cell.value));
      copy.getCell(cellOf('firstName')).value = 'Sibling';
      copy.getCell(cellOf('email')).value = 'sibling@example.be';
      copy.getCell(cellOf('registrationNumber')).value = nationalNumber('900101', 5);
      copy.getCell(cellOf('spouseRegistrationNumber')).value = null;
      copy.getCell(cellOf('clientCode')).value = '008';
    });
    const p = await upload(file);
    expect(p.summary).toMatchObject({ invalid: 2, importOnly: 0, duplicates: 0 });
    for (const entry of p.invalid) expect(entry.issues.map((i) => i.code)).toEqual(['accountonId.duplicate']);
    const cleared = await edited(file, (sheet) => (sheet.getRow(3).getCell(COLUMNS.length).value = null));
    expect((await upload(cleared)).summary).toMatchObject({ invalid: 0, importOnly: 1, duplicates: 1 });
  });

  test('filters: by workflow, label and search text; an unknown or other firm\'s workflow is a 404', async () => {
    const rows = async (query: string) => (await readXlsx(await exportFile(query))).rows.map((r) => r.cells.lastName);
    expect(await rows('?label=vip')).toEqual(['Last1']);
    // A client with no dossier in the season is left out of the season's export.
    await insertClient(t.adb, t.firm.firmId, clientRow(4, { lastName: 'Outside' }));
    expect(await rows(`?workflowId=${t.firm.workflowId}`)).toEqual(['+32 joke', 'Last1', 'Married']);
    expect(await rows('?query=OUT')).toEqual(['Outside']);
    const other = await t.call({ url: `/api/v1/clients/export.xlsx?workflowId=${t.other.workflowId}` });
    expect(other.statusCode).toBe(404);
  });

  test('staff may export; without a key no one; each export is audited with its row count and no national number', async () => {
    await exportFile('?label=vip', t.firm.staffKey);
    expect((await t.call({ url: '/api/v1/clients/export.xlsx', key: null })).statusCode).toBe(401);
    const entries = await t.adb.db.selectFrom('audit_log').select(['details', 'user_id']).where('action', '=', 'clients.export').where('firm_id', '=', t.firm.firmId).orderBy('id').execute(); // ids are time-ordered (UUIDv7): the last is the newest
    const last = entries.map((e) => JSON.parse(e.details)).at(-1);
    expect(last).toEqual({ rows: 1, workflowId: null, label: 'vip', query: false });
  });

  test("each page of GET /clients (national numbers included, as the pane's Load clients reads them) is audited, without the search text", async () => {
    const page = await t.call({ url: '/api/v1/clients?limit=2&offset=1&query=Last', key: t.firm.staffKey });
    expect(page.statusCode).toBe(200);
    const entries = await t.adb.db.selectFrom('audit_log').select(['details', 'user_id']).where('action', '=', 'clients.read').where('firm_id', '=', t.firm.firmId).orderBy('id').execute();
    expect(JSON.parse(entries.at(-1)!.details)).toEqual({ rows: page.json().clients.length, offset: 1, query: true });
    expect(entries.at(-1)!.details).not.toContain('Last');
  });
});
