// GET /imports/:id/results.xlsx: the committed import's outcomes as a workbook, in the caller's language.
import ExcelJS from 'exceljs';
import { clientRow, commit, describeEachDb, importClients, startTestApp, type TestApp } from './helpers';

describeEachDb('results workbook', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  async function download(id: string, key: string, lang = 'en') {
    const res = await fetch(`${t.baseUrl}/api/v1/imports/${id}/results.xlsx`, {
      headers: { authorization: `Bearer ${key}`, 'accept-language': lang },
    });
    return { status: res.status, type: res.headers.get('content-type'), data: new Uint8Array(await res.arrayBuffer()) };
  }

  test('after the commit: one row per sent row with its outcome; before it 409; another firm 404', async () => {
    await importClients(t, [clientRow(1, { city: 'Gent' })]);
    const p = await t.preview([
      clientRow(1, { city: 'Brugge' }),
      clientRow(2, { firstName: '=HYPERLINK("x")' }),
      clientRow(3),
      clientRow(4, { email: 'oops' }),
    ]);
    expect((await download(p.id, t.firm.adminKey)).status).toBe(409);
    const add = p.importOnly.filter((e) => e.row === 4).map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId }));
    expect((await commit(t, p.id, { add, update: [{ row: 2, fields: ['city'] }] })).statusCode).toBe(200);

    const res = await download(p.id, t.firm.staffKey, 'fr');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.data.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Résultats Accounton')!;
    const rows = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Ligne', 'Nom', 'Résultat', 'Détails']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['2', `${clientRow(1).firstName} ${clientRow(1).lastName}`, 'Mis à jour'],
      ['3', `=HYPERLINK("x") ${clientRow(2).lastName}`, 'Non sélectionné'],
      ['4', `${clientRow(3).firstName} ${clientRow(3).lastName}`, 'Ajouté'],
      ['5', `${clientRow(4).firstName} ${clientRow(4).lastName}`, 'Non valide'],
    ]);
    expect(rows[1][3]).toBe('Champs : City');
    expect(String(rows[4][3])).toMatch(/e-mail/i);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);

    expect((await download(p.id, t.other.adminKey)).status).toBe(404);
  });
});
