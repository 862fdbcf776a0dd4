// Excel's event quirks, modelled in the double, and how the engine copes with them: a dropdown pick that
// fires no onChanged (Office.js #420), multi-cell edits without `details` (#5347, #5308), and large writes
// that fail while onChanged is registered (#539).
import { COLUMNS, columnLetter } from '../../src/core';
import { createAddin } from '../../src/commands/addin';
import { HighlightsNotWritten, LiveValidation, type EngineStatus } from '../../src/excel/engine';
import { ERROR_FILL } from '../../src/excel/host';
import type { CheckReport } from '../../src/excel/model';
import { insertTemplate } from '../../src/excel/template';
import { PaneController } from '../../src/taskpane/controller';
import { translate } from '../../src/taskpane/i18n';
import { ExcelDouble } from './double';
import { client, letterOf, sheetRow, TODAY } from './fixtures';

// The template's last column, and a read of whole template rows.
const LAST = columnLetter(COLUMNS.length - 1);
const WHOLE_ROWS = new RegExp(`^A\\d+:${LAST}\\d+$`);

const P = letterOf('language');
const F = letterOf('registrationNumber');

async function setUp() {
  const xl = new ExcelDouble();
  const reports: CheckReport[] = [];
  const statuses: { status: EngineStatus; error?: unknown }[] = [];
  const engine = new LiveValidation(xl.host, {
    lang: 'en',
    today: () => TODAY,
    onReport: (r) => reports.push(r),
    onStatus: (status, error) => statuses.push({ status, error }),
  });
  await insertTemplate(xl.host, 'en');
  await engine.attach();
  const sheet = xl.sheet('Accounton clients');
  const settle = async () => {
    await xl.settle();
    await engine.whenIdle();
  };
  await settle();
  xl.resetCounters();
  return { xl, engine, sheet, reports, statuses, settle, last: () => reports[reports.length - 1] };
}

/**
 * `n` rows, every other one with a national number that fails its checksum (one error cell and one row
 * marker each): the highlights cannot merge into a few ranges, so their write is large.
 */
function badRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const good = client(i + 1).registrationNumber!;
    const bad = good.slice(0, 9) + String((Number(good.slice(9)) + 1) % 100).padStart(2, '0');
    return sheetRow(client(i + 1, i % 2 === 0 ? { registrationNumber: bad } : {}));
  });
}

describe('a value picked from a dropdown without onChanged (Office.js #420)', () => {
  test('is checked when the user leaves the cell, reading only that cell', async () => {
    const { xl, sheet, settle, last } = await setUp();
    xl.userSet(sheet, 'A2', [sheetRow(client(1, { language: 'nl' }))]);
    await settle();
    expect(xl.fillAt(sheet, `${P}2`)).toBe(ERROR_FILL);

    xl.userSelect(sheet, `${P}2`);
    await settle();
    xl.userPick(sheet, `${P}2`, 'dutch');
    await settle();
    expect(xl.events).toEqual([expect.objectContaining({ address: `A2:${LAST}2` })]); // the paste's, none for the pick
    expect(xl.fillAt(sheet, `${P}2`)).toBe(ERROR_FILL); // not checked yet: Excel said nothing

    xl.resetCounters();
    xl.userSelect(sheet, `${P}3`);
    await settle();
    expect(xl.fillAt(sheet, `${P}2`)).toBeUndefined();
    expect(last().summary).toEqual({ rows: 1, valid: 1, invalid: 0, withWarnings: 0 });
    // One cell read, nothing of the rest of the row.
    expect(xl.syncs[0].addresses).toContain(`${P}2`);
    expect(xl.syncs.flatMap((s) => s.addresses).filter((a) => WHOLE_ROWS.test(a))).toEqual([]);
  });

  test('leaving a cell that is not a dropdown, or a dropdown whose value did not change, writes nothing', async () => {
    const { xl, sheet, settle } = await setUp();
    xl.userSet(sheet, 'A2', [sheetRow(client(1))]);
    await settle();
    xl.userSelect(sheet, `${F}2`);
    xl.userSelect(sheet, `${F}3`);
    await settle();
    xl.resetCounters();
    xl.userSelect(sheet, `${P}2`);
    xl.userSelect(sheet, `${P}3`);
    await settle();
    expect(xl.syncs).toHaveLength(1); // the read of P2
    expect(xl.syncs[0].addresses).toEqual([`${P}2`]);
  });
});

test('a multi-cell paste fires onChanged without details; the engine reads the pasted rows again', async () => {
  const { xl, sheet, settle, last } = await setUp();
  xl.resetCounters();
  xl.userSet(sheet, 'A2', [sheetRow(client(1)), sheetRow(client(2, { language: 'nl' })), sheetRow(client(3))]);
  await settle();
  expect(xl.events[0]).toEqual(expect.objectContaining({ address: `A2:${LAST}4`, hasDetails: false }));
  expect(xl.syncs.flatMap((s) => s.addresses).filter((a) => WHOLE_ROWS.test(a))).toEqual([`A2:${LAST}3`, `A4:${LAST}4`]);
  expect(last().summary).toEqual({ rows: 3, valid: 2, invalid: 1, withWarnings: 0 });
  expect(xl.fillAt(sheet, `${P}3`)).toBe(ERROR_FILL);
});

describe('a large write that fails while onChanged is registered (Office.js #539)', () => {
  test('is split in two and sent again once', async () => {
    const { xl, sheet, settle, last, statuses } = await setUp();
    // Measured with this data: the paint of 1,000 invalid rows is about 11 kB in one sync, under 6 kB per half.
    xl.failWritesOver = 8_000;
    xl.userSet(sheet, 'A2', badRows(2_000));
    await settle();
    const writes = xl.syncs.filter((s) => s.requestBytes > 5_000);
    expect(writes.map((s) => s.error)).toEqual(['GeneralException', undefined, undefined]);
    expect(xl.fillAt(sheet, `${F}2`)).toBe(ERROR_FILL);
    expect(xl.fillAt(sheet, `${F}2000`)).toBe(ERROR_FILL);
    expect(xl.markerAt(sheet, 'A1500')).toBe(true);
    expect(xl.markerAt(sheet, 'A1501')).toBe(false);
    expect(last().summary.invalid).toBe(1_000);
    expect(statuses.at(-1)?.status).toBe('ready');
  });

  test('when the halves fail too, the check says the highlights could not be written and still lists the rows', async () => {
    const { xl, sheet, settle, last, statuses } = await setUp();
    xl.failWritesOver = 2_000;
    xl.userSet(sheet, 'A2', badRows(2_000));
    await settle();
    expect(statuses.at(-1)?.status).toBe('failed');
    expect(statuses.at(-1)?.error).toBeInstanceOf(HighlightsNotWritten);
    expect(last().summary.invalid).toBe(1_000);
    expect(xl.fillAt(sheet, `${F}2`)).toBeUndefined();
  });

  test('the pane says so in the user’s language', async () => {
    const xl = new ExcelDouble();
    const pane = new PaneController({ host: xl.host, lang: 'fr', storage: null, origin: 'http://127.0.0.1:9' });
    const addin = createAddin(xl.host, 'fr', pane.store);
    await addin.insertTemplate();
    await xl.settle();
    xl.failWritesOver = 1_000;
    xl.userSet(xl.table('AccountonClients')!.sheet, 'A2', badRows(500));
    await xl.settle();
    expect(pane.store.getState().status).toBe('failed');
    expect(pane.store.getState().failure).toBe(translate('fr', 'status.highlightsNotWritten'));
  });
});
