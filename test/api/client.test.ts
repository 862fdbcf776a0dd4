// The typed client against the real server: results, typed errors, network failures and Cancel.
import { allAccountonOnly, ApiError, createClient } from '../../src/api/client';
import { clientRow, insertManyClients, startTestApp, TARGETS, type TestApp } from '../server/helpers';

describe('api client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(TARGETS[0]);
  });
  afterAll(() => t.close());

  test('previews, reads and commits an import; lists clients', async () => {
    const api = createClient({ baseUrl: t.baseUrl, apiKey: t.firm.adminKey });
    expect((await api.me()).firm.name).toBe('Demo Fiduciaire');
    const [workflow] = await api.workflows();
    const questionnaires = await api.questionnaires({ workflowId: workflow.id, language: 'dutch' });
    expect(questionnaires.map((q) => q.name)).toEqual(['Aangifte in de personenbelasting']);
    const preview = await api.createImport({ workflowId: workflow.id, source: 'excel-addin', rows: [{ row: 5, values: clientRow(1) }] });
    expect(preview.summary.importOnly).toBe(1);
    expect((await api.getImport(preview.id)).id).toBe(preview.id);
    const result = await api.commitImport(preview.id, { add: [{ row: 5, language: 'french', questionnaireId: questionnaires[0].id }] }, 'k-1');
    expect(result.created[0].status).toBe('not_sent');
    const page = await api.clients({ query: 'Last1', limit: 10 });
    expect(page.clients.map((c) => c.id)).toEqual([result.created[0].clientId]);
    expect(api.templateUrl('fr')).toBe(`${t.baseUrl}/api/v1/template.xlsx?lang=fr`);
  });

  test('downloads a committed import\'s results; before the commit it is a 409', async () => {
    const api = createClient({ baseUrl: t.baseUrl, apiKey: t.firm.adminKey, lang: 'nl' });
    const [workflow] = await api.workflows();
    const preview = await api.createImport({ workflowId: workflow.id, source: 'web', rows: [{ row: 2, values: clientRow(7) }] });
    await expect(api.resultsXlsx(preview.id)).rejects.toMatchObject({ status: 409, code: 'import.notCommitted', message: expect.stringMatching(/nog niet bevestigd/) });
    await api.commitImport(preview.id, {}, 'k-results');
    const file = await api.resultsXlsx(preview.id);
    expect(file.size).toBeGreaterThan(1000);
    // An .xlsx is a zip: it starts with "PK".
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });

  test('reads every client only in Accounton, the preview\'s first page and then the rest', async () => {
    await insertManyClients(t, 2100);
    const api = createClient({ baseUrl: t.baseUrl, apiKey: t.firm.adminKey });
    const preview = await api.createImport({ workflowId: t.firm.workflowId, source: 'cli', rows: [{ row: 2, values: clientRow(3) }] });
    const total = preview.summary.accountonOnly;
    expect(total).toBeGreaterThanOrEqual(2100);
    expect(preview.accountonOnly).toHaveLength(1000);
    const progress: number[] = [];
    const all = await allAccountonOnly(api, preview, { onProgress: (read) => progress.push(read) });
    expect(all).toHaveLength(total);
    expect(new Set(all.map((c) => c.clientId)).size).toBe(total);
    expect(progress).toEqual([1000, 2000]);
    expect((await api.accountonOnly(preview.id, { offset: 2000, limit: 5 })).entries).toEqual(all.slice(2000, 2005));
  });

  test('uploads an .xlsx file', async () => {
    const { writeTemplate } = await import('../../src/io');
    const api = createClient({ baseUrl: `${t.baseUrl}/`, apiKey: t.firm.adminKey });
    const file = new Blob([new Uint8Array(await writeTemplate({ rows: [clientRow(2)] }))]);
    const preview = await api.uploadImport(file, { workflowId: t.firm.workflowId, fileName: 'clients.xlsx' });
    expect(preview).toMatchObject({ source: 'web', summary: { importOnly: 1 } });
  });

  test('server errors are ApiErrors with status, code and a localized message', async () => {
    const api = createClient({ baseUrl: t.baseUrl, apiKey: 'wrong', lang: 'fr' });
    const err = await api.me().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'http', status: 401, code: 'auth.invalid' });
    expect((err as ApiError).message).toMatch(/clé/);
    const staff = createClient({ baseUrl: t.baseUrl, apiKey: t.firm.staffKey });
    await expect(staff.createImport({ workflowId: t.firm.workflowId, source: 'web', rows: [] })).rejects.toMatchObject({ status: 403, code: 'auth.adminOnly' });
  });

  test('an unreachable server is a network error; a cancelled request is an aborted one', async () => {
    const down = createClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'x' });
    await expect(down.me()).rejects.toMatchObject({ kind: 'network', status: 0, code: 'client.network' });
    const api = createClient({ baseUrl: t.baseUrl, apiKey: t.firm.adminKey });
    const controller = new AbortController();
    const pending = api.createImport({ workflowId: t.firm.workflowId, source: 'web', rows: Array.from({ length: 5000 }, (_, i) => ({ row: i + 2, values: clientRow(i) })) }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted', code: 'client.aborted' });
  });

  test('a server that is not the import API is reported as such', async () => {
    const fake: typeof fetch = async () => new Response('<html>hello</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const api = createClient({ baseUrl: 'https://example.invalid', fetch: fake });
    await expect(api.me()).rejects.toMatchObject({ kind: 'http', status: 200, code: 'client.badResponse' });
  });
});
