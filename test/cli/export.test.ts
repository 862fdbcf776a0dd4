// `accounton-import export` and `workflows`, and what `send` says of last season's clients, through the real
// command against a real server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readXlsx } from '../../src/io';
import { cliAsync as cli } from './run';
import { clientRow, commit, importClients, startTestApp, TARGETS, type TestApp } from '../server/helpers';



jest.setTimeout(60000);

const QUESTIONNAIRES = ['--questionnaire-dutch', 'Aangifte AJ 2025', '--questionnaire-french', 'Déclaration EI 2025'];

describe('export, workflows and last season in send', () => {
  let t: TestApp;
  let dir: string;
  let remote: string[];
  beforeAll(async () => {
    t = await startTestApp(TARGETS[0]);
    remote = ['--url', t.baseUrl, '--key', t.firm.adminKey];
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    await importClients(t, [clientRow(1, { labels: 'vip' }), clientRow(2)]);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('export writes the template with every client; sent back unchanged it is all duplicates without differences', async () => {
    const out = path.join(dir, 'clients.xlsx');
    const r = await cli(['export', out, ...remote]);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining(`The firm's clients are in ${out}.`) });
    expect((await readXlsx(fs.readFileSync(out))).rows).toHaveLength(2);
    const back = await cli(['send', out, '--json', ...remote]);
    expect(back.code).toBe(0);
    const preview = JSON.parse(back.stdout);
    expect(preview.summary).toMatchObject({ importOnly: 0, duplicates: 2, invalid: 0 });
    expect(preview.duplicates.map((d: { differences: unknown[] }) => d.differences)).toEqual([[], []]);
  });

  test('export filters by label, takes the key from the environment, and never replaces a file without --force', async () => {
    const out = path.join(dir, 'vip.xlsx');
    expect((await cli(['export', out, '--label', 'vip', '--url', t.baseUrl], { ACCOUNTON_API_KEY: t.firm.staffKey })).code).toBe(0);
    expect((await readXlsx(fs.readFileSync(out))).rows.map((r) => r.cells.lastName)).toEqual(['Last1']);
    const again = await cli(['export', out, ...remote]);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
    expect((await cli(['export', out, '--force', ...remote])).code).toBe(0);
    expect((await readXlsx(fs.readFileSync(out))).rows).toHaveLength(2);
  });

  test('export refuses a file that is not .xlsx, an unknown workflow, and a missing key', async () => {
    expect((await cli(['export', path.join(dir, 'x.csv'), ...remote])).code).toBe(2);
    const unknown = await cli(['export', path.join(dir, 'none.xlsx'), '--workflow', 'nope', ...remote]);
    expect(unknown).toMatchObject({ code: 3, stderr: expect.stringMatching(/workflow/i) });
    expect(fs.existsSync(path.join(dir, 'none.xlsx'))).toBe(false);
    expect((await cli(['export', path.join(dir, 'y.xlsx'), '--url', t.baseUrl], { ACCOUNTON_API_KEY: '' })).code).toBe(2);
  });

  test('workflows create opens a season once per assessment year (a clear message the second time); list shows it', async () => {
    const created = await cli(['workflows', 'create', '--name', 'Personal income tax 2025', '--tax-year', '2025', ...QUESTIONNAIRES, ...remote]);
    expect(created).toMatchObject({ code: 0, stdout: expect.stringMatching(/Opened the season "Personal income tax 2025" \(assessment year 2025, id .+\) with 2 questionnaires\./) });
    const taken = await cli(['workflows', 'create', '--name', 'Again', '--tax-year', '2025', ...QUESTIONNAIRES, ...remote]);
    expect(taken.code).toBe(3);
    expect(taken.stderr).toMatch(/already has the workflow of assessment year 2025/);
    expect(taken.stderr).toMatch(/accounton-import workflows list/);
    const list = await cli(['workflows', 'list', ...remote]);
    expect(list.stdout).toMatch(/ {2}Personal income tax 2025 {2}\(assessment year 2025\)\n/);
    const json = JSON.parse((await cli(['workflows', 'list', '--json', ...remote])).stdout);
    expect(json.map((w: { taxYear: number }) => w.taxYear)).toEqual([2026, 2025]);
  });

  test('workflows create needs a name, an assessment year and a questionnaire; staff may not create', async () => {
    const missing = await cli(['workflows', 'create', '--name', 'X', '--tax-year', '2030', ...remote]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('at least one questionnaire') });
    expect((await cli(['workflows', 'create', '--name', 'X', '--tax-year', 'soon', ...QUESTIONNAIRES, ...remote])).code).toBe(2);
    const staff = await cli(['workflows', 'create', '--name', 'X', '--tax-year', '2030', ...QUESTIONNAIRES, '--url', t.baseUrl, '--key', t.firm.staffKey]);
    expect(staff.code).toBe(3);
    expect((await cli(['workflows', 'frobnicate', ...remote])).code).toBe(2);
  });

  test("send says which clients only in Accounton were in last season's workflow, in text and in --json", async () => {
    // Last season (2025, opened above) holds a client this year's file leaves out.
    const lastYear = (await t.call({ url: '/api/v1/workflows' })).json().workflows.find((w: { taxYear: number }) => w.taxYear === 2025).id;
    const res = await t.call({ method: 'POST', url: '/api/v1/imports', payload: { workflowId: lastYear, source: 'cli', rows: [{ row: 2, values: clientRow(9, { language: 'dutch' }) }] } });
    const p = res.json();
    const questionnaireId = (await t.call({ url: `/api/v1/questionnaires?workflowId=${lastYear}&language=dutch` })).json().questionnaires[0].id;
    expect((await commit(t, p.id, { add: [{ row: 2, language: 'dutch', questionnaireId }] })).statusCode).toBe(200);

    const file = path.join(dir, 'this-year.xlsx');
    fs.copyFileSync(path.join(dir, 'clients.xlsx'), file);
    const text = await cli(['send', file, ...remote]);
    expect(text.stdout).toMatch(/First9 Last9 <client9@example\.be> \(not linked to the workflow\) \(in last season's workflow\)/);
    expect(text.stdout).not.toMatch(/Last1 <.*last season/);
    const json = JSON.parse((await cli(['send', file, '--json', ...remote])).stdout);
    expect(json.accountonOnly).toEqual([expect.objectContaining({ lastName: 'Last9', inPreviousSeason: true })]);
  });
});
