/** @jest-environment jsdom */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAddin } from '../../src/commands/addin';
import { App } from '../../src/taskpane/App';
import { PaneController } from '../../src/taskpane/controller';
import type { WorkbookActions } from '../../src/taskpane/checkState';
import { ExcelDouble } from '../excel/double';
import { client, letterOf, sheetRow } from '../excel/fixtures';

const E = letterOf('mobile');

function fakeWorkbook(): jest.Mocked<WorkbookActions> {
  return {
    insertTemplate: jest.fn().mockResolvedValue(undefined),
    insertMappedTemplate: jest.fn().mockResolvedValue('Accounton clients'),
    checkSheet: jest.fn().mockResolvedValue(undefined),
    applyFixes: jest.fn().mockResolvedValue(undefined),
    select: jest.fn().mockResolvedValue(undefined),
    deleteRow: jest.fn().mockResolvedValue('deleted'),
  };
}

/** The pane over the sheet double, with no API behind it. */
function paneOver(xl: ExcelDouble, lang: 'en' | 'fr' | 'nl'): PaneController {
  return new PaneController({ host: xl.host, lang, storage: null, origin: 'http://127.0.0.1:9' });
}

/** A pane whose store the real adapter filled in over the sheet double. */
async function checkedSheet(lang: 'en' | 'fr' | 'nl', rows: string[][]) {
  const xl = new ExcelDouble();
  const pane = paneOver(xl, lang);
  const addin = createAddin(xl.host, lang, pane.store);
  await addin.insertTemplate();
  const sheet = xl.sheet('Accounton clients');
  xl.userSet(sheet, 'A2', rows);
  await xl.settle();
  return { xl, sheet, pane };
}

