/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// The web importer's mapping step, against the real API on a port (SQLite): a sheet with the firm's own
// headers shows the mapping, an unmapped required field blocks it, the confirmed mapping is remembered and
// the file is reviewed; the next upload says the remembered mapping was applied.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { openDatabase, type AppDatabase } from '../../src/server/db';
import { seedDemoFirm, type SeededFirm } from '../../src/server/db/seed';
import { App } from '../../src/web/App';

jest.setTimeout(60_000);
// The upload and its answer, on a machine shared with other work.
const SLOW = { timeout: 20_000 };

let adb: AppDatabase;
let app: FastifyInstance;
let firm: SeededFirm;
const nodeFetch = globalThis.fetch;

beforeAll(async () => {
  adb = await openDatabase(':memory:');
  firm = await seedDemoFirm(adb.db, { now: new Date() });
  app = await buildApp({ db: adb, rateLimit: false });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  // The page talks to its own origin: send that to the server on its port.
  globalThis.fetch = (input, init) => nodeFetch(String(input).replace(window.location.origin, baseUrl), init);
});

afterAll(async () => {
  globalThis.fetch = nodeFetch;
  await app.close();
  await adb.close();
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/** The firm's own sheet; `extra` headers make another signature (one no mapping is remembered for). */
async function ownHeadersFile(extra: string[] = []): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Klanten');
  sheet.addRow(['Familie', 'Voornaam', 'Mail', 'Spreekt', ...extra]);
  sheet.addRow(['Peeters', 'Jan', 'jan@example.be', 'NL']);
  sheet.addRow(['Dupont', 'Marie', 'marie@example.be', 'FR']);
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], 'klanten.xlsx');
}

/** Once the stored key is tested and a workflow chosen, the upload button is enabled. */
async function uploadWhenConnected(user: ReturnType<typeof userEvent.setup>, label: RegExp, button: string, file?: File) {
  const send = screen.getByRole('button', { name: button });
  await waitFor(() => expect(send.getAttribute('aria-disabled')).not.toBe('true'), SLOW);
  await user.upload(screen.getByLabelText(label), file ?? (await ownHeadersFile()));
  await user.click(send);
}

async function connectAndUpload(user: ReturnType<typeof userEvent.setup>) {
  window.localStorage.setItem('accounton-import.apiKey', firm.adminKey);
  window.localStorage.setItem('accounton-import.lang', 'en');
  render(<App />);
  await uploadWhenConnected(user, /filled template/i, 'Upload and review');
}

test('a sheet with its own headers: map, remember, review; next time the remembered mapping applies', async () => {
  const user = userEvent.setup();
  await connectAndUpload(user);

  await screen.findByRole('heading', { name: 'Map the columns' }, SLOW);
  // The suggestion, with each column's values; the last name is for the user to choose.
  const lastName = screen.getByRole('combobox', { name: 'A · Familie' });
  expect(lastName).toHaveProperty('value', 'ignore');
  expect(screen.getByRole('combobox', { name: 'C · Mail' })).toHaveProperty('value', 'email');
  expect(screen.getByText('Peeters · Dupont')).toBeTruthy();
  expect(screen.getByText(/Choose a column for: Lastname\. These fields are required\./)).toBeTruthy();
  const confirm = screen.getByRole('button', { name: 'Use this mapping' });
  expect(confirm.getAttribute('aria-disabled')).toBe('true');

  await user.selectOptions(lastName, 'lastName');
  expect(screen.queryByText(/Choose a column for/)).toBeNull();
  expect(screen.getByRole('checkbox', { name: /Remember for this firm/ })).toHaveProperty('checked', true);
  await user.click(confirm);

  await screen.findByRole('heading', { name: '5. Review and add' }, SLOW);
  expect(screen.getByText('The columns were read through the mapping you chose.')).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Map the columns' })).toBeNull();
  cleanup();

  await connectAndUpload(user);
  await screen.findByRole('heading', { name: '5. Review and add' }, SLOW);
  expect(screen.getByText('The columns were read through the mapping remembered for your firm.')).toBeTruthy();
  expect(screen.getByText(/A “Familie” → Lastname/)).toBeTruthy();
});

test('the mapping step speaks the page\'s language', async () => {
  const user = userEvent.setup();
  window.localStorage.setItem('accounton-import.apiKey', firm.adminKey);
  window.localStorage.setItem('accounton-import.lang', 'nl');
  render(<App />);
  await uploadWhenConnected(user, /ingevulde sjabloon/i, 'Uploaden en controleren', await ownHeadersFile(['Opmerking']));
  await screen.findByRole('heading', { name: 'Koppel de kolommen' }, SLOW);
  expect(screen.getByText(/Kies een kolom voor: .*Deze velden zijn verplicht\./)).toBeTruthy();
});
