import { columnLetter, COLUMNS } from '../../src/core';
import { ERROR_FILL } from '../../src/excel/host';
import { insertTemplate } from '../../src/excel/template';
import { ExcelDouble } from './double';
import { client, letterOf, sheetRow, withTemplate } from './fixtures';

// The template's last column, and a read of whole template rows.
const LAST = columnLetter(COLUMNS.length - 1);
const WHOLE_ROWS = new RegExp(`^A\\d+:${LAST}\\d+$`);

const E = letterOf('mobile');
const F = letterOf('registrationNumber');
const P = letterOf('language');

describe('fixes', () => {
  test('fixes are written back as text in one round trip, the highlights go, and nothing echoes', async () => {
    const { xl, sheet, engine, settle, last } = await withTemplate({ api: '1.9', ignoreEnableEvents: true });
    xl.userSet(sheet, 'A2', [sheetRow(client(1, { mobile: '0470 12 34 56', language: 'nl', registrationNumber: '85.07.30-033.28' }))]);
    await settle();
    const issues = last().rows[0].issues.filter((i) => i.fix !== undefined);
    expect(issues.map((i) => i.column).sort()).toEqual([E, F, P]);
    xl.resetCounters();

    await engine.applyFixes(issues.map((i) => ({ row: i.row, column: i.column, value: i.fix! })));
    const fixSyncs = xl.syncs.length;
    await settle();
    expect(fixSyncs).toBe(1);
    expect(xl.valueAt(sheet, `${E}2`)).toBe('+32470123456'); // text, not the number 32470123456
    expect(xl.valueAt(sheet, `${F}2`)).toBe('85073003328');
    expect(xl.valueAt(sheet, `${P}2`)).toBe('dutch');
    expect(xl.fills(sheet).size).toBe(0);
    expect(last().summary.valid).toBe(1);
    // The echoed writes are read once, and cause no further writes.
    expect(xl.syncs.slice(1).every((s) => s.addresses.every((a) => WHOLE_ROWS.test(a)))).toBe(true);
  });

  test('a fix that looks like a formula is stored as text, never as a formula', async () => {
    const { xl, sheet, engine, settle } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1))]);
    await settle();
    await engine.applyFixes([{ row: 2, column: letterOf('labels'), value: '=HYPERLINK("x")' }]);
    expect(xl.cell(sheet, `${letterOf('labels')}2`)?.formula).toBeUndefined();
    expect(xl.valueAt(sheet, `${letterOf('labels')}2`)).toBe('=HYPERLINK("x")');
  });

  test('deleting a row (the joint-declaration action) removes it and checks the table again', async () => {
    const { xl, sheet, engine, settle, last } = await withTemplate();
    const partner = client(2);
    xl.userSet(sheet, 'A2', [sheetRow(client(1, { spouseRegistrationNumber: partner.registrationNumber })), sheetRow(partner)]);
    await settle();
    expect(last().summary.withWarnings).toBe(1);
    await engine.deleteRow(3);
    await settle();
    expect(xl.valueAt(sheet, 'B3')).toBe('');
    expect(last().summary).toEqual({ rows: 1, valid: 1, invalid: 0, withWarnings: 0 });
    expect(xl.fills(sheet).size).toBe(0);
  });

  test('deleting the partner of a couple entered twice copies the partner\'s enterprise number to S first, in the same round trip', async () => {
    const { xl, sheet, engine, settle, last } = await withTemplate();
    const declarant = client(1);
    const partner = client(2, { enterpriseNumber: '0403170701' });
    xl.userSet(sheet, 'A2', [
      sheetRow({ ...declarant, spouseRegistrationNumber: partner.registrationNumber }),
      sheetRow({ ...partner, spouseRegistrationNumber: declarant.registrationNumber }),
    ]);
    await settle();
    expect(last().rows.map((r) => [r.row, r.issues.map((i) => i.params)])).toEqual([[3, [{ row: '2', enterpriseNumber: '0403170701' }]]]);
    xl.resetCounters();
    expect(await engine.deleteRow(3, { declarations: [2], enterpriseNumber: '0403170701' })).toBe('deleted');
    // One read of both rows, then the copy and the delete in one round trip.
    expect(xl.syncs[1].addresses).toEqual(expect.arrayContaining([`${letterOf('spouseEnterpriseNumber')}2`, `A3:${LAST}3`]));
    await settle();
    expect(xl.valueAt(sheet, `${letterOf('spouseEnterpriseNumber')}2`)).toBe('0403170701');
    expect(xl.valueAt(sheet, `${letterOf('spouseRegistrationNumber')}2`)).toBe(partner.registrationNumber);
    expect(xl.valueAt(sheet, 'B3')).toBe('');
    expect(last().summary).toEqual({ rows: 1, valid: 1, invalid: 0, withWarnings: 0 });
  });

  test('an enterprise number typed in the declaration\'s S meanwhile is not overwritten', async () => {
    const { xl, sheet, engine, settle } = await withTemplate();
    const partner = client(2, { enterpriseNumber: '0403170701' });
    xl.userSet(sheet, 'A2', [sheetRow(client(1, { spouseRegistrationNumber: partner.registrationNumber })), sheetRow(partner)]);
    await settle();
    const S = letterOf('spouseEnterpriseNumber');
    // Typed just now: the warning the dialog was opened from still offers the partner's number.
    xl.cell(sheet, `${S}2`)!.value = '0200065765';
    expect(await engine.deleteRow(3, { declarations: [2], enterpriseNumber: '0403170701' })).toBe('deleted');
    expect(xl.valueAt(sheet, `${S}2`)).toBe('0200065765');
  });

  test('the partner\'s row is kept when the declaration row no longer names the partner in O', async () => {
    const { xl, sheet, engine, settle } = await withTemplate();
    const partner = client(2);
    xl.userSet(sheet, 'A2', [sheetRow(client(1, { spouseRegistrationNumber: partner.registrationNumber })), sheetRow(partner)]);
    await settle();
    xl.cell(sheet, `${letterOf('spouseRegistrationNumber')}2`)!.value = client(3).registrationNumber!;
    expect(await engine.deleteRow(3, { declarations: [2] })).toBe('notNamed');
    expect(xl.valueAt(sheet, 'B3')).toBe(partner.firstName);
  });

  test('clicking an issue selects its cell', async () => {
    const { xl, engine } = await withTemplate();
    await engine.select(7, F);
    expect(xl.selection).toEqual({ sheet: 'Accounton clients', address: `${F}7` });
  });
});

