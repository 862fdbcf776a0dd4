/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// The pane's whole flow against the real API on a port and the workbook double: send (with the invalid-rows
// confirmation), review, commit, and each row's outcome written back to a results sheet.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { firmWithClient, paneOver, startApi, type Api } from './helpers';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
afterEach(cleanup);

test('send, confirm the invalid row, review, add, and each row’s outcome lands in a results sheet', async () => {
  const firm = await firmWithClient(api);
  const { xl, sheet, pane } = await paneOver(api, firm);
  const templateBefore = xl.snapshot(sheet, { r1: 1, r2: 5, c1: 0, c2: 16 }).map((r) => r.map((c) => c?.value ?? ''));
  const u = userEvent.setup();
  render(<App pane={pane} />);

  await u.click(screen.getByRole('tab', { name: 'Send' }));
  await u.click(await screen.findByRole('button', { name: 'Send to Accounton' }));
  const confirm = await screen.findByRole('alert');
  expect(confirm.textContent).toContain('1 row is invalid');
  expect(confirm.textContent).toContain('Of 4 filled rows, 1 has errors');
  await u.click(within(confirm).getByRole('button', { name: 'Send anyway' }));

  // The server sorted all four rows, the invalid one included.
  expect(await screen.findByRole('tab', { name: 'Only in the import 2' })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Duplicates 1' })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Invalid 1' })).toBeTruthy();

  // Invalid: a click selects the cell in the sheet.
  await u.click(screen.getByRole('tab', { name: 'Invalid 1' }));
  await u.click(screen.getByRole('button', { name: /F5/ }));
  expect(xl.selection).toEqual({ sheet: 'Accounton clients', address: 'F5' });

  // Leave Bart out, add Anne; the duplicate keeps its Accounton values.
  await u.click(screen.getByRole('tab', { name: 'Only in the import 2' }));
  await u.click(screen.getByRole('checkbox', { name: /Bart Peeters/ }));
  await u.click(screen.getByRole('button', { name: 'Add 1 new client' }));
  // The confirmation names who will be added before anything is written (found with hidden: see test/ui/review).
  const dialog = await screen.findByRole('alertdialog', { hidden: true });
  expect(within(dialog).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual(['Anne Dupont']);
  await u.click(within(dialog).getByRole('button', { name: 'Confirm', hidden: true }));
  await screen.findByText(/Each row’s outcome is in the sheet “Accounton results”/);

  const results = xl.sheet('Accounton results');
  const table = [1, 2, 3, 4, 5].map((r) => ['A', 'B', 'C'].map((c) => xl.valueAt(results, `${c}${r}`)));
  expect(table).toEqual([
    ['Row', 'Name', 'Outcome'],
    ['2', 'Anne Dupont', 'Added'],
    ['3', 'Bart Peeters', 'Not selected'],
    ['4', 'Chris Janssens', 'Duplicate (not updated)'],
    ['5', 'Dirk Claes', 'Invalid'],
  ]);
  expect(String(xl.valueAt(results, 'D5'))).toMatch(/check digits|checksum|control/i);
  expect(xl.formatAt(results, 'A2')).toBe('@');
  // The template itself was not touched.
  expect(xl.snapshot(sheet, { r1: 1, r2: 5, c1: 0, c2: 16 }).map((r) => r.map((c) => c?.value ?? ''))).toEqual(templateBefore);
  await act(() => xl.settle());
});

test('"Show them" goes back to the check on the first invalid cell instead of sending', async () => {
  const firm = await firmWithClient(api);
  const { xl, pane } = await paneOver(api, firm);
  const u = userEvent.setup();
  render(<App pane={pane} />);
  await u.click(screen.getByRole('tab', { name: 'Send' }));
  await u.click(await screen.findByRole('button', { name: 'Send to Accounton' }));
  await u.click(await screen.findByRole('button', { name: 'Show them' }));
  expect(screen.getByRole('tab', { name: 'Check', selected: true })).toBeTruthy();
  expect(xl.selection).toEqual({ sheet: 'Accounton clients', address: 'F5' });
  expect(pane.store.getState().send).toEqual({ step: 'idle' });
  await act(() => xl.settle());
});

test('a refused key: the error says so with Retry, and the sheet is unchanged', async () => {
  const { xl, sheet, pane } = await paneOver(api, null);
  pane.saveSettings({ ...pane.store.getState().settings, apiKey: 'not-a-key' });
  const before = JSON.stringify([...sheet.cells]);
  const u = userEvent.setup();
  render(<App pane={pane} />);
  await u.click(screen.getByRole('tab', { name: 'Send' }));
  await u.click(await screen.findByRole('button', { name: 'Send to Accounton' }));
  await u.click(await screen.findByRole('button', { name: 'Send anyway' }));
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(alert.textContent).toMatch(/API key/));
  expect(alert.textContent).toContain('Nothing in the sheet was changed.');
  expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  expect(JSON.stringify([...sheet.cells])).toBe(before);
  expect(xl.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Accounton clients']);
});
