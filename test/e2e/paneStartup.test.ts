// The task pane's start-up in Debian's Chromium: the production bundle (dist/) with the REAL Office.js from
// @microsoft/office-js, the CDN address routed to the package's files. Outside an Office host, and when
// Office.js cannot load at all, the pane says it runs inside Excel, how to sideload it, links the web
// importer and offers Retry, in the browser's language. With a minimal stand-in for Excel (Office and
// Excel.run only), the Settings view fits Excel's narrowest pane (320 px), and so does the mapping step of a
// sheet that is not the template (with no serious axe violation). Screenshots go to test-results/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { toLang } from '../../src/core/lang';
import { translate } from '../../src/taskpane/i18n';
import { CHROMIUM_ARGS, seriousViolations } from './chromium';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
// The pages as a host would serve them; page.route answers, so nothing listens on a port.
const ORIGIN = 'https://addin.example.test';
const SHOTS = path.join(ROOT, 'test-results');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };

let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    // `npm test` builds dist/ before jest; build it here when this file runs alone.
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build failed: the pane cannot be tested');
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

afterAll(() => browser?.close());

/** A file under `dir` for the URL path, never outside it. */
function fileUnder(dir: string, urlPath: string): string | null {
  const file = path.join(dir, decodeURIComponent(urlPath));
  return file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/**
 * A browser context whose pages come from dist/, with Office.js from the package (`office: 'package'`), or
 * failing to load (`'unreachable'`), or replaced by an empty script when a stand-in is installed.
 */
async function context(locale: string, office: 'package' | 'unreachable' | 'stand-in', width = 320): Promise<{ ctx: BrowserContext; officeFiles: string[] }> {
  const ctx = await browser.newContext({ locale, viewport: { width, height: 700 } });
  const officeFiles: string[] = [];
  await ctx.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href.startsWith(CDN)) {
      if (office === 'unreachable') return route.abort('internetdisconnected');
      if (office === 'stand-in') return route.fulfill({ contentType: 'text/javascript', body: '' });
      const file = fileUnder(OFFICE_JS, url.href.slice(CDN.length).replace(/\?.*$/, ''));
      if (file) officeFiles.push(path.relative(OFFICE_JS, file));
      return file ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.fulfill({ status: 404, body: '' });
    }
    if (url.origin === ORIGIN && url.pathname.startsWith('/api/v1/')) return api(route, url.pathname);
    if (url.origin === ORIGIN) {
      const file = fileUnder(DIST, url.pathname === '/' ? '/index.html' : url.pathname);
      return file ? route.fulfill({ path: file, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404, body: '' });
    }
    return route.abort('blockedbyclient'); // no other network: Office.js's telemetry and the like
  });
  return { ctx, officeFiles };
}

/** The import API's two answers that Settings needs, with the long names a real firm can have. */
function api(route: Route, pathname: string) {
  const json = (body: unknown) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
  if (pathname === '/api/v1/me') {
    return json({ firm: { id: 'f1', name: 'Fiduciaire Van den Bossche-Vanderstraeten & Associés' }, user: { id: 'u1', email: 'a@example.be', name: 'Anne-Sophie Vandenbroucke', role: 'admin' } });
  }
  if (pathname === '/api/v1/workflows') {
    return json({ workflows: [{ id: 'w1', name: 'Personenbelasting aanslagjaar 2026 – inkomsten 2025 (particulieren en zelfstandigen)', taxYear: 2026 }] });
  }
  return route.fulfill({ status: 404, contentType: 'application/json', body: '{}' });
}

