// The web importer end to end, in Debian's Chromium: the real server (the CLI's `serve`, on a temporary
// SQLite database) serving the built page; upload a filled template, review, add; check through the API.
// Screenshots of each step go to test-results/.
import { spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createClient, type ApiClient } from '../../src/api/client';
import { writeTemplate } from '../../src/io';
import { openDatabase } from '../../src/server/db';
import { CHROMIUM_ARGS, seriousViolations } from './chromium';
import { cli, DIST, startServe } from './serve';
import { addExistingClient, addShortFrenchQuestionnaire, EXISTING, FILE_ROWS, SHORT_FRENCH } from '../ui/review/fixtures';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results');

interface Firm { firmId: string; adminKey: string; workflowId: string }

// The review fixture with warnings the checks find but that leave the rows valid: Bart's unknown country,
// and on the duplicate a deadline already past; Chris's language differs from Accounton's, to read it back.
const E2E_ROWS = FILE_ROWS.map((r) => {
  if (r.row === 3) return { ...r, values: { ...r.values, country: 'Narnia' } };
  if (r.row === 4) return { ...r, values: { ...r.values, declarationDeadline: '2020-01-31', language: 'english' } };
  return r;
});

let tmp: string;
let server: ChildProcess;
let baseUrl: string;
let file: string;
let emptyFile: string;
const firms: Firm[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    // The page is built by `npm test` before jest; build it here when this file runs alone.
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build failed: the web page cannot be tested');
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accounton-e2e-'));
  const db = path.join(tmp, 'e2e.sqlite');
  for (const name of ['Fiduciaire Souris', 'Fiduciaire Clavier']) firms.push(JSON.parse(cli(['seed-demo', '--db', db, '--firm', name])) as Firm);
  const adb = await openDatabase(db);
  for (const f of firms) await addShortFrenchQuestionnaire(adb.db, f.firmId, f.workflowId);
  await adb.close();

  ({ child: server, url: baseUrl } = await startServe(db));
  for (const f of firms) await addExistingClient(api(f), f.workflowId);
  file = path.join(tmp, 'clients.xlsx');
  fs.writeFileSync(file, await writeTemplate({ lang: 'en', rows: E2E_ROWS.map((r) => r.values) }));
  emptyFile = path.join(tmp, 'empty.xlsx');
  fs.writeFileSync(emptyFile, await writeTemplate({ lang: 'en', rows: [] }));
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  server?.kill('SIGTERM');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function api(f: Firm): ApiClient {
  return createClient({ baseUrl, apiKey: f.adminKey });
}

async function browser(): Promise<BrowserContext> {
  const dir = fs.mkdtempSync(path.join(tmp, 'chromium-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  });
}

/** Screenshot of the step, and an axe-core scan of it with no serious or critical violation. */
async function step(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `web-${name}.png`), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
}

/** Presses Tab until the focused element matches; only the keyboard moves the focus. */
async function tabTo(page: Page, matches: (el: { tag: string; name: string; type: string; role: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const labelled = a?.getAttribute('aria-labelledby');
      const name = a?.getAttribute('aria-label')
        ?? (labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null)
        ?? ((a as HTMLInputElement | null)?.labels?.[0]?.textContent ?? a?.textContent ?? '');
      return { tag: a?.tagName.toLowerCase() ?? '', name: name.trim(), type: a?.getAttribute('type') ?? '', role: a?.getAttribute('role') ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('the element was not reached with the Tab key');
}

async function checkResult(f: Firm) {
  const page = await api(f).clients({ limit: 100 });
  expect(page.total).toBe(3 + 5); // the three of the file, and seed-demo's five of last season
  const anne = page.clients.find((c) => c.values.firstName === 'Anne')!;
  const bart = page.clients.find((c) => c.values.firstName === 'Bart')!;
  const chris = page.clients.find((c) => c.values.lastName === 'Janssens')!;
  const questionnaires = await api(f).questionnaires({ workflowId: f.workflowId });
  const nameOf = (id: string) => questionnaires.find((q) => q.id === id)?.name;
  expect(anne.dossiers.map((d) => [d.status, nameOf(d.questionnaireId)])).toEqual([['not_sent', SHORT_FRENCH]]);
  expect(bart.dossiers.map((d) => [d.status, nameOf(d.questionnaireId)])).toEqual([['not_sent', 'Aangifte in de personenbelasting']]);
  // Only the two ticked fields changed; street (offered, unticked) and city (blank in the file) did not.
  expect(chris.values).toMatchObject({ email: 'chris@janssens.example.be', mobile: '+32470123456', city: EXISTING.city, firstName: 'Chris' });
  expect(chris.values.street ?? null).toBeNull();
}

test('upload a filled template, review the four buckets, add the clients: each once, with status not_sent', async () => {
  const f = firms[0];
  const context = await browser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const commits: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/commit')) commits.push(r.headers()['idempotency-key']); });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Accounton client import' }).waitFor();
    await step(page, '01-start');

    await page.getByLabel('API key').fill(f.adminKey);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('Connected to Fiduciaire Souris as Sophie Peeters.').waitFor();
    const workflow = page.getByRole('combobox', { name: 'Workflow' });
    await expect(workflow.inputValue()).resolves.toBe(f.workflowId);
    const template = await page.getByRole('link', { name: 'Download the template (.xlsx)' }).getAttribute('href');
    expect(template).toBe(`${baseUrl}/api/v1/template.xlsx?lang=en`);
    expect((await fetch(template!)).headers.get('content-type')).toMatch(/spreadsheetml/);
    // The page's own button, not the browser's "Choose File"; the chosen file's name beside it.
    await page.getByText('No file chosen yet').waitFor();
    await page.getByLabel('Filled template (.xlsx)').setInputFiles(file);
    await page.getByText('clients.xlsx').waitFor();
    await step(page, '02-connected');

    await page.getByRole('button', { name: 'Upload and review' }).click();
    await page.getByRole('tablist').waitFor();
    for (const name of ['Only in the import 2 (1 warning)', 'Duplicates 1 (1 warning)', 'Invalid 1', 'Only in Accounton 5']) {
      await expect(page.getByRole('tab', { name }).count()).resolves.toBe(1);
    }
    await page.getByRole('combobox', { name: 'Questionnaire of Anne Dupont' }).selectOption({ label: SHORT_FRENCH });
    await expect(page.getByRole('button', { name: /warning for Anne Dupont/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '1 warning for Bart Peeters' }).click();
    await page.getByRole('listitem').filter({ hasText: /^L3 Country: .*unknown/i }).waitFor();
    await step(page, '03-only-in-import');

    await page.getByRole('tab', { name: /Duplicates/ }).click();
    await page.getByRole('checkbox', { name: 'Overwrite Email of Chris Janssens' }).check();
    await page.getByRole('checkbox', { name: 'Overwrite Mobile Number of Chris Janssens' }).check();
    await expect(page.getByRole('checkbox', { name: /City/ }).count()).resolves.toBe(0);
    // Stored codes read as words: dutch → english is "Dutch", "English".
    const language = page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: 'Overwrite Language of Chris Janssens' }) });
    await expect(language.getByRole('cell').allTextContents()).resolves.toEqual(['', 'Language', 'Dutch', 'English']);
    await page.getByRole('button', { name: '1 warning for Chris Janssens' }).click();
    await page.getByRole('listitem').filter({ hasText: /Declaration Deadline/ }).waitFor();
    await step(page, '04-duplicates');

    await page.getByRole('tab', { name: /Invalid/ }).click();
    const invalid = page.getByRole('row').filter({ hasText: 'F · Registration Number' });
    await expect(invalid.first().getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['5', 'Dirk Claes', 'F · Registration Number', '85061503399']),
    );
    await step(page, '05-invalid');

    await page.getByRole('tab', { name: /Only in Accounton/ }).click();
    // seed-demo's firm has five clients from last season, none of them in this file.
    await page.getByText('Sarah Wilson').waitFor();
    await step(page, '06-only-in-accounton');

    // From the last tab, the button counts the choices of every tab, and asks before writing.
    await page.getByRole('button', { name: 'Add 2 new clients and update 1' }).dblclick();
    const dialog = page.getByRole('alertdialog', { name: 'Write these changes to Accounton?' });
    await dialog.waitFor();
    await expect(dialog.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Anne Dupont', 'Bart Peeters', 'Chris Janssens (row 4): Email and Mobile Number',
    ]);
    expect(commits).toHaveLength(0);
    await step(page, '07-confirm');
    await dialog.getByRole('button', { name: 'Confirm' }).dblclick();
    // The closing dialog still shows the same lines as the summary for a moment.
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await page.getByText('2 clients added with status Not sent.').waitFor();
    await page.getByText(`Anne Dupont (row 2): ${SHORT_FRENCH}`).waitFor();
    await page.getByText('1 client updated.').waitFor();
    await page.getByText('Chris Janssens (row 4): Email and Mobile Number').waitFor();
    await step(page, '08-summary');

    expect(commits).toHaveLength(1);
    await checkResult(f);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the results (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^accounton-results-.+\.xlsx$/);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const rows = book.getWorksheet('Accounton results')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 4));
    expect(rows).toEqual([['2', 'Anne Dupont', 'Added'], ['3', 'Bart Peeters', 'Added'], ['4', 'Chris Janssens', 'Updated'], ['5', 'Dirk Claes', 'Invalid']]);
  } finally {
    await context.close();
  }
});