describe('task pane', () => {
  test('shows the counts and the issues by row, with the column header and a localized message', async () => {
    const { pane } = await checkedSheet('en', [sheetRow(client(1)), sheetRow(client(2, { mobile: '0470 12 34 56' }))]);
    render(<App pane={pane} />);
    const counts = screen.getByLabelText('Check result');
    expect(within(counts).getByText('Rows').closest('div')!.textContent).toContain('2');
    expect(within(counts).getByText('Invalid').closest('div')!.textContent).toContain('1');
    const row = screen.getByRole('heading', { name: 'Row 3' }).closest('li')!;
    expect(within(row).getByRole('button', { name: `Go to ${E}3: Mobile Number` })).toBeTruthy();
    expect(row.textContent).toContain('international format');
  });

  test('Fix writes the fix through the adapter, and the issue goes away', async () => {
    const { xl, sheet, pane } = await checkedSheet('en', [sheetRow(client(1, { mobile: '0470 12 34 56' }))]);
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fix Mobile Number in row 2: write +32470123456' }));
    await act(() => xl.settle());
    expect(xl.valueAt(sheet, `${E}2`)).toBe('+32470123456');
    expect(await screen.findByText('Every row is valid. Nothing to fix.')).toBeTruthy();
  });

  test('"Fix all" applies every fix of one kind in one call', async () => {
    const pane = (await checkedSheet('en', [1, 2, 3].map((i) => sheetRow(client(i, { language: 'nl' }))))).pane;
    const workbook = fakeWorkbook();
    pane.store.actions = workbook;
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fix all: Language (3)' }));
    expect(workbook.applyFixes).toHaveBeenCalledWith([2, 3, 4].map((row) => ({ row, column: letterOf('language'), value: 'dutch' })));
  });

  test('clicking an issue selects its cell', async () => {
    const { pane } = await checkedSheet('en', [sheetRow(client(1, { email: '' }))]);
    const workbook = fakeWorkbook();
    pane.store.actions = workbook;
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: `Go to ${letterOf('email')}2: Email` }));
    expect(workbook.select).toHaveBeenCalledWith(2, letterOf('email'));
  });

  test('the partner-row warning offers to delete the row, only after confirmation, by keyboard', async () => {
    const partner = client(2);
    const { pane } = await checkedSheet('en', [sheetRow(client(1, { spouseRegistrationNumber: partner.registrationNumber })), sheetRow(partner)]);
    const workbook = fakeWorkbook();
    pane.store.actions = workbook;
    render(<App pane={pane} />);
    screen.getByRole('button', { name: 'Delete row 3' }).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Delete row 3?');
    expect(workbook.deleteRow).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete the row' }));
    expect(workbook.deleteRow).toHaveBeenCalledWith(3, { declarations: [2], enterpriseNumber: undefined });
  });

  test('a couple entered twice: only the later row offers Delete, naming the declaration row and offering to keep the enterprise number', async () => {
    const declarant = client(1);
    const partner = client(2, { enterpriseNumber: '0403170701' });
    const { xl, sheet, pane } = await checkedSheet('en', [
      sheetRow({ ...declarant, spouseRegistrationNumber: partner.registrationNumber }),
      sheetRow({ ...partner, spouseRegistrationNumber: declarant.registrationNumber }),
    ]);
    render(<App pane={pane} />);
    expect(screen.queryByRole('button', { name: 'Delete row 2' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Delete row 3' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Row 2 holds the joint declaration');
    const copy = within(dialog).getByRole('checkbox', { name: /copy this person’s enterprise number 0403170701 to “Spouse BCE Number” of row 2/i });
    expect((copy as HTMLInputElement).checked).toBe(true);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete the row' }));
    await act(() => xl.settle());
    expect(xl.valueAt(sheet, `${letterOf('spouseEnterpriseNumber')}2`)).toBe('0403170701');
    expect(xl.valueAt(sheet, `${letterOf('spouseRegistrationNumber')}2`)).toBe(partner.registrationNumber);
    expect(xl.valueAt(sheet, 'B3')).toBe('');
    expect(await screen.findByText('Every row is valid. Nothing to fix.')).toBeTruthy();
  });

  test('when the declaration no longer names the partner, the row is kept and the pane says why', async () => {
    const partner = client(2);
    const { xl, sheet, pane } = await checkedSheet('en', [sheetRow(client(1, { spouseRegistrationNumber: partner.registrationNumber })), sheetRow(partner)]);
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete row 3' }));
    const dialog = await screen.findByRole('dialog');
    // Meanwhile the user empties row 2's partner number (before live validation has caught up).
    xl.cell(sheet, `${letterOf('spouseRegistrationNumber')}2`)!.value = '';
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete the row' }));
    expect(await screen.findByText(/Row 3 was kept: row 2 no longer names this person/)).toBeTruthy();
    expect(xl.valueAt(sheet, 'B3')).toBe(partner.firstName);
  });

  test('selecting an invalid cell in Excel shows its issues at the top of the Check view, with its fix', async () => {
    const { xl, sheet, pane } = await checkedSheet('fr', [sheetRow(client(1)), sheetRow(client(2, { mobile: '0470 12 34 56' }))]);
    render(<App pane={pane} />);
    expect(screen.queryByRole('region', { name: /^Problèmes de la cellule sélectionnée/ })).toBeNull();
    await act(async () => {
      xl.userSelect(sheet, `${E}3`);
      await xl.settle();
    });
    const selected = screen.getByRole('region', { name: `Problèmes de la cellule sélectionnée ${E}3` });
    expect(within(selected).getByRole('heading').textContent).toBe(`Cellule sélectionnée ${E}3 · Numéro de portable`);
    expect(selected.textContent).toContain('Erreur');
    await userEvent.click(within(selected).getByRole('button', { name: /^Corriger Numéro de portable à la ligne 3/ }));
    await act(() => xl.settle());
    expect(xl.valueAt(sheet, `${E}3`)).toBe('+32470123456');
    expect(screen.queryByRole('region', { name: /^Problèmes de la cellule sélectionnée/ })).toBeNull();

    // A valid cell, or a range, shows nothing.
    await act(async () => {
      xl.userSelect(sheet, `${E}2`);
      await xl.settle();
    });
    expect(screen.queryByRole('region', { name: /^Problèmes de la cellule sélectionnée/ })).toBeNull();
    await act(async () => {
      xl.userSelect(sheet, `A2:${E}3`);
      await xl.settle();
    });
    expect(pane.store.getState().selected).toBeNull();
  });

  test('speaks French and Dutch from the Office display language', async () => {
    const fr = await checkedSheet('fr', [sheetRow(client(1, { mobile: '0470 12 34 56' }))]);
    const { unmount } = render(<App pane={fr.pane} />);
    expect(screen.getByRole('heading', { name: 'Import de clients Accounton' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Corriger Numéro de portable à la ligne 2/ })).toBeTruthy();
    unmount();
    const nl = await checkedSheet('nl', [sheetRow(client(1, { language: 'frans' }))]);
    render(<App pane={nl.pane} />);
    expect(screen.getByRole('heading', { name: 'Rij 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Verbeteren: Taal (1)' })).toBeTruthy();
  });

  test('without a template the pane offers to insert it', async () => {
    const xl = new ExcelDouble();
    const pane = paneOver(xl, 'en');
    const addin = createAddin(xl.host, 'en', pane.store);
    await addin.start();
    render(<App pane={pane} />);
    await userEvent.click(screen.getByRole('button', { name: 'Insert template' }));
    await act(() => xl.settle());
    expect(xl.table('AccountonClients')).toBeDefined();
    expect(await screen.findByRole('button', { name: 'Check sheet' })).toBeTruthy();
  });

  test('"Mandate file" builds MyMinfin\'s file from the template sheet\'s validated rows and lists the rows left out', async () => {
    const { pane } = await checkedSheet('nl', [sheetRow(client(1)), sheetRow(client(2)), sheetRow(client(3, { email: 'not-an-email' }))]);
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:m'; }, revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<App pane={pane} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Mandaatbestand voor Tax-on-web (.csv)' }, { timeout: 15000 }));
    expect(await screen.findByText(/Rij 4 is niet geldig/)).toBeTruthy();
    expect(screen.getByText(/2 mandaten in tax-on-web-mandates\.csv/)).toBeTruthy();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    expect(text).toBe(`${client(1).registrationNumber};${client(1).email};;;;;\r\n${client(2).registrationNumber};${client(2).email};;;;;\r\n`);
    click.mockRestore();
  });
});