describe('Insert template', () => {
  test('adds the sheet, the table, headers, text formats, dropdowns, frozen header and widths', async () => {
    const xl = new ExcelDouble({ api: '1.18' });
    expect(await insertTemplate(xl.host, 'fr')).toBe('inserted');
    const sheet = xl.sheet('Accounton clients');
    expect(xl.active).toBe(sheet);
    expect(xl.table('AccountonClients')?.rect).toEqual({ r1: 1, r2: 2, c1: 0, c2: COLUMNS.length - 1 });
    COLUMNS.forEach((c) => {
      expect(xl.valueAt(sheet, `${c.letter}1`)).toBe(c.header);
      expect(xl.formatAt(sheet, `${c.letter}500`)).toBe(c.numberFormat);
      expect(sheet.notes.get(`${c.letter}1`)).toBe(c.guidance.fr);
    });
    expect(sheet.validations.map((v) => v.source)).toEqual(COLUMNS.filter((c) => 'dropdown' in c).map((c) => c.dropdown!.join(',')));
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.widths.size).toBe(COLUMNS.length);
    // The Accounton id, which only an export fills, is out of the user's way.
    expect([...sheet.hiddenColumns]).toEqual([COLUMNS.findIndex((c) => c.key === 'accountonId')]);
    // Typing an id with a leading zero keeps it.
    xl.userSet(sheet, `${letterOf('enterpriseNumber')}2`, [['0403170701']]);
    expect(xl.valueAt(sheet, `${letterOf('enterpriseNumber')}2`)).toBe('0403170701');
  });

  test('guidance falls back to comments on ExcelApi 1.10, and to nothing before', async () => {
    const withComments = new ExcelDouble({ api: '1.10' });
    await insertTemplate(withComments.host, 'nl');
    expect(withComments.sheet('Accounton clients').notes.get('A1')).toBe(COLUMNS[0].guidance.nl);
    const without = new ExcelDouble({ api: '1.9' });
    await insertTemplate(without.host, 'nl');
    expect(without.sheet('Accounton clients').notes.size).toBe(0);
  });

  test('when the template exists it only activates it', async () => {
    const xl = new ExcelDouble();
    await insertTemplate(xl.host, 'en');
    xl.active = xl.sheets[0];
    xl.resetCounters();
    expect(await insertTemplate(xl.host, 'en')).toBe('activated');
    expect(xl.sheets).toHaveLength(2);
    expect(xl.active.name).toBe('Accounton clients');
  });

  test('a sheet already named like the template (without its table) keeps its name; the template takes the next', async () => {
    const xl = new ExcelDouble();
    xl.addSheet('accounton CLIENTS');
    expect(await insertTemplate(xl.host, 'en')).toBe('inserted');
    expect(xl.active.name).toBe('Accounton clients (2)');
    expect(xl.table('AccountonClients')?.sheet).toBe(xl.active);
  });

  test('a sheet whose header row the spec recognizes is adopted instead of adding one', async () => {
    const { LiveValidation } = await import('../../src/excel/engine');
    const xl = new ExcelDouble();
    const sheet = xl.active;
    // A French header row on row 3, columns in another order, starting in column B.
    const headers = ['Prénom', 'Nom', 'Courriel', 'Langue', 'Personne', 'Numéro national'];
    xl.userSet(sheet, 'A1', [['Export clients']]);
    xl.userSet(sheet, 'B3', [headers, ['Marie', 'Dupont', 'marie@example.be', 'français', 'person', '85073003328']]);
    await xl.settle();
    expect(await insertTemplate(xl.host, 'fr')).toBe('adopted');
    expect(xl.sheets).toHaveLength(1);
    expect(xl.table('AccountonClients')?.rect).toEqual({ r1: 3, r2: 4, c1: 1, c2: 6 });
    expect(xl.formatAt(sheet, 'G9')).toBe('@');
    expect(sheet.frozenRows).toBe(3);

    const reports: import('../../src/excel/model').CheckReport[] = [];
    const engine = new LiveValidation(xl.host, { lang: 'fr', onReport: (r) => reports.push(r) });
    await engine.start();
    const issue = reports[reports.length - 1].rows[0].issues[0];
    expect([issue.row, issue.column, issue.code, issue.fix]).toEqual([4, 'E', 'language.localized', 'french']);
    expect(xl.fillAt(sheet, 'E4')).toBe(ERROR_FILL);
  });
});
