/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// The review components against the real API on a port (SQLite), each test with its own firm.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FastifyInstance } from 'fastify';
import { createClient, type ApiClient } from '../../../src/api/client';
import type { Lang } from '../../../src/core/lang';
import { buildApp } from '../../../src/server/app';
import { openDatabase, type AppDatabase } from '../../../src/server/db';
import { seedDemo, seedDemoFirm, type SeededFirm } from '../../../src/server/db/seed';
import type { ImportPreview } from '../../../src/api/contract/schemas';
import { ReviewSteps, type ReviewStepsProps } from '../../../src/ui/review/ReviewSteps';
import { addExistingClient, addShortFrenchQuestionnaire, EXISTING, FILE_ROWS, SHORT_FRENCH } from './fixtures';

let adb: AppDatabase;
let app: FastifyInstance;
let baseUrl: string;
let firmCount = 0;

beforeAll(async () => {
  adb = await openDatabase(':memory:');
  app = await buildApp({ db: adb, rateLimit: false });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app.close();
  await adb.close();
});

afterEach(cleanup);

interface Setup { firm: SeededFirm; client: ApiClient; preview: ImportPreview }

async function freshImport(lang: Lang = 'en'): Promise<Setup> {
  const firm = await seedDemoFirm(adb.db, { firmName: `Firm ${++firmCount}` });
  await addShortFrenchQuestionnaire(adb.db, firm.firmId, firm.workflowId);
  const client = createClient({ baseUrl, apiKey: firm.adminKey, lang });
  await addExistingClient(client, firm.workflowId);
  const preview = await client.createImport({ workflowId: firm.workflowId, source: 'excel-addin', rows: FILE_ROWS });
  return { firm, client, preview };
}

async function show(setup: Setup, props: Partial<ReviewStepsProps> = {}) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewSteps client={setup.client} preview={setup.preview} lang="en" {...props} />
    </FluentProvider>,
  );
  await screen.findByRole('tablist');
}

const user = () => userEvent.setup();
const checked = (el: HTMLElement) => (el as HTMLInputElement).checked;
const addButton = () => screen.getByRole('button', { name: /Add the selected clients to Accounton/ });
const rowOf = (name: RegExp) => screen.getByRole('checkbox', { name }).closest('tr') as HTMLElement;

test('the four buckets are tabs with their counts', async () => {
  await show(await freshImport());
  for (const name of ['Only in the import 2', 'Duplicates 1', 'Invalid 1', 'Only in Accounton 0']) {
    expect(screen.getByRole('tab', { name })).toBeTruthy();
  }
  expect(screen.getAllByRole('tab')).toHaveLength(4);
  expect(screen.getByRole('tab', { selected: true }).getAttribute('aria-controls')).toBe(screen.getByRole('tabpanel').id);
});

test('new clients are all selected, in their row language, with the questionnaire list of that language', async () => {
  await show(await freshImport());
  expect(checked(screen.getByRole('checkbox', { name: 'Add Anne Dupont (row 2)' }))).toBe(true);
  expect(checked(screen.getByRole('checkbox', { name: 'Add Bart Peeters (row 3)' }))).toBe(true);
  expect((screen.getByRole('combobox', { name: 'Language of Anne Dupont' }) as HTMLSelectElement).value).toBe('french');
  const anne = screen.getByRole('combobox', { name: 'Questionnaire of Anne Dupont' });
  const names = within(anne).getAllByRole('option').map((o) => o.textContent);
  expect(names).toEqual(['Choose a questionnaire', "Déclaration d'impôt sur le revenu des personnes physiques", SHORT_FRENCH]);
  expect((anne as HTMLSelectElement).selectedOptions[0].textContent).toBe("Déclaration d'impôt sur le revenu des personnes physiques");
  const bart = screen.getByRole('combobox', { name: 'Questionnaire of Bart Peeters' });
  expect(within(bart).getAllByRole('option').map((o) => o.textContent)).toEqual(['Aangifte in de personenbelasting']);
});

test('changing a language switches the questionnaire list to that language', async () => {
  await show(await freshImport());
  await user().selectOptions(screen.getByRole('combobox', { name: 'Language of Bart Peeters' }), 'french');
  const bart = screen.getByRole('combobox', { name: 'Questionnaire of Bart Peeters' }) as HTMLSelectElement;
  expect(bart.selectedOptions[0].textContent).toBe("Déclaration d'impôt sur le revenu des personnes physiques");
  expect(within(bart).queryByRole('option', { name: 'Aangifte in de personenbelasting' })).toBeNull();
});

