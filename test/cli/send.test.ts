// `accounton-import send` through the real command against a real server.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTemplate } from '../../src/io';
import ExcelJS from 'exceljs';
import { clientRow, clientsOf, describeEachDb, importClients, insertManyClients, startTestApp, TARGETS, type TestApp } from '../server/helpers';

const BIN = path.join(__dirname, '../../bin/accounton-import.js');

function send(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'send', ...args], { env: { ...process.env, LANG: 'en', ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout, stderr }),
    );
  });
}

jest.setTimeout(30000);

describe('send', () => {
  let t: TestApp;
  let file: string;
  beforeAll(async () => {
    t = await startTestApp(TARGETS[0]);
    await importClients(t, [clientRow(1, { city: 'Gent' }), clientRow(2)]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'send-'));
    file = path.join(dir, 'clients.xlsx');
    fs.writeFileSync(file, await writeTemplate({ rows: [clientRow(1, { city: 'Brugge' }), clientRow(3), clientRow(4, { email: 'oops' })] }));
  });
  afterAll(() => t.close());

  test('prints the four buckets and exits 1 when a row is invalid', async () => {
    const r = await send([file, '--url', t.baseUrl, '--key', t.firm.adminKey]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/New clients \(only in the import\): 1/);
    expect(r.stdout).toMatch(/Duplicates \(in both\): 1/);
    expect(r.stdout).toMatch(/matched by national register number; differs in city/);
    expect(r.stdout).toMatch(/Only in Accounton: 1/);
    expect(r.stdout).toMatch(/Invalid rows: 1\n {2}row 4, D: /);
  });

  test('--json prints the preview, the key may come from the environment', async () => {
    const r = await send([file, '--json', '--url', t.baseUrl], { ACCOUNTON_API_KEY: t.firm.adminKey });
    const preview = JSON.parse(r.stdout);
    expect(preview).toMatchObject({ status: 'preview', source: 'cli', workflowId: t.firm.workflowId, summary: { total: 3, importOnly: 1, duplicates: 1, invalid: 1 } });
  });

  test('a refused key or an unreachable server exits 3 with the reason; no key is a usage error', async () => {
    const bad = await send([file, '--url', t.baseUrl, '--key', 'nope']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/API key is unknown/);
    const down = await send([file, '--url', 'http://127.0.0.1:9', '--key', 'x']);
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/cannot be reached/);
    const none = await send([file, '--url', t.baseUrl], { ACCOUNTON_API_KEY: '' });
    expect(none.code).toBe(2);
  });

  // Last: it adds a thousand clients to the firm.
  test('a large "only in Accounton" bucket: the text counts it all, --json lists it all', async () => {
    await insertManyClients(t, 1500);
    const text = await send([file, '--url', t.baseUrl, '--key', t.firm.adminKey]);
    expect(text.stdout).toMatch(/Only in Accounton: 1501 \(1500 not linked to this workflow\)/);
    expect(text.stdout).toMatch(/and 1481 more/);
    const json = JSON.parse((await send([file, '--json', '--url', t.baseUrl, '--key', t.firm.adminKey])).stdout);
    expect(json.summary.accountonOnly).toBe(1501);
    expect(json.accountonOnly).toHaveLength(1501);
  });
});

describeEachDb('send --commit', (target) => {
  let t: TestApp;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    t = await startTestApp(target);
    await importClients(t, [clientRow(1, { city: 'Gent' })]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'send-commit-'));
    file = path.join(dir, 'clients.xlsx');
    fs.writeFileSync(file, await writeTemplate({ rows: [clientRow(1, { city: 'Brugge' }), clientRow(3), clientRow(4, { email: 'oops' }), clientRow(5)] }));
  });
  afterAll(() => t.close());
  const base = () => [file, '--url', t.baseUrl, '--key', t.firm.adminKey, '--commit'];

  test('--dry-run prints the plan and commits nothing; a row that is not new is a usage error', async () => {
    const dry = await send([...base(), '--dry-run', '--update', 'all', '--language', 'french']);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toMatch(/New clients to add: 2\n {2}row 3: First3 Last3, french, questionnaire "Déclaration d'impôt sur le revenu des personnes physiques"\n {2}row 5: First5 Last5, french/);
    expect(dry.stdout).toMatch(/Duplicates to update: 1\n {2}row 2: First1 Last1: city/);
    expect(dry.stdout).toMatch(/Dry run: nothing was committed\./);
    const stray = await send([...base(), '--add', '2,3']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/rows 2/);
    expect((await clientsOf(t)).total).toBe(1);
  });

  test('commits the plan, writes the results workbook; the same run again creates nothing twice', async () => {
    const results = path.join(dir, 'results.xlsx');
    const first = await send([...base(), '--add', '3', '--update', 'city', '--results', results]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/Added: 1\. Updated: 1\. Not applied \(conflicts\): 0\./);
    expect(first.stdout).not.toMatch(/Nothing was added yet/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(fs.readFileSync(results)).buffer);
    const rows = book.getWorksheet('Accounton results')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 4));
    expect(rows).toEqual([
      ['2', 'First1 Last1', 'Updated'], ['3', 'First3 Last3', 'Added'], ['4', 'First4 Last4', 'Invalid'], ['5', 'First5 Last5', 'Not selected'],
    ]);
    const after = await clientsOf(t);
    expect(after.total).toBe(2);
    expect(after.clients.find((c) => c.values.lastName === 'Last1')!.values.city).toBe('Brugge');
    expect(after.clients.find((c) => c.values.lastName === 'Last3')!.dossiers.map((d) => d.status)).toEqual(['not_sent']);

    // Run again: rows 2 and 3 are duplicates now, only row 5 (not added before) is new.
    const again = await send([...base(), '--add', '3', '--update', 'city']);
    expect(again.stderr).toMatch(/rows 3/);
    expect(again.code).toBe(2);
    const all = await send([...base(), '--json']);
    const out = JSON.parse(all.stdout);
    expect(out.preview.summary).toMatchObject({ importOnly: 1, duplicates: 2, invalid: 1 });
    expect(out.result.created.map((c: { row: number }) => c.row)).toEqual([5]);
    const twice = await send([...base(), '--json']);
    expect(JSON.parse(twice.stdout).result).toMatchObject({ created: [], updated: [], conflicts: [] });
    expect((await clientsOf(t)).total).toBe(3);
  });
});
