/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// The pane's "Load clients from Accounton" button: its progress with Cancel, then where the clients went,
// in the pane's language; the API client is a fake serving the firm's clients.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiClient } from '../../src/api/client';
import type { ClientsPage } from '../../src/api/contract/schemas';
import { createAddin } from '../../src/commands/addin';
import type { Lang } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { PaneController } from '../../src/taskpane/controller';
import { ExcelDouble } from '../excel/double';
import { client as clientValues } from '../excel/fixtures';

afterEach(cleanup);

/** The pane on its Send view with a key and no template yet, its API client serving `count` clients, each page held until release(). */
function paneWith(count: number, lang: Lang = 'en', showPane?: () => Promise<void>) {
  const xl = new ExcelDouble();
  const pane = new PaneController({ host: xl.host, lang, storage: null, origin: 'http://127.0.0.1:9', showPane });
  // As the add-in wires it: Insert template comes from the workbook actions.
  createAddin(xl.host, lang, pane.store);
  const waiting: (() => void)[] = [];
  const api = {
    clients: (query: { limit?: number; offset?: number } = {}) =>
      new Promise<ClientsPage>((resolve) => waiting.push(() => {
        const offset = query.offset ?? 0;
        const limit = query.limit ?? 100;
        const ids = Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) => offset + i);
        resolve({ clients: ids.map((i) => ({ id: `c${i}`, values: clientValues(i), createdAt: '', updatedAt: '', dossiers: [] })), total: count, limit, offset });
      })),
  } as unknown as ApiClient;
  jest.spyOn(pane, 'client').mockReturnValue(api);
  pane.store.setState({ view: 'send', settings: { ...pane.store.getState().settings, apiKey: 'acc_test' } });
  // Inside act: the page's answer updates the pane, as a user's click would.
  const release = () =>
    act(async () => {
      while (waiting.length === 0) await new Promise((r) => setTimeout(r, 1));
      waiting.shift()!();
    });
  return { xl, pane, release };
}

test('shows how far the load is, then the sheet the clients are in', async () => {
  const { xl, pane, release } = paneWith(5000);
  render(<App pane={pane} />);
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Load clients from Accounton' }));
  for (let page = 0; page < 4; page++) await release();
  expect(await screen.findByText('4000 of 5000 clients written…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  await release();
  expect(await screen.findByText(/^5000 clients loaded into the sheet “Accounton clients”\./)).toBeTruthy();
  expect(xl.valueAt(xl.sheet('Accounton clients'), 'B5001')).toBe('Jan4999');
});

test('Cancel keeps the rows written and says how many, in Dutch too', async () => {
  const { pane, release } = paneWith(5000, 'nl');
  render(<App pane={pane} />);
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Klanten laden uit Accounton' }));
  for (let page = 0; page < 4; page++) await release();
  await screen.findByText('4000 van 5000 klanten geschreven…');
  await u.click(screen.getByRole('button', { name: 'Annuleren' }));
  await release();
  expect(await screen.findByText('Geannuleerd: 4000 van 5000 klanten werden geladen in het blad “Accounton clients”.')).toBeTruthy();
});

test('the ribbon’s Load clients opens the pane on the load', async () => {
  const shown = jest.fn(async () => {});
  const { xl, pane, release } = paneWith(3, 'en', shown);
  pane.store.setState({ view: 'check' });
  const loading = pane.loadFromRibbon();
  await release();
  await loading;
  expect(shown).toHaveBeenCalled();
  expect(pane.store.getState().view).toBe('send');
  expect(pane.loader.store.getState().load).toMatchObject({ step: 'done', rows: 3, template: true });
  expect(xl.valueAt(xl.sheet('Accounton clients'), 'B4')).toBe('Jan2');
});