test('the same flow with the keyboard only', async () => {
  const f = firms[1];
  const context = await browser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Accounton client import' }).waitFor();
    const kb = page.keyboard;

    await tabTo(page, (el) => el.tag === 'input' && el.type === 'password');
    await kb.type(f.adminKey);
    await kb.press('Enter');
    await page.getByText('Connected to Fiduciaire Clavier as Sophie Peeters.').waitFor();

    // The page's file button opens the file dialog from the keyboard; the dialog itself is the browser's.
    // Waited for before the key is pressed, so that Playwright intercepts the chooser by then.
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, (el) => el.name === 'Choose a file…');
    await kb.press('Enter');
    await (await chooser).setFiles(file);
    await tabTo(page, (el) => el.name === 'Upload and review');
    await kb.press('Enter');
    await page.getByRole('tablist').waitFor();
    await page.getByRole('heading', { name: '5. Review and add' }).waitFor();

    await tabTo(page, (el) => el.name === 'Questionnaire of Anne Dupont');
    await kb.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: 'Questionnaire of Anne Dupont' }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text))
      .resolves.toBe(SHORT_FRENCH);

    // Back to the tab list: arrow to Duplicates and select it.
    await tabTo(page, (el) => el.role === 'tab', 80);
    while (!(await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith('Duplicates')) await kb.press('ArrowRight');
    await kb.press('Enter');
    await tabTo(page, (el) => el.name === 'Overwrite Email of Chris Janssens');
    await kb.press('Space');
    await tabTo(page, (el) => el.name === 'Overwrite Mobile Number of Chris Janssens');
    await kb.press('Space');
    await tabTo(page, (el) => el.name === 'Add 2 new clients and update 1');
    await kb.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await tabTo(page, (el) => el.name === 'Confirm', 10);
    await kb.press('Enter');
    await page.getByText('2 clients added with status Not sent.').waitFor();
    await step(page, '09-keyboard-summary');
    await checkResult(f);
  } finally {
    await context.close();
  }
});

