import { COLUMNS, columnLetter } from '../../src/core';
import { ERROR_FILL, WARNING_FILL } from '../../src/excel/host';
import { client, letterOf, sheetRow, withTemplate } from './fixtures';

// The template's last column, and a read of whole template rows.
const LAST = columnLetter(COLUMNS.length - 1);
const WHOLE_ROWS = new RegExp(`^A\\d+:${LAST}\\d+$`);

const F = letterOf('registrationNumber');
const E = letterOf('mobile');
const P = letterOf('language');

describe('live validation of the template', () => {
  test('a one-cell edit is checked in at most 2 round trips and highlights the cell and the row marker', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1))]);
    await settle();
    expect(xl.fills(sheet).size).toBe(0);
    xl.resetCounters();

    xl.userSet(sheet, `${F}2`, [['85073003329']]); // checksum off by one
    await settle();
    expect(xl.syncs.length).toBeLessThanOrEqual(2);
    expect(xl.fillAt(sheet, `${F}2`)).toBe(ERROR_FILL);
    expect(xl.markerAt(sheet, 'A2')).toBe(true);
    expect(last().summary).toEqual({ rows: 1, valid: 0, invalid: 1, withWarnings: 0 });
    expect(last().rows[0].issues.map((i) => i.code)).toEqual(['registrationNumber.checksum']);

    xl.resetCounters();
    xl.userSet(sheet, `${F}2`, [['85073003328']]);
    await settle();
    expect(xl.syncs.length).toBeLessThanOrEqual(2);
    expect(xl.fills(sheet).size).toBe(0);
    expect(xl.markerAt(sheet, 'A2')).toBe(false);
    expect(last().summary.valid).toBe(1);
  });

  test('warnings get their own fill and no row marker', async () => {
    const { xl, sheet, settle } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1, { registrationNumber: '' }))]);
    await settle();
    expect(xl.fillAt(sheet, `${F}2`)).toBe(WARNING_FILL);
    expect(xl.markerAt(sheet, 'A2')).toBe(false);
  });

  test('Person is filled in when the user starts typing in a row', async () => {
    const { xl, sheet, settle } = await withTemplate();
    xl.userSet(sheet, 'B2', [['Jan']]);
    await settle();
    expect(xl.valueAt(sheet, 'A2')).toBe('person');
    expect(xl.fillAt(sheet, 'A2')).toBeUndefined();
  });

  test('rows typed just below the table grow it and are checked', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1))]);
    xl.userSet(sheet, 'A3', [sheetRow(client(2, { language: 'nl' }))]);
    await settle();
    expect(xl.table('AccountonClients')!.rect.r2).toBe(3);
    expect(xl.fillAt(sheet, `${P}3`)).toBe(ERROR_FILL);
    expect(last().summary.rows).toBe(2);
  });

  test('a duplicate national number marks both rows, and both clear when it goes, without re-reading the other row', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1)), sheetRow(client(2))]);
    await settle();
    xl.resetCounters();

    xl.userSet(sheet, `${F}3`, [[client(1).registrationNumber!]]);
    await settle();
    expect(xl.fillAt(sheet, `${F}2`)).toBe(ERROR_FILL);
    expect(xl.fillAt(sheet, `${F}3`)).toBe(ERROR_FILL);
    expect(last().summary.invalid).toBe(2);
    const reads = xl.syncs.flatMap((s) => s.addresses).filter((a) => WHOLE_ROWS.test(a));
    expect(reads).toEqual([`A3:${LAST}3`]);

    xl.userSet(sheet, `${F}3`, [[client(2).registrationNumber!]]);
    await settle();
    expect(xl.fills(sheet).size).toBe(0);
    expect(last().summary.invalid).toBe(0);
  });

  test('a partner on a separate row is a warning on that row', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    const partner = client(2);
    xl.userSet(sheet, 'A2', [
      sheetRow(client(1, { spouseRegistrationNumber: partner.registrationNumber })),
      sheetRow(partner),
    ]);
    await settle();
    expect(xl.fillAt(sheet, `${F}3`)).toBe(WARNING_FILL);
    expect(last().rows.map((r) => [r.row, r.issues[0].code])).toEqual([[3, 'registrationNumber.partnerRow']]);
  });

  test('undo brings the highlight back', async () => {
    const { xl, sheet, settle } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1, { mobile: '0470 12 34 56' }))]);
    await settle();
    expect(xl.fillAt(sheet, `${E}2`)).toBe(ERROR_FILL);
    xl.userSet(sheet, `${E}2`, [['+32470123456']]);
    await settle();
    expect(xl.fillAt(sheet, `${E}2`)).toBeUndefined();
    xl.userUndo();
    await settle();
    expect(xl.fillAt(sheet, `${E}2`)).toBe(ERROR_FILL);
  });

  test('clearing a range clears its highlights and its rows leave the count', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1)), sheetRow(client(2, { email: 'a@x.be;b@x.be' }))]);
    await settle();
    expect(xl.markerAt(sheet, 'A3')).toBe(true);
    xl.userClear(sheet, `A3:${LAST}3`);
    await settle();
    expect(xl.fills(sheet).size).toBe(0);
    expect(xl.markerAt(sheet, 'A3')).toBe(false);
    expect(last().summary).toEqual({ rows: 1, valid: 1, invalid: 0, withWarnings: 0 });
  });

  test('a whole-column edit checks the whole table', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1)), sheetRow(client(2)), sheetRow(client(3))]);
    await settle();
    xl.userClear(sheet, 'B:B');
    await settle();
    expect(last().summary).toEqual({ rows: 3, valid: 0, invalid: 3, withWarnings: 0 });
    expect(['B2', 'B3', 'B4'].map((a) => xl.fillAt(sheet, a))).toEqual([ERROR_FILL, ERROR_FILL, ERROR_FILL]);
  });

  test('deleting rows re-checks the table: the duplicate left behind is no longer flagged', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    const dup = client(9, { registrationNumber: client(1).registrationNumber });
    xl.userSet(sheet, 'A2', [sheetRow(client(1)), sheetRow(client(2)), sheetRow(dup), sheetRow(client(4, { language: 'fr' }))]);
    await settle();
    expect(xl.fillAt(sheet, `${F}2`)).toBe(ERROR_FILL);
    xl.userDeleteRows(sheet, 4, 1);
    await settle();
    expect(xl.fillAt(sheet, `${F}2`)).toBeUndefined();
    // The row with the bad language moved up from 5 to 4, with its highlight.
    expect(xl.fillAt(sheet, `${P}4`)).toBe(ERROR_FILL);
    expect(xl.fillAt(sheet, `${P}5`)).toBeUndefined();
    expect(last().rows.map((r) => r.row)).toEqual([4]);
  });

  test('inserted rows shift the checked rows and keep their highlights', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', [sheetRow(client(1)), sheetRow(client(2, { language: 'fr' }))]);
    await settle();
    xl.userInsertRows(sheet, 3, 2);
    await settle();
    expect(xl.fillAt(sheet, `${P}5`)).toBe(ERROR_FILL);
    expect(last().rows.map((r) => r.row)).toEqual([5]);
  });
});

