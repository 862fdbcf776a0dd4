/** @jest-environment ./test/ui/jsdomWithNodeFetch.js */
// "Map to the template" in the pane: a sheet with the firm's own headers (or an AdminPulse export) goes
// through the web importer's mapping step and lands in a new template sheet, checked live; the source sheet
// is never changed. With a connection, the confirmed mapping is remembered and applied next time.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAddin } from '../../src/commands/addin';
import type { CellValue } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { PaneController } from '../../src/taskpane/controller';
import { ADMINPULSE_LINKS, ADMINPULSE_RELATIONS } from '../core/mapping/fixtures';
import { ExcelDouble } from '../excel/double';
import { letterOf, nationalNumber } from '../excel/fixtures';
import { firmWithClient, memoryStorage, startApi, type Api } from './helpers';

jest.setTimeout(60_000);

const OWN_HEADERS: CellValue[][] = [
  ['Familie', 'Voornaam', 'Mail', 'Rijksnr', 'GSM', 'Spreekt', 'Opmerking'],
  ['Peeters', 'Jan', 'jan@example.be', nationalNumber(1), '+32470123456', 'NL', '=1+1'],
  ['Dupont', '=HYPERLINK("x")', 'marie@example.be', nationalNumber(2), '0470 12 34 56', 'FR', ''],
];

/** A workbook whose active sheet holds `rows` from A1, with the pane and live validation over it. */
async function workbookWith(rows: CellValue[][], opts: { lang?: 'en' | 'nl'; storage?: ReturnType<typeof memoryStorage>; origin?: string; name?: string } = {}) {
  const xl = new ExcelDouble();
  const source = xl.active;
  source.name = opts.name ?? 'Klanten 2025';
  // An export's cells are text (as a CSV opened as text, or a practice tool writes them): "=…" stays text.
  source.rectFormats.push({ rect: { r1: 1, r2: 1_000, c1: 0, c2: 30 }, format: '@' });
  xl.userSet(source, 'A1', rows.map((r) => r.map((v) => v ?? '')) as never);
  const lang = opts.lang ?? 'en';
  const pane = new PaneController({ host: xl.host, lang, storage: opts.storage ?? null, origin: opts.origin ?? 'http://127.0.0.1:9' });
  const addin = createAddin(xl.host, lang, pane.store);
  await addin.start();
  await xl.settle();
  const before = JSON.stringify([...source.cells]);
  return { xl, pane, source, unchanged: () => JSON.stringify([...source.cells]) === before };
}

const settle = (xl: ExcelDouble) => act(async () => {
  await xl.settle();
  await new Promise((r) => setTimeout(r, 0));
  await xl.settle();
});

afterEach(cleanup);