test('select none, select all, and apply to selected changes only the selected clients', async () => {
  await show(await freshImport());
  const u = user();
  await u.click(screen.getByRole('button', { name: 'Select none' }));
  expect(checked(screen.getByRole('checkbox', { name: /Anne Dupont/ }))).toBe(false);
  expect(screen.getByText('0 of 2 selected')).toBeTruthy();
  await u.click(screen.getByRole('button', { name: 'Select all' }));
  expect(screen.getByText('2 of 2 selected')).toBeTruthy();

  await u.click(screen.getByRole('checkbox', { name: /Anne Dupont/ }));
  await u.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'french');
  await u.selectOptions(screen.getByRole('combobox', { name: 'Questionnaire' }), SHORT_FRENCH);
  await u.click(screen.getByRole('button', { name: 'Apply to selected' }));
  expect(screen.getByText('Applied to 1 client.')).toBeTruthy();
  expect((screen.getByRole('combobox', { name: 'Language of Bart Peeters' }) as HTMLSelectElement).value).toBe('french');
  expect((screen.getByRole('combobox', { name: 'Questionnaire of Bart Peeters' }) as HTMLSelectElement).selectedOptions[0].textContent).toBe(SHORT_FRENCH);
  expect((screen.getByRole('combobox', { name: 'Questionnaire of Anne Dupont' }) as HTMLSelectElement).selectedOptions[0].textContent)
    .toBe("Déclaration d'impôt sur le revenu des personnes physiques");
});

test('a client cannot be added without a questionnaire', async () => {
  const setup = await freshImport();
  const withoutDutch = (await setup.client.questionnaires({ workflowId: setup.firm.workflowId })).filter((q) => q.language !== 'dutch');
  await show(setup, { questionnaires: withoutDutch });
  expect(screen.getByText('No questionnaire in this language: choose another language.')).toBeTruthy();
  expect(screen.getByText('1 selected client has no questionnaire. Choose one, or untick the client.')).toBeTruthy();
  expect(addButton().getAttribute('aria-disabled')).toBe('true');
  await user().click(screen.getByRole('checkbox', { name: /Bart Peeters/ }));
  expect(addButton().getAttribute('aria-disabled')).not.toBe('true');
});

test('duplicates: every changed field off by default, blank import values never offered, ticked fields highlighted', async () => {
  await show(await freshImport());
  const u = user();
  await u.click(screen.getByRole('tab', { name: /Duplicates/ }));
  expect(screen.getByText('Matched by national register number')).toBeTruthy();
  const boxes = screen.getAllByRole('checkbox');
  expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual([
    'Overwrite Email of Chris Janssens', 'Overwrite Mobile Number of Chris Janssens', 'Overwrite Street of Chris Janssens',
  ]);
  boxes.forEach((b) => expect(checked(b)).toBe(false));
  expect(screen.queryByRole('checkbox', { name: /City/ })).toBeNull();

  await u.click(screen.getByRole('checkbox', { name: /Email of Chris/ }));
  expect(rowOf(/Email of Chris/).getAttribute('data-ticked')).toBe('true');
  expect(rowOf(/Street of Chris/).getAttribute('data-ticked')).toBe('false');
  expect(within(rowOf(/Email of Chris/)).getByText(EXISTING.email!)).toBeTruthy();
  expect(screen.getByText('1 field will be overwritten.')).toBeTruthy();
});

