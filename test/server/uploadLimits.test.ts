// An upload built to exhaust the server is refused in the error shape: 413 for a zip bomb, before inflating it;
// a damaged workbook at once.
import { writeTemplate } from '../../src/io';
import { xlsxParts, zipParts } from '../io/zipParts';
import { clientRow, describeEachDb, startTestApp, type TestApp } from './helpers';

describeEachDb('hostile uploads', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, lang = 'en') => {
    const form = new FormData();
    form.set('workflowId', t.firm.workflowId);
    form.set('file', new Blob([new Uint8Array(file)]), 'clients.xlsx');
    return t.call({ method: 'POST', url: '/api/v1/imports', payload: form, headers: { 'accept-language': lang } });
  };

  test('a sheet that inflates to 110 MB is a 413 before it is inflated', async () => {
    const row = '<row><c t="inlineStr"><is><t>person</t></is></c></row>';
    const parts = xlsxParts('Accounton clients', row.repeat(Math.ceil((110 * 1024 * 1024) / row.length)));
    const bomb = zipParts(Object.entries(parts).map(([name, data]) => ({ name, data })));
    const started = Date.now();
    const res = await upload(bomb, 'fr');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('upload.unreadable');
    expect(res.json().error.message).toContain('limite 96 Mo');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a workbook with flipped bytes is refused in the error shape in under 2 s', async () => {
    const file = await writeTemplate({ rows: Array.from({ length: 200 }, (_, i) => clientRow(60000 + i)) });
    const broken = Buffer.from(file);
    for (let i = 0; i < 16; i++) broken[Math.floor(file.length / 3) + i] ^= 0xff;
    const started = Date.now();
    const res = await upload(broken);
    // Garbage may inflate to a row wider than the column limit: then it is refused as such (413).
    expect([413, 422]).toContain(res.statusCode);
    expect(res.json().error.code).toBe('upload.unreadable');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
