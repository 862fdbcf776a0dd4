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
/** The commit button: its words say what it will do ("Add 2 new clients and update 1"). */
const commitButton = () => screen.getByRole('button', { name: /^(Add \d|Update \d|Nothing to add)/ });
// In jsdom, Tabster's modalizer at times leaves aria-hidden on the open dialog itself (never in Chromium:
// test/e2e/web.test.ts finds it by role and scans it with axe), so the dialog and its buttons are found with hidden.
const confirmDialog = () => screen.findByRole('alertdialog', { hidden: true });
const inDialog = (dialog: HTMLElement, name: string) => within(dialog).getByRole('button', { name, hidden: true });
/** The commit as a user makes it: the button, then Confirm in the dialog it opens. */
async function commitAndConfirm(u: ReturnType<typeof userEvent.setup>) {
  await u.click(commitButton());
  await u.click(inDialog(await confirmDialog(), 'Confirm'));
}
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
  expect(commitButton().getAttribute('aria-disabled')).toBe('true');
  await user().click(screen.getByRole('checkbox', { name: /Bart Peeters/ }));
  expect(commitButton().getAttribute('aria-disabled')).not.toBe('true');
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
  expect(commitButton().textContent).toBe('Add 2 new clients and attach 1 to this season');
  await commitAndConfirm(u);
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
  await u.dblClick(commitButton());
  await u.dblClick(inDialog(await confirmDialog(), 'Confirm'));

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
  await commitAndConfirm(u);
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
  expect(commitButton().textContent).toBe('Add 250 new clients');
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
  await commitAndConfirm(u);
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

/** A preview of the given rows in the firm of `setup` (its existing client is Chris Janssens). */
const importOf = (setup: Setup, rows: typeof FILE_ROWS) =>
  setup.client.createImport({ workflowId: setup.firm.workflowId, source: 'web', rows });