test('second season: a returning client is ticked to be added to this season in its language, and the commit attaches it', async () => {
  const firm = await seedDemo(adb.db, { firmName: `Firm ${++firmCount}` });
  const client = createClient({ baseUrl, apiKey: firm.adminKey, lang: 'en' });
  // Chris was a client last season only.
  await addExistingClient(client, firm.previousWorkflowId);
  const preview = await client.createImport({ workflowId: firm.workflowId, source: 'excel-addin', rows: FILE_ROWS });
  expect(preview.summary.duplicatesNotInWorkflow).toBe(1);
  await show({ firm, client, preview });
  const u = user();
  await u.click(screen.getByRole('tab', { name: /Duplicates/ }));
  expect(checked(screen.getByRole('checkbox', { name: 'Add Chris Janssens to this season' }))).toBe(true);
  expect((screen.getByRole('combobox', { name: 'Language of Chris Janssens' }) as HTMLSelectElement).value).toBe('dutch');
  const questionnaire = screen.getByRole('combobox', { name: 'Questionnaire of Chris Janssens' }) as HTMLSelectElement;
  expect(questionnaire.selectedOptions[0].textContent).toBe('Aangifte in de personenbelasting');
  await u.click(addButton());
  await screen.findByRole('heading', { name: 'Import finished' });
  expect(screen.getByText('1 returning client added to this season with status Not sent.')).toBeTruthy();
  const chris = (await client.clients({ query: 'Janssens' })).clients[0];
  expect(chris.dossiers.map((d) => d.workflowId).sort()).toEqual([firm.previousWorkflowId, firm.workflowId].sort());
});

test('invalid rows show row, column and the issue in the user language; the pane gets a cell to select', async () => {
  const setup = await freshImport('fr');
  const selected: { row: number; column: string }[] = [];
  await show(setup, { lang: 'fr', onSelectCell: (c) => selected.push(c) });
  await user().click(screen.getByRole('tab', { name: /Non valides/ }));
  const row = screen.getByRole('cell', { name: '5' }).closest('tr') as HTMLElement;
  expect(row.textContent).toContain('F · Numéro de registre national');
  expect(row.textContent).toMatch(/Erreur.*(chiffre|contrôle)/i);
  await user().click(within(row).getByRole('button', { name: 'Aller à la cellule F5' }));
  expect(selected).toEqual([{ row: 5, column: 'F' }]);
});

test('only in Accounton is read-only; "Copy to a new sheet" only when the host offers it', async () => {
  const setup = await freshImport();
  const other = await setup.client.createImport({ workflowId: setup.firm.workflowId, source: 'excel-addin', rows: [FILE_ROWS[0]] });
  let copies = 0;
  await show({ ...setup, preview: other }, { onCopyAccountonOnly: () => copies++ });
  await user().click(screen.getByRole('tab', { name: /Only in Accounton/ }));
  expect(screen.getByRole('cell', { name: 'Chris Janssens' })).toBeTruthy();
  expect(screen.getByText('Linked')).toBeTruthy();
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  await user().click(screen.getByRole('button', { name: 'Copy to a new sheet' }));
  expect(copies).toBe(1);
  cleanup();
  await show({ ...setup, preview: other });
  await user().click(screen.getByRole('tab', { name: /Only in Accounton/ }));
  expect(screen.queryByRole('button', { name: 'Copy to a new sheet' })).toBeNull();
});

test('a double-click on Add commits once; the summary counts what was done and reminds to send the questionnaires', async () => {
  const setup = await freshImport();
  const commits: string[] = [];
  const counting: ApiClient = {
    ...setup.client,
    commitImport: (id, body, key, o) => {
      commits.push(key);
      return setup.client.commitImport(id, body, key, o);
    },
  };
  let written = 0;
  await show({ ...setup, client: counting }, { onCommitted: () => written++ });
  const u = user();
  await u.selectOptions(screen.getByRole('combobox', { name: 'Questionnaire of Anne Dupont' }), SHORT_FRENCH);
  await u.click(screen.getByRole('tab', { name: /Duplicates/ }));
  await u.click(screen.getByRole('checkbox', { name: /Email of Chris/ }));
  await u.click(screen.getByRole('checkbox', { name: /Mobile Number of Chris/ }));
  await u.dblClick(addButton());

  await screen.findByRole('heading', { name: 'Import finished' });
  expect(commits).toHaveLength(1);
  expect(written).toBe(1);
  expect(screen.getByText('2 clients added with status Not sent.')).toBeTruthy();
  expect(screen.getByText('1 client updated.')).toBeTruthy();
  expect(screen.getByText(/questionnaires have not been sent yet/)).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Import finished' })));

  const page = await setup.client.clients({ limit: 100 });
  expect(page.total).toBe(3);
  const anne = page.clients.find((c) => c.values.firstName === 'Anne')!;
  expect(anne.dossiers).toEqual([expect.objectContaining({ status: 'not_sent' })]);
  const qs = await setup.client.questionnaires({ workflowId: setup.firm.workflowId });
  expect(qs.find((q) => q.id === anne.dossiers[0].questionnaireId)?.name).toBe(SHORT_FRENCH);
  const chris = page.clients.find((c) => c.values.lastName === 'Janssens')!;
  expect(chris.values).toMatchObject({ email: 'chris@janssens.example.be', mobile: '+32470123456', city: 'Gent' });
  expect(chris.values.street ?? null).toBeNull();

  // Another selection for the committed import is refused and creates nothing.
  const replay = await act(() => setup.client.commitImport(setup.preview.id, { add: [], update: [] }, commits[0]).catch((e: Error) => e));
  expect(replay).toBeInstanceOf(Error);
  expect((await setup.client.clients({ limit: 100 })).total).toBe(3);
});

