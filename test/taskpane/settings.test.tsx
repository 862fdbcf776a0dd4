/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// Settings: the key is tested against the real API, kept in the browser's storage, never in the workbook;
// the workflow choice is remembered; the pane's language can be switched.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createClient } from '../../src/api/client';
import { loadSettings } from '../../src/taskpane/settings';
import { firmWithClient, paneOver, startApi, type Api } from './helpers';

let api: Api;
const workbookSettings: string[] = [];
beforeAll(async () => {
  api = await startApi();
  // Any use of the workbook's own settings (which travel with the file) is recorded.
  const record = (name: string) => () => void workbookSettings.push(name);
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { document: { settings: { set: record('set'), get: record('get'), saveAsync: record('saveAsync'), remove: record('remove') } } },
  };
});
afterAll(() => api.close());
afterEach(cleanup);

test('Test connection shows the firm, keeps the key in this browser only, and lets the user pick the workflow', async () => {
  const firm = await firmWithClient(api);
  const { xl, pane, storage } = await paneOver(api, null);
  await act(() => xl.settle());
  xl.resetCounters();
  const u = userEvent.setup();
  render(<App pane={pane} />);
  await u.click(screen.getByRole('tab', { name: 'Settings' }));
  expect((await screen.findByRole('textbox', { name: /Address of the Accounton import API/ }) as HTMLInputElement).value).toBe(api.baseUrl);
  await u.type(screen.getByLabelText(/API key/), firm.adminKey);
  await u.click(screen.getByRole('button', { name: 'Test connection' }));
  expect(await screen.findByText(/Connected to Pane firm \d+/)).toBeTruthy();
  const picker = await screen.findByRole('combobox', { name: 'Workflow' });
  expect((picker as HTMLSelectElement).value).toBe(firm.workflowId);

  expect(storage.data.get('accounton-addin.apiKey')).toBe(firm.adminKey);
  // A reload reads the same settings back.
  expect(loadSettings(storage, 'https://elsewhere.example').apiKey).toBe(firm.adminKey);
  // Nothing went to the workbook: no round trip to Excel, no document settings.
  expect(xl.syncs).toHaveLength(0);
  expect(workbookSettings).toEqual([]);
});

test('Test connection says when the key has expired or was revoked', async () => {
  const firm = await firmWithClient(api);
  const admin = createClient({ baseUrl: api.baseUrl, apiKey: firm.adminKey });
  const revoked = await admin.createKey({ userEmail: firm.staffEmail, name: 'Old laptop' });
  await admin.revokeKey(revoked.id);
  const expiring = await admin.createKey({ userEmail: firm.staffEmail, name: 'Trial', expiresAt: new Date(Date.now() + 60_000).toISOString() });
  await api.adb.db.updateTable('api_keys').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', expiring.id).execute();
  for (const [key, title, message] of [[revoked.key, 'Your API key was revoked', /revoked by an administrator/], [expiring.key, 'Your API key has expired', /has expired/]] as const) {
    const { pane } = await paneOver(api, null);
    const u = userEvent.setup();
    render(<App pane={pane} />);
    await u.click(screen.getByRole('tab', { name: 'Settings' }));
    await u.type(await screen.findByLabelText(/API key/), key);
    await u.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(title)).toBeTruthy();
    expect(document.body.textContent).toMatch(message);
    cleanup();
  }
});

test('a wrong address is refused before anything is stored', async () => {
  const { pane, storage } = await paneOver(api, null);
  const u = userEvent.setup();
  render(<App pane={pane} />);
  await u.click(screen.getByRole('tab', { name: 'Settings' }));
  const url = await screen.findByRole('textbox', { name: /Address of the Accounton import API/ });
  await u.clear(url);
  await u.type(url, 'http://accounton.example');
  await u.type(screen.getByLabelText(/API key/), 'some-key');
  await u.click(screen.getByRole('button', { name: 'Test connection' }));
  expect(screen.getByText(/Enter an address starting with https:\/\//)).toBeTruthy();
  expect(storage.data.size).toBe(0);
});

test('the language picker switches the whole pane, the review text included', async () => {
  const { pane } = await paneOver(api, null);
  const u = userEvent.setup();
  render(<App pane={pane} />);
  await u.click(screen.getByRole('tab', { name: 'Settings' }));
  await u.selectOptions(await screen.findByRole('combobox', { name: 'Language of the pane' }), 'fr');
  expect(screen.getByRole('tab', { name: 'Paramètres' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Tester la connexion' })).toBeTruthy();
  await u.click(screen.getByRole('tab', { name: 'Envoyer' }));
  await u.click(await screen.findByRole('button', { name: 'Envoyer à Accounton' }));
  expect(await screen.findByText('Saisissez d’abord votre clé d’API dans les Paramètres.')).toBeTruthy();
});