test('warnings: a mark on the rows that have them, listed on demand in the user language, counted in the tab', async () => {
  const setup = await freshImport('fr');
  const preview = await importOf(setup, [
    FILE_ROWS[0],
    { row: 3, values: { ...FILE_ROWS[1].values, country: 'Narnia' } },
    // Chris, with a deadline already past: a warning on a duplicate.
    { row: 4, values: { ...EXISTING, declarationDeadline: '2020-01-31' } },
  ]);
  await show({ ...setup, preview }, { lang: 'fr' });
  // French says "1 avertissement" in the singular.
  expect(screen.getByRole('tab', { name: "Seulement dans l'import 2 (1 avertissement)" })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Doublons 1 (1 avertissement)' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: /avertissement pour Anne Dupont/ })).toBeNull();
  const mark = screen.getByRole('button', { name: '1 avertissement pour Bart Peeters' });
  expect(mark.getAttribute('aria-expanded')).toBe('false');
  const u = user();
  await u.click(mark);
  expect(mark.getAttribute('aria-expanded')).toBe('true');
  const list = document.getElementById(mark.getAttribute('aria-controls')!)!;
  expect(list.textContent).toMatch(/^L3 Pays : Pays inconnu/);

  await u.click(screen.getByRole('tab', { name: /Doublons/ }));
  await u.click(screen.getByRole('button', { name: '1 avertissement pour Chris Janssens' }));
  expect(screen.getByRole('listitem').textContent).toMatch(/date limite/i);
});

test('invalid rows show whose row it is and the value the file holds', async () => {
  await show(await freshImport());
  await user().click(screen.getByRole('tab', { name: /Invalid/ }));
  const row = screen.getByRole('cell', { name: '5' }).closest('tr') as HTMLElement;
  const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
  expect(cells.slice(0, 4)).toEqual(['5', 'Dirk Claes', 'F · Registration Number', '85061503399']);
});

test('duplicates show languages, countries, dates and labels as a person reads them, in the user language', async () => {
  const setup = await freshImport('fr');
  const preview = await importOf(setup, [
    { row: 4, values: { ...EXISTING, language: 'english', country: 'Pays-Bas', declarationDeadline: '2099-06-30', labels: 'bureau Gand,dossier A' } },
  ]);
  await show({ ...setup, preview }, { lang: 'fr' });
  const valuesOf = (field: RegExp) => within(rowOf(field)).getAllByRole('cell').slice(2).map((c) => c.textContent);
  expect(valuesOf(/Remplacer Langue/)).toEqual(['Néerlandais', 'Anglais']);
  expect(valuesOf(/Remplacer Pays/)).toEqual(['(vide)', 'Pays-Bas']);
  expect(valuesOf(/Remplacer Date limite/)).toEqual(['(vide)', '30 juin 2099']);
  expect(valuesOf(/Remplacer Etiquette/)).toEqual(['(vide)', 'bureau Gand, dossier A']);
  // The stored codes themselves never show.
  expect(screen.queryByText('english')).toBeNull();
  expect(screen.queryByText('NL')).toBeNull();
});

test('the commit button says what it will do over all tabs, and asks first, naming the new clients', async () => {
  const setup = await freshImport();
  const commits: unknown[] = [];
  const counting: ApiClient = { ...setup.client, commitImport: (id, body, key, o) => { commits.push(body); return setup.client.commitImport(id, body, key, o); } };
  await show({ ...setup, client: counting });
  const u = user();
  await u.click(screen.getByRole('tab', { name: /Duplicates/ }));
  await u.click(screen.getByRole('checkbox', { name: /Email of Chris/ }));
  // From the Duplicates tab, the new clients ticked on the first tab are part of the commit: it says so.
  expect(commitButton().textContent).toBe('Add 2 new clients and update 1');
  await u.click(commitButton());
  const dialog = await confirmDialog();
  expect(within(dialog).getByText('2 new clients will be added, with status Not sent:')).toBeTruthy();
  expect(within(dialog).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([
    'Anne Dupont', 'Bart Peeters', 'Chris Janssens (row 4): Email',
  ]);
  await u.click(inDialog(dialog, 'Cancel'));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  expect(commits).toEqual([]);

  await u.click(screen.getByRole('tab', { name: /Only in the import/ }));
  await u.click(screen.getByRole('button', { name: 'Select none' }));
  expect(commitButton().textContent).toBe('Update 1 client');
  await commitAndConfirm(u);
  await screen.findByRole('heading', { name: 'Import finished' });
  expect(commits).toHaveLength(1);
  // An update-only commit does not read "0 clients added".
  expect(screen.queryByText(/clients? added/)).toBeNull();
  expect(screen.getByText('1 client updated.')).toBeTruthy();
  expect(screen.getByText('Chris Janssens (row 4): Email')).toBeTruthy();
});

test('with nothing selected, the commit button is disabled and says why', async () => {
  await show(await freshImport());
  await user().click(screen.getByRole('button', { name: 'Select none' }));
  const button = commitButton();
  expect(button.textContent).toBe('Nothing to add yet');
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent)
    .toBe('Nothing selected: tick at least one new client, or a field of a duplicate.');
});

test('the summary lists who was added with which questionnaire, in French with the singular for one', async () => {
  const setup = await freshImport('fr');
  await show(setup, { lang: 'fr' });
  const u = user();
  await u.click(screen.getByRole('checkbox', { name: /Anne Dupont/ }));
  expect(screen.getByRole('button', { name: 'Ajouter 1 nouveau client' })).toBeTruthy();
  await u.click(screen.getByRole('button', { name: 'Ajouter 1 nouveau client' }));
  await u.click(inDialog(await confirmDialog(), 'Confirmer'));
  await screen.findByRole('heading', { name: 'Import terminé' });
  expect(screen.getByText('1 client ajouté avec le statut Non envoyé.')).toBeTruthy();
  expect(screen.getByText('Bart Peeters (ligne 3) : Aangifte in de personenbelasting')).toBeTruthy();
});

test('a file with no filled rows says so instead of showing an empty review', async () => {
  const setup = await freshImport();
  const preview = await importOf(setup, []);
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewSteps client={setup.client} preview={preview} lang="en" />
    </FluentProvider>,
  );
  expect(await screen.findByText('No clients found in this file')).toBeTruthy();
  expect(screen.queryByRole('tablist')).toBeNull();
});