test('a failed commit keeps every choice and offers Retry with the same key', async () => {
  const setup = await freshImport();
  const keys: string[] = [];
  let fail = true;
  const flaky: ApiClient = {
    ...setup.client,
    commitImport: (id, body, key, o) => {
      keys.push(key);
      if (fail) {
        fail = false;
        return createClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'x' }).commitImport(id, body, key, o);
      }
      return setup.client.commitImport(id, body, key, o);
    },
  };
  await show({ ...setup, client: flaky });
  const u = user();
  await u.click(screen.getByRole('checkbox', { name: /Bart Peeters/ }));
  await u.click(addButton());
  expect(await screen.findByText('The server cannot be reached')).toBeTruthy();
  expect(checked(screen.getByRole('checkbox', { name: /Bart Peeters/ }))).toBe(false);
  await u.click(screen.getByRole('button', { name: 'Retry' }));
  await screen.findByText('1 client added with status Not sent.');
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
});

test('a long bucket renders a page at a time, and the selection still covers every client', async () => {
  const setup = await freshImport();
  const rows = Array.from({ length: 250 }, (_, i) => ({
    row: i + 2,
    values: { person: 'person', firstName: `Client${i}`, lastName: 'Test', email: `client${i}@example.be`, language: 'french' },
  }));
  const big = await setup.client.createImport({ workflowId: setup.firm.workflowId, source: 'web', rows });
  await show({ ...setup, preview: big });
  expect(screen.getAllByRole('checkbox', { name: /^Add Client/ })).toHaveLength(200);
  expect(screen.getByText('Showing 200 of 250.')).toBeTruthy();
  expect(screen.getByText('250 new clients to add, 0 clients to update.')).toBeTruthy();
  await user().click(screen.getByRole('button', { name: 'Show 50 more' }));
  expect(screen.getAllByRole('checkbox', { name: /^Add Client/ })).toHaveLength(250);
  expect(screen.queryByText(/^Showing/)).toBeNull();
}, 60_000);

test('web page: after the commit, "Download the results (.xlsx)" fetches the workbook with the key and saves it; a failure says so', async () => {
  const setup = await freshImport();
  const saved: { blob: Blob; name: string }[] = [];
  const { saveBlob } = await import('../../../src/ui/download');
  const createObjectURL = jest.fn((blob: Blob) => { saved.push({ blob, name: '' }); return 'blob:results'; });
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  const clicked: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
  let fail = false;
  await show(setup, {
    onDownloadResults: async (id) => {
      if (fail) throw new Error('offline');
      saveBlob(await setup.client.resultsXlsx(id), `accounton-results-${id}.xlsx`);
    },
  });
  const u = user();
  await u.click(addButton());
  await screen.findByRole('heading', { name: 'Import finished' });
  await u.click(screen.getByRole('button', { name: 'Download the results (.xlsx)' }));
  await waitFor(() => expect(clicked).toEqual([`accounton-results-${setup.preview.id}.xlsx`]));
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await saved[0].blob.arrayBuffer());
  const outcomes = book.getWorksheet('Accounton results')!.getSheetValues().slice(2).map((r) => (r as unknown[])[3]);
  expect(outcomes).toContain('Added');
  fail = true;
  await u.click(screen.getByRole('button', { name: 'Download the results (.xlsx)' }));
  expect(await screen.findByText('The results could not be downloaded: offline')).toBeTruthy();
  jest.restoreAllMocks();
});
