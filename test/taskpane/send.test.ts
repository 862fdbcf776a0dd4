// The send flow without React: what is read, what is sent, Cancel, and the confirmation.
import { ApiError, createClient } from '../../src/api/client';
import { readTable } from '../../src/excel/tableRows';
import { sendSheet, type SendStep } from '../../src/taskpane/send';
import { client } from '../excel/fixtures';
import { firmWithClient, paneOver, startApi, type Api } from './helpers';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

async function setup(rows: { row: number; values: Record<string, string> }[]) {
  const firm = await firmWithClient(api);
  const { xl } = await paneOver(api, firm, rows);
  const apiClient = createClient({ baseUrl: api.baseUrl, apiKey: firm.adminKey });
  const sent: unknown[] = [];
  const spying = { ...apiClient, createImport: (body: Parameters<typeof apiClient.createImport>[0], o?: { signal?: AbortSignal }) => { sent.push(body); return apiClient.createImport(body, o); } };
  return { xl, firm, client: spying, sent };
}

const rows = (n: number, from = 2) => Array.from({ length: n }, (_, i) => ({ row: from + i, values: client(i + 1) }));

test('sends every filled row, invalid ones included, skips empty and person-only rows, and reports each step', async () => {
  const sheetRows = [
    ...rows(3),
    { row: 5, values: { person: 'person' } }, // only the automatic "person": empty
    { row: 6, values: client(9, { email: 'not an e-mail' }) },
  ];
  const { xl, firm, client: api2, sent } = await setup(sheetRows);
  const steps: SendStep[] = [];
  const outcome = await sendSheet({
    read: (o) => readTable(xl.host, 'en', o), client: api2, workflowId: async () => firm.workflowId, lang: 'en',
    confirmed: true, signal: new AbortController().signal, onStep: (s) => steps.push(s),
  });
  expect(outcome.kind).toBe('sent');
  const body = sent[0] as { source: string; rows: { row: number; values: Record<string, unknown> }[] };
  expect(body.source).toBe('excel-addin');
  expect(body.rows.map((r) => r.row)).toEqual([2, 3, 4, 6]);
  expect(body.rows[3].values.email).toBe('not an e-mail');
  if (outcome.kind === 'sent') expect(outcome.preview.invalid.map((e) => e.row)).toEqual([6]);
  expect(steps.map((s) => s.step)).toEqual(['reading', 'reading', 'checking', 'sending']);
  expect(steps[1]).toEqual({ step: 'reading', read: 5, total: 5 });
});

test('with invalid rows and no confirmation, nothing is sent and the first invalid cell is named', async () => {
  const { xl, firm, client: api2, sent } = await setup([...rows(2), { row: 4, values: client(3, { email: 'nope' }) }]);
  const outcome = await sendSheet({
    read: (o) => readTable(xl.host, 'en', o), client: api2, workflowId: async () => firm.workflowId, lang: 'en',
    confirmed: false, signal: new AbortController().signal, onStep: () => undefined,
  });
  expect(outcome).toEqual({ kind: 'confirm', invalid: 1, total: 3, first: { row: 4, column: 'D' } });
  expect(sent).toEqual([]);
});

test('Cancel while reading stops before anything is sent', async () => {
  const { xl, firm, client: api2, sent } = await setup(rows(4_500));
  const abort = new AbortController();
  const promise = sendSheet({
    read: (o) => readTable(xl.host, 'en', o), client: api2, workflowId: async () => firm.workflowId, lang: 'en',
    confirmed: true, signal: abort.signal,
    onStep: (s) => { if (s.step === 'reading' && s.read > 0) abort.abort(); },
  });
  await expect(promise).rejects.toMatchObject({ kind: 'aborted' });
  await expect(promise).rejects.toBeInstanceOf(ApiError);
  expect(sent).toEqual([]);
});

test('a workbook without the template, and a template without rows', async () => {
  const firm = await firmWithClient(api);
  const { xl } = await paneOver(api, firm, []);
  const base = { client: createClient({ baseUrl: api.baseUrl }), workflowId: async () => firm.workflowId, lang: 'en' as const, confirmed: true, signal: new AbortController().signal, onStep: () => undefined };
  expect(await sendSheet({ ...base, read: (o) => readTable(xl.host, 'en', o) })).toEqual({ kind: 'empty' });
  expect(await sendSheet({ ...base, read: async () => null })).toEqual({ kind: 'noTemplate' });
});