test('a wrong key gets a clear error, and nothing is uploaded', async () => {
  const context = await browser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseUrl);
    await page.getByLabel('API key').fill(`acc_${crypto.randomBytes(6).toString('hex')}_wrong`);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('The API key was refused').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/ask an administrator of your firm/i);
    await expect(page.getByLabel('Filled template (.xlsx)').isDisabled()).resolves.toBe(true);
    await step(page, '10-wrong-key');
  } finally {
    await context.close();
  }
});

test('a template with no filled rows says so, in French, naming the sheet it read', async () => {
  const f = firms[0];
  const context = await browser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseUrl);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByLabel("Clé d'API").fill(f.adminKey);
    await page.getByRole('button', { name: 'Tester la connexion' }).click();
    await page.getByRole('combobox', { name: 'Flux de travail' }).waitFor();
    await page.getByRole('button', { name: 'Choisir un fichier…' }).waitFor();
    await page.getByText('Aucun fichier choisi').waitFor();
    await page.getByLabel('Modèle complété (.xlsx)').setInputFiles(emptyFile);
    await page.getByText('empty.xlsx').waitFor();
    await page.getByRole('button', { name: 'Envoyer et vérifier' }).click();
    await page.getByText('Aucun client trouvé dans ce fichier').waitFor();
    await page.getByText('La feuille « Accounton clients » n\'a aucune ligne remplie').waitFor();
    await expect(page.getByRole('tablist').count()).resolves.toBe(0);
    await step(page, '11-empty-file');
  } finally {
    await context.close();
  }
});
