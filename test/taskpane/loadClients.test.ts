// "Load clients from Accounton" against the sheet double: the firm's clients, read a page at a time from a
// fake API client, written into the template 4,000 rows a round trip, each with its Accounton id; read back
// by the pane's own reader they are the clients' values exactly.
import type { ApiClient } from '../../src/api/client';
import type { Client, ClientsPage } from '../../src/api/contract/schemas';
import { COLUMNS, validateRows, type RowValues } from '../../src/core';
import { readTable } from '../../src/excel/tableRows';
import { insertTemplate } from '../../src/excel/template';
import { ClientLoader, type LoadState } from '../../src/taskpane/loadClients';
import { ExcelDouble } from '../excel/double';
import { client as clientValues, letterOf, sheetRow, TODAY } from '../excel/fixtures';

function firmClient(i: number, overrides: RowValues = {}): Client {
  return { id: `client-${String(i).padStart(5, '0')}`, values: clientValues(i, overrides), createdAt: '', updatedAt: '', dossiers: [] };
}

/** An API client serving `all` as GET /clients pages; `onPage` runs before each page is answered. */
function pagingApi(all: readonly Client[], onPage: (offset: number) => void = () => {}) {
  const offsets: number[] = [];
  const api = {
    clients: async (query: { limit?: number; offset?: number } = {}) => {
      const offset = query.offset ?? 0;
      offsets.push(offset);
      onPage(offset);
      const limit = query.limit ?? 100;
      return { clients: all.slice(offset, offset + limit), total: all.length, limit, offset } satisfies ClientsPage;
    },
  } as unknown as ApiClient;
  return { api, offsets };
}

function loaderOn(xl: ExcelDouble, api: ApiClient) {
  const loader = new ClientLoader({
    host: xl.host, client: async () => api, lang: () => 'en', hasKey: () => true, insertTemplate: () => insertTemplate(xl.host, 'en'),
  });
  const states: LoadState[] = [];
  loader.store.subscribe(() => states.push(loader.store.getState().load));
  return { loader, states };
}

test('a workbook without the template gets it, filled with every client in 4,000-row writes, saying how far it is', async () => {
  const xl = new ExcelDouble();
  const all = Array.from({ length: 9000 }, (_, i) => firmClient(i));
  const { api, offsets } = pagingApi(all);
  const { loader, states } = loaderOn(xl, api);
  await loader.load();

  expect(offsets).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000]);
  expect(states.filter((s) => s.step === 'loading').map((s) => s.step === 'loading' && s.written)).toEqual([0, 4000, 8000, 9000]);
  expect(states.at(-1)).toEqual({ step: 'done', sheet: 'Accounton clients', rows: 9000, template: true });
  const sheet = xl.sheet('Accounton clients');
  expect(xl.valueAt(sheet, `${letterOf('lastName')}9001`)).toBe('Peeters');
  expect(xl.valueAt(sheet, `${letterOf('accountonId')}9001`)).toBe('client-08999');
  expect(sheet.hiddenColumns.has(COLUMNS.length - 1)).toBe(true);
});

test('read back by the pane, the loaded rows are the clients exactly: no formula, no number made of a text', async () => {
  const xl = new ExcelDouble();
  const all = [
    firmClient(1, { firstName: '=1+1', clientCode: '007', postalCode: '9000', houseNumber: '12', declarationDeadline: '2027-06-30', labels: 'vip' }),
    firmClient(2, { lastName: '+32', registrationNumber: '01010100131' }),
  ];
  const { loader } = loaderOn(xl, pagingApi(all).api);
  await loader.load();
  const sheet = xl.sheet('Accounton clients');
  expect(xl.cell(sheet, `${letterOf('firstName')}2`)?.formula).toBeUndefined();
  const table = (await readTable(xl.host, 'en'))!;
  const results = validateRows(table.rows, { lang: 'en', columns: table.columns, today: TODAY });
  expect(results.map((r) => r.values)).toEqual(all.map((c) => ({ ...c.values, accountonId: c.id })));
});

test('a template that already has rows is left as it is: the clients go into a new sheet in its columns', async () => {
  const xl = new ExcelDouble();
  await insertTemplate(xl.host, 'en');
  const template = xl.sheet('Accounton clients');
  xl.userSet(template, 'A2', [sheetRow(clientValues(500))]);
  const { loader, states } = loaderOn(xl, pagingApi([firmClient(1)]).api);
  await loader.load();

  expect(states.at(-1)).toEqual({ step: 'done', sheet: 'Accounton clients (2)', rows: 1, template: false });
  expect(xl.valueAt(template, `${letterOf('firstName')}2`)).toBe('Jan500');
  expect(xl.valueAt(template, `${letterOf('firstName')}3`)).toBe('');
  const added = xl.sheet('Accounton clients (2)');
  expect(COLUMNS.map((c) => xl.valueAt(added, `${c.letter}1`))).toEqual(COLUMNS.map((c) => c.header));
  expect(xl.valueAt(added, `${letterOf('accountonId')}2`)).toBe('client-00001');
});

test('Cancel stops after the write under way; the rows written stay and are counted', async () => {
  const xl = new ExcelDouble();
  const all = Array.from({ length: 9000 }, (_, i) => firmClient(i));
  const cancelAt = { offset: 5000, cancel: () => {} };
  // The user cancels while the pages of the second write are read.
  const { api } = pagingApi(all, (offset) => offset === cancelAt.offset && cancelAt.cancel());
  const { loader, states } = loaderOn(xl, api);
  cancelAt.cancel = loader.cancel;
  await loader.load();
  expect(states.at(-1)).toEqual({ step: 'cancelled', sheet: 'Accounton clients', rows: 4000, total: 9000 });
  const sheet = xl.sheet('Accounton clients');
  expect(xl.valueAt(sheet, `${letterOf('accountonId')}4001`)).toBe('client-03999');
  expect(xl.valueAt(sheet, `${letterOf('accountonId')}4002`)).toBe('');
});

test('without an API key it says so and writes nothing', async () => {
  const xl = new ExcelDouble();
  const loader = new ClientLoader({ host: xl.host, client: async () => pagingApi([]).api, lang: () => 'en', hasKey: () => false });
  await loader.load();
  expect(loader.store.getState().load).toEqual({ step: 'noKey' });
  expect(xl.sheets.map((s) => s.name)).toEqual(['Sheet1']);
});
