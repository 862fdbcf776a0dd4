/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// "Copy to a new sheet" of the clients only in Accounton: every client of the bucket, read page after page
// past the preview's first, into a new sheet of the workbook double; a fake API client serves the pages.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiClient } from '../../src/api/client';
import type { AccountonOnlyPage, ImportPreview } from '../../src/api/contract/schemas';
import { App } from '../../src/taskpane/App';
import { PaneController, type Notice } from '../../src/taskpane/controller';
import { ExcelDouble } from '../excel/double';
import { bucket, pagingClient, previewOf } from '../ui/review/accountonOnlyBucket';

afterEach(cleanup);

/** The pane in the review of `preview`, its API client replaced by `client`; every notice is kept. */
function paneOn(client: ApiClient, preview: ImportPreview) {
  const xl = new ExcelDouble();
  const pane = new PaneController({ host: xl.host, lang: 'en', storage: null, origin: 'http://127.0.0.1:9' });
  jest.spyOn(pane, 'client').mockReturnValue(client);
  pane.store.setState({ view: 'send', send: { step: 'review', preview } });
  const notices: Notice[] = [];
  pane.store.subscribe(() => {
    const { notice } = pane.store.getState();
    if (notice !== notices.at(-1)) notices.push(notice);
  });
  return { xl, pane, notices };
}

test('copies all 2,500 clients, the first 1,000 from the preview and the rest page by page, saying how far it is', async () => {
  const all = bucket(2500);
  const { client, calls } = pagingClient(all);
  const { xl, pane, notices } = paneOn(client, previewOf(all));
  await pane.copyAccountonOnly();

  expect(calls.map((c) => c.offset)).toEqual([1000, 2000]);
  const sheet = xl.sheet('Only in Accounton');
  const row = (r: number) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => xl.valueAt(sheet, `${c}${r}`));
  expect(row(1)).toEqual(['First name', 'Last name', 'E-mail', 'Client code', 'In this workflow', "In last season's workflow"]);
  expect(row(2)).toEqual(['Client', 'Nr0000', 'client0000@example.be', 'K0000', 'No', 'Yes']);
  expect(row(3).slice(4)).toEqual(['Yes', 'No']);
  expect(row(1001)[1]).toBe('Nr0999');
  expect(row(1002)[1]).toBe('Nr1000');
  expect(row(2501)).toEqual(['Client', 'Nr2499', 'client2499@example.be', 'K2499', 'No', 'Yes']);
  expect(row(2502)[1]).toBe('');
  expect(notices).toEqual([
    { key: 'copy.reading', params: { read: 1000, total: 2500 }, intent: 'info' },
    { key: 'copy.reading', params: { read: 2000, total: 2500 }, intent: 'info' },
    { key: 'copy.writing', params: { count: 2500 }, intent: 'info' },
    { key: 'copy.done', params: { sheet: 'Only in Accounton' }, intent: 'success' },
  ]);
});

test('a page that cannot be read: the copy fails with its notice and writes no sheet', async () => {
  const all = bucket(1500);
  const failing: ApiClient = { ...pagingClient(all).client, accountonOnly: () => Promise.reject(new Error('offline')) };
  const { xl, pane } = paneOn(failing, previewOf(all));
  await pane.copyAccountonOnly();
  expect(pane.store.getState().notice).toEqual({ key: 'copy.failed', intent: 'error' });
  expect(xl.sheets.map((s) => s.name)).toEqual(['Sheet1']);
});

test('a second click while copying does not start a second copy', async () => {
  const all = bucket(1500);
  const { client, calls } = pagingClient(all);
  const { xl, pane } = paneOn(client, previewOf(all));
  await Promise.all([pane.copyAccountonOnly(), pane.copyAccountonOnly()]);
  expect(calls).toHaveLength(1);
  expect(xl.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Only in Accounton']);
});

test('the pane’s Copy button shows the reading progress, then where the whole list went', async () => {
  const all = bucket(1200);
  const paging = pagingClient(all);
  let release = () => {};
  const held: ApiClient = {
    ...paging.client,
    accountonOnly: (id, page, o) =>
      new Promise<AccountonOnlyPage>((resolve) => { release = () => resolve(paging.client.accountonOnly(id, page, o)); }),
  };
  const { xl, pane } = paneOn(held, previewOf(all));
  render(<App pane={pane} />);
  const u = userEvent.setup();
  await u.click(await screen.findByRole('tab', { name: 'Only in Accounton 1200' }));
  await u.click(screen.getByRole('button', { name: 'Copy to a new sheet' }));
  expect((await screen.findByText('Reading the clients only in Accounton: 1000 of 1200…')).closest('[role="status"]')).toBeTruthy();
  release();
  expect(await screen.findByText('Copied to the sheet “Only in Accounton”.')).toBeTruthy();
  expect(xl.valueAt(xl.sheet('Only in Accounton'), 'B1201')).toBe('Nr1199');
});
