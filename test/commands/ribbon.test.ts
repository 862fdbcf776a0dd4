/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// The ribbon's buttons as Office calls them: the real commands entry, loaded with Office and Excel stood in
// for by a recorder and the workbook double, against the real API on a port. One click on "Send to
// Accounton" opens the pane and leaves the preview's buckets in the pane's state.
import type { PaneController } from '../../src/taskpane/controller';
import { runtimePane } from '../../src/taskpane/runtimePane';
import { ExcelDouble } from '../excel/double';
import { letterOf, sheetRow } from '../excel/fixtures';
import { firmWithClient, SHEET, startApi, type Api } from '../taskpane/helpers';
import { nrn } from '../ui/review/fixtures';

type Handler = (event: { completed: () => void }) => void;
const handlers = new Map<string, Handler>();
const calls: string[] = [];
const xl = new ExcelDouble();
let api: Api;
let pane: PaneController;

/** Clicks a ribbon button and waits until the command tells Office it is done. */
function click(name: string): Promise<void> {
  return new Promise((resolve) => handlers.get(name)!({ completed: () => resolve() }));
}

beforeAll(async () => {
  api = await startApi();
  const firm = await firmWithClient(api);
  window.localStorage.setItem('accounton-addin.baseUrl', api.baseUrl);
  window.localStorage.setItem('accounton-addin.apiKey', firm.adminKey);
  Object.assign(globalThis, {
    Excel: { run: xl.host.run },
    Office: {
      onReady: (callback: (info: { host: string }) => void) => Promise.resolve(callback({ host: 'Excel' })),
      HostType: { Excel: 'Excel' },
      context: { displayLanguage: 'en-GB', requirements: { isSetSupported: (_set: string, version: string) => xl.host.supports(version) } },
      actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
      addin: {
        showAsTaskpane: async () => void calls.push('showAsTaskpane'),
        setStartupBehavior: async () => void calls.push('setStartupBehavior'),
        onVisibilityModeChanged: async () => () => undefined,
      },
      StartupBehavior: { load: 'Load' },
      VisibilityMode: { taskpane: 'Taskpane' },
    },
  });
  await import('../../src/commands/index');
  pane = await runtimePane;
});

afterAll(() => api.close());

test('the four ExecuteFunction buttons are registered', () => {
  expect([...handlers.keys()].sort()).toEqual(['checkSheet', 'insertTemplate', 'loadClients', 'sendToAccounton']);
});

test('Insert template, type the clients, Check sheet: the pane opens on the check', async () => {
  await click('insertTemplate');
  expect(xl.table('AccountonClients')).toBeDefined();
  expect(calls).toContain('setStartupBehavior');
  xl.userSet(xl.sheet('Accounton clients'), 'A2', SHEET.map((r) => sheetRow(r.values)));
  await xl.settle();
  pane.setView('settings');
  calls.length = 0;
  await click('checkSheet');
  expect(pane.store.getState().report?.summary).toEqual({ rows: 4, valid: 3, invalid: 1, withWarnings: expect.any(Number) });
  expect(calls).toEqual(['showAsTaskpane']);
  expect(pane.store.getState().view).toBe('check');
});

test('Send to Accounton from the ribbon opens the pane on the confirmation, then on the review with the buckets', async () => {
  calls.length = 0;
  await click('sendToAccounton');
  expect(calls).toEqual(['showAsTaskpane']);
  expect(pane.store.getState().view).toBe('send');
  expect(pane.store.getState().send).toEqual({ step: 'confirm', invalid: 1, total: 4, first: { row: 5, column: 'F' } });

  await pane.send(true); // "Send anyway" in the pane
  const send = pane.store.getState().send;
  if (send.step !== 'review') throw new Error(`expected the review, got ${send.step}`);
  expect(send.preview.source).toBe('excel-addin');
  expect(send.preview.summary).toMatchObject({ total: 4, importOnly: 2, duplicates: 1, invalid: 1 });
});

test('with every row valid, one click goes straight to the review', async () => {
  xl.userSet(xl.sheet('Accounton clients'), 'F5', [[nrn('850615', 41)]]);
  await xl.settle();
  await click('sendToAccounton');
  const send = pane.store.getState().send;
  if (send.step !== 'review') throw new Error(`expected the review, got ${send.step}`);
  expect(send.preview.summary).toMatchObject({ total: 4, importOnly: 3, duplicates: 1, invalid: 0 });
});

test("Load clients from the ribbon: the firm's clients with their ids, in a new sheet beside the filled template", async () => {
  calls.length = 0;
  await click('loadClients');
  expect(calls).toEqual(['showAsTaskpane']);
  expect(pane.store.getState().view).toBe('send');
  const { clients, total } = await (await pane.api()).clients({ limit: 1000 });
  expect(pane.loader.store.getState().load).toEqual({ step: 'done', sheet: 'Accounton clients (2)', rows: total, template: false });
  const added = xl.sheet('Accounton clients (2)');
  const ids = clients.map((_, i) => xl.valueAt(added, `${letterOf('accountonId')}${i + 2}`));
  expect(ids).toEqual(clients.map((c) => c.id));
  expect(xl.valueAt(added, `${letterOf('lastName')}2`)).toBe(clients[0].values.lastName);
});