async function open(ctx: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/taskpane.html`);
  return { page, errors };
}

const OUTSIDE = {
  'en-US': { title: 'This pane runs inside Excel', sideload: 'Upload My Add-in', link: 'web importer', retry: 'Retry' },
  'fr-BE': { title: 'Ce volet fonctionne dans Excel', sideload: 'Charger mon complément', link: 'importateur web', retry: 'Réessayer' },
  'nl-BE': { title: 'Dit deelvenster werkt in Excel', sideload: 'Mijn invoegtoepassing uploaden', link: 'webimport', retry: 'Opnieuw proberen' },
} as const;

async function expectOutsideNotice(page: Page, texts: (typeof OUTSIDE)[keyof typeof OUTSIDE]): Promise<void> {
  await page.getByRole('heading', { level: 1, name: texts.title }).waitFor({ timeout: 30_000 });
  expect(await page.locator('main').innerText()).toContain(texts.sideload);
  const link = page.getByRole('link', { name: new RegExp(texts.link) });
  expect(await link.getAttribute('href')).toBe('/');
  await page.getByRole('button', { name: texts.retry }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

test.each(Object.entries(OUTSIDE))('outside Office, with the real Office.js, the pane says it runs inside Excel (%s)', async (locale, texts) => {
  const { ctx, officeFiles } = await context(locale, 'package');
  try {
    const { page, errors } = await open(ctx);
    await expectOutsideNotice(page, texts);
    // Microsoft's own code ran: office.js itself, and what it loads after it.
    expect(officeFiles).toContain('office.js');
    expect(await page.evaluate(() => typeof Office.onReady)).toBe('function');
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `pane-outside-office-${locale}.png`), fullPage: true });
  } finally {
    await ctx.close();
  }
});

test('when Office.js cannot load, the pane says so, and Retry loads the page again', async () => {
  const { ctx } = await context('fr-BE', 'unreachable');
  try {
    const { page } = await open(ctx);
    await expectOutsideNotice(page, OUTSIDE['fr-BE']);
    expect(await page.getByRole('alert').innerText()).toContain('Office.js');
    await page.screenshot({ path: path.join(SHOTS, 'pane-no-office-js-fr-BE.png'), fullPage: true });
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await reloaded;
    await expectOutsideNotice(page, OUTSIDE['fr-BE']);
  } finally {
    await ctx.close();
  }
});

/** Office and Excel.run stood in for as a host would have them, minus Office.addin (no shared runtime). */
function standIn(displayLanguage: string): string {
  return `
    window.Office = {
      HostType: { Excel: 'Excel' },
      onReady(callback) {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        setTimeout(() => callback && callback(info));
        return Promise.resolve(info);
      },
      context: { displayLanguage: ${JSON.stringify(displayLanguage)}, requirements: { isSetSupported: () => true } },
      actions: { associate() {} },
    };
    window.Excel = { run: () => Promise.reject(new Error('no workbook here')) };`;
}

const SETTINGS = { 'en-US': 'Settings', 'fr-BE': 'Paramètres', 'nl-BE': 'Instellingen' } as const;

test.each(Object.entries(SETTINGS))('in Excel (stood in for), the Settings view fits 320 px without scrolling sideways (%s)', async (locale, tab) => {
  const { ctx } = await context(locale, 'stand-in');
  try {
    await ctx.addInitScript(standIn(locale));
    const { page, errors } = await open(ctx);
    // No Office.addin and a workbook that fails: the check says so, no endless "Checking the sheet…".
    await page.getByRole('alert').filter({ hasText: translate(toLang(locale), 'status.excelError', { code: 'Error' }) }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: tab }).click();
    await page.locator('input[type=password]').fill('acc_0123456789ab_secret');
    await page.locator('button[type=submit]').click();
    await page.getByRole('combobox').nth(0).waitFor();
    await page.getByRole('status').waitFor();
    await page.screenshot({ path: path.join(SHOTS, `pane-settings-320-${locale}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // "Settings" is said once, by the tab: the view's heading names what it sets.
    expect(await page.getByRole('heading', { name: tab, exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `pane-settings-320-${locale}.png`), fullPage: true });
  } finally {
    await ctx.close();
  }
});

/**
 * The stand-in with a workbook that has no template and an active sheet of the firm's own headers: just
 * what the pane asks of Excel here (the template table is not found; the sheets, the active sheet's used range
 * and values).
 */
function standInWorkbook(displayLanguage: string, rows: string[][]): string {
  return `${standIn(displayLanguage)}
    window.Excel = {
      run: async (batch) => {
        const rows = ${JSON.stringify(rows)};
        let missing = false;
        const events = { add() {} };
        const sheet = {
          name: 'Klanten 2025', load() {}, onChanged: events, onSelectionChanged: events,
          getUsedRangeOrNullObject: () => ({ isNullObject: false, rowIndex: 0, columnIndex: 0, rowCount: rows.length, columnCount: rows[0].length, load() {} }),
          getRange: () => ({ load() { return { values: rows }; } }),
        };
        const context = {
          runtime: {},
          workbook: {
            tables: { getItem: () => ({ get worksheet() { missing = true; return sheet; } }) },
            // One sheet: the pane also lists the others, to find an export's sheet of links.
            worksheets: { getActiveWorksheet: () => sheet, getItem: () => sheet, items: [sheet], load() {} },
          },
          sync: async () => { if (missing) throw Object.assign(new Error('The table does not exist'), { code: 'ItemNotFound' }); },
        };
        return batch(context);
      },
    };`;
}

const MAP = {
  'en-US': { map: 'Map this sheet to the template', title: 'Map the columns' },
  'fr-BE': { map: 'Faire correspondre cette feuille au modèle', title: 'Faire correspondre les colonnes' },
  'nl-BE': { map: 'Dit blad aan de sjabloon koppelen', title: 'Koppel de kolommen' },
} as const;

test.each(Object.entries(MAP))('in Excel (stood in for), a sheet that is not the template offers the mapping step: 320 px, no serious axe violation (%s)', async (locale, texts) => {
  const { ctx } = await context(locale, 'stand-in');
  try {
    await ctx.addInitScript(standInWorkbook(locale, [
      ['Familie', 'Voornaam', 'E-mailadres van de klant', 'Rijksregisternummer', 'Spreekt', 'Opmerking'],
      ['Peeters', 'Jan', 'jan.peeters@example.be', '85073003328', 'NL', 'vip'],
    ]));
    const { page, errors } = await open(ctx);
    await page.getByRole('button', { name: texts.map }).click({ timeout: 30_000 });
    await page.getByRole('heading', { name: texts.title }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, `pane-mapping-320-${locale}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await ctx.close();
  }
});