describe('the add-in does not validate its own writes in a loop', () => {
  test.each<[string, { api: string; ignoreEnableEvents?: boolean }]>([
    ['enableEvents holds the echo back', { api: '1.9' }],
    ['triggerSource marks the echo (ExcelApi 1.14)', { api: '1.14', ignoreEnableEvents: true }],
    ['only the per-row fingerprint stops the echo', { api: '1.9', ignoreEnableEvents: true }],
  ])('%s', async (_name, options) => {
    const { xl, sheet, settle } = await withTemplate(options);
    xl.userSet(sheet, 'B2', [['Jan']]); // fills Person and paints three required cells
    await settle();
    const echoes = xl.events.filter((e) => e.byAddin);
    if (options.ignoreEnableEvents) expect(echoes.length).toBeGreaterThan(0);
    else expect(echoes).toHaveLength(0);
    // One read and one write for the edit; an echo costs at most one read (no triggerSource) and never a write.
    const writes = xl.syncs.filter((s) => s.addresses.some((a) => a.includes(',') || /^[A-Z]+\d+$/.test(a)));
    expect(writes).toHaveLength(1);
    const echoReads = options.ignoreEnableEvents && options.api === '1.9' ? 1 : 0;
    expect(xl.syncs).toHaveLength(2 + echoReads);
    expect(xl.valueAt(sheet, 'A2')).toBe('person');
  });
});

test('the double reports a handler that keeps answering its own writes as a validation loop', async () => {
  const { ExcelDouble } = await import('./double');
  const xl = new ExcelDouble({ api: '1.9', ignoreEnableEvents: true });
  const sheet = xl.active;
  sheet.handlers.push(() =>
    xl.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').format.fill.color = ERROR_FILL;
      await context.sync();
    }),
  );
  xl.userSet(sheet, 'A1', [['x']]);
  await expect(xl.settle(20)).rejects.toThrow(/validation loop/);
  sheet.handlers.length = 0;
  await xl.settle();
});