describe('Map to the template', () => {
  test('maps the firm\'s own headers, writes a new template sheet as text, checks it live, and leaves the source as it was', async () => {
    const { xl, pane, unchanged } = await workbookWith(OWN_HEADERS);
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Map this sheet to the template' }));
    const step = await screen.findByRole('region', { name: 'Map the columns' });
    // "Familie" is the last name: no rule can know it, so Use is blocked until the user says so.
    expect(step.textContent).toContain('Choose a column for: Lastname');
    expect(within(step).queryByRole('checkbox')).toBeNull(); // not connected: nothing to remember
    await userEvent.selectOptions(within(step).getByRole('combobox', { name: 'A · Familie' }), 'lastName');
    await userEvent.click(within(step).getByRole('button', { name: 'Use this mapping' }));
    await settle(xl);

    expect(await screen.findByText(/^2 clients from sheet “Klanten 2025” were written to the new sheet “Accounton clients”/)).toBeTruthy();
    const sheet = xl.sheet('Accounton clients');
    expect(xl.valueAt(sheet, `${letterOf('lastName')}2`)).toBe('Peeters');
    expect(xl.valueAt(sheet, `${letterOf('person')}3`)).toBe('person');
    expect(xl.valueAt(sheet, `${letterOf('language')}2`)).toBe('dutch');
    expect(xl.valueAt(sheet, `${letterOf('registrationNumber')}2`)).toBe(nationalNumber(1));
    expect(xl.valueAt(sheet, `${letterOf('mobile')}2`)).toBe('+32470123456');
    // Never a formula, whatever the value looks like.
    expect(xl.valueAt(sheet, `${letterOf('firstName')}3`)).toBe('=HYPERLINK("x")');
    expect(xl.cell(sheet, `${letterOf('firstName')}3`)?.formula).toBeUndefined();
    // What was left out is said: the ignored column with values.
    expect(screen.getByText(/Opmerking/).textContent).toBeTruthy();
    // Live validation took over: row 3's name and mobile are checked in the new sheet.
    expect(pane.store.getState().status).toBe('ready');
    expect(pane.store.getState().report?.rows.map((r) => r.row)).toEqual([3]);
    expect(unchanged()).toBe(true);
  });

  test('an AdminPulse export is recognized: companies are skipped and listed, in Dutch', async () => {
    const { xl, pane, unchanged } = await workbookWith(ADMINPULSE_RELATIONS, { lang: 'nl', name: 'Relaties' });
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dit blad aan de sjabloon koppelen' }));
    const step = await screen.findByRole('region', { name: 'Koppel de kolommen' });
    expect(step.textContent).toContain('Herkend als een export van AdminPulse');
    await userEvent.click(within(step).getByRole('button', { name: 'Deze koppeling gebruiken' }));
    await settle(xl);
    const persons = ADMINPULSE_RELATIONS.filter((r) => r[1] !== 'Bedrijf').length - 1;
    expect(await screen.findByText(new RegExp(`^${persons} klanten van blad “Relaties”`))).toBeTruthy();
    expect(screen.getByText(/is een bedrijf.*rij 4\./)).toBeTruthy(); // the company row, listed
    expect(unchanged()).toBe(true);
  });

  test('an AdminPulse workbook with a sheet of links: a couple becomes one row, the partner\'s number in O, the partner\'s own row not a second declaration', async () => {
    const { xl, pane, unchanged } = await workbookWith(ADMINPULSE_RELATIONS, { lang: 'nl', name: 'Relaties' });
    const links = xl.addSheet('Gelinkte relaties');
    xl.userSet(links, 'A1', ADMINPULSE_LINKS.map((r) => r.map((v) => v ?? '')) as never);
    await settle(xl);
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dit blad aan de sjabloon koppelen' }));
    const step = await screen.findByRole('region', { name: 'Koppel de kolommen' });
    await userEvent.click(within(step).getByRole('button', { name: 'Deze koppeling gebruiken' }));
    await settle(xl);
    // Five relations: one company skipped, Els folded into Jan's row as his partner.
    expect(await screen.findByText(/^3 klanten van blad “Relaties”/)).toBeTruthy();
    const sheet = xl.sheet('Accounton clients');
    expect(xl.valueAt(sheet, `${letterOf('firstName')}2`)).toBe('Jan');
    expect(xl.valueAt(sheet, `${letterOf('spouseRegistrationNumber')}2`)).toBe('88020200254');
    expect([2, 3, 4].map((r) => xl.valueAt(sheet, `${letterOf('firstName')}${r}`))).toEqual(['Jan', 'Paul', 'An']);
    expect(unchanged()).toBe(true);
  });

  test('a sheet whose headers are all unknown still gets the mapping step; a sheet without a header row says so', async () => {
    const unknown = await workbookWith([['Wie', 'Waar'], ['Jan', 'Gent']]);
    render(<App pane={unknown.pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Map this sheet to the template' }));
    expect(await screen.findByRole('region', { name: 'Map the columns' })).toBeTruthy();
    cleanup();

    const none = await workbookWith([['Notes about this season'], ['call Jan']], { name: 'Notes' });
    render(<App pane={none.pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Map this sheet to the template' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Sheet “Notes” has no header row to map/);
    expect(none.xl.sheets.map((s) => s.name)).toEqual(['Notes']);
  });
});

test('a workbook holds one template: mapping after the template was inserted meanwhile says so, and writes nothing', async () => {
  const { xl, pane } = await workbookWith(OWN_HEADERS);
  render(<App pane={pane} />);
  await userEvent.click(screen.getByRole('button', { name: 'Map this sheet to the template' }));
  const step = await screen.findByRole('region', { name: 'Map the columns' });
  await userEvent.selectOptions(within(step).getByRole('combobox', { name: 'A · Familie' }), 'lastName');
  await act(() => pane.store.actions!.insertTemplate());
  await userEvent.click(within(step).getByRole('button', { name: 'Use this mapping' }));
  await settle(xl);
  expect((await screen.findByRole('alert')).textContent).toMatch(/^The sheet could not be mapped: this workbook already has the client template/);
  // Insert template adopted the sheet itself (its headers are recognized); mapping added no second one.
  expect(xl.sheets.map((s) => s.name)).toEqual(['Klanten 2025']);
  expect(xl.tables).toHaveLength(1);
});

describe('remembered mappings (with the real API)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  test('the confirmed mapping is remembered for the firm; next season\'s sheet (columns reordered) maps itself', async () => {
    const firm = await firmWithClient(api);
    const connected = () => ({ storage: memoryStorage({ 'accounton-addin.apiKey': firm.adminKey }), origin: api.baseUrl });
    const first = await workbookWith(OWN_HEADERS, connected());
    render(<App pane={first.pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Map this sheet to the template' }));
    const step = await screen.findByRole('region', { name: 'Map the columns' });
    expect((within(step).getByRole('checkbox', { name: /Remember for this firm/ }) as HTMLInputElement).checked).toBe(true);
    await userEvent.selectOptions(within(step).getByRole('combobox', { name: 'A · Familie' }), 'lastName');
    await userEvent.click(within(step).getByRole('button', { name: 'Use this mapping' }));
    await settle(first.xl);
    expect(await screen.findByText(/^The mapping is remembered for your firm/)).toBeTruthy();
    cleanup();

    const reordered = OWN_HEADERS.map(([a, b, ...rest]) => [b, a, ...rest]);
    const next = await workbookWith(reordered, { ...connected(), name: 'Klanten 2026' });
    render(<App pane={next.pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Map this sheet to the template' }));
    const again = await screen.findByRole('region', { name: 'Map the columns' });
    expect(again.textContent).toContain('The columns were read through the mapping remembered for your firm.');
    expect((within(again).getByRole('combobox', { name: 'B · Familie' }) as HTMLSelectElement).value).toBe('lastName');
    expect(again.textContent).not.toContain('Choose a column for');
  });
});
