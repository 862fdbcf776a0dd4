// The round-trip budget of issue 4, measured on the sheet double (counts, not timings).
import { ERROR_FILL } from '../../src/excel/host';
import { client, letterOf, sheetRow, withTemplate } from './fixtures';

const FIVE_MB = 5 * 1024 * 1024;
const D = letterOf('email');
const F = letterOf('registrationNumber');

/** 10,000 rows: every 7th has two e-mail addresses, rows 101 and 9,001 share a national number. */
function tenThousandRows(): string[][] {
  return Array.from({ length: 10_000 }, (_, i) => {
    const values = client(i, i % 7 === 3 ? { email: `a${i}@x.be;b@x.be` } : {});
    if (i === 8_999) values.registrationNumber = client(99).registrationNumber;
    return sheetRow(values);
  });
}

function expectWithinLimits(syncs: { requestBytes: number; responseBytes: number; addresses: string[] }[]) {
  for (const s of syncs) {
    expect(s.requestBytes).toBeLessThanOrEqual(FIVE_MB);
    expect(s.responseBytes).toBeLessThanOrEqual(FIVE_MB);
    for (const a of s.addresses) expect(a.length).toBeLessThan(8_000);
  }
}

describe('round-trip budget', () => {
  test('a 10,000-row paste is checked and painted in at most 6 syncs, none above 5 MB', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    const rows = tenThousandRows();
    xl.userSet(sheet, 'A2', rows);
    await settle();

    expect(xl.syncs.length).toBeLessThanOrEqual(6);
    expectWithinLimits(xl.syncs);
    const bad = rows.filter((_, i) => i % 7 === 3).length;
    expect(last().summary).toEqual({ rows: 10_000, valid: 10_000 - bad - 2, invalid: bad + 2, withWarnings: 0 });
    expect(xl.fillAt(sheet, `${D}5`)).toBe(ERROR_FILL); // i = 3 sits in sheet row 5
    expect(xl.fillAt(sheet, `${D}6`)).toBeUndefined();
    expect(xl.fillAt(sheet, `${F}101`)).toBe(ERROR_FILL);
    expect(xl.fillAt(sheet, `${F}9001`)).toBe(ERROR_FILL);
    expect(xl.markerAt(sheet, 'A5')).toBe(true);
    expect(xl.markerAt(sheet, 'A6')).toBe(false);
    // Adjacent cells are merged: the marker edge of 1,430 rows needs far fewer areas than rows.
    const areas = xl.syncs.flatMap((s) => s.addresses).filter((a) => a.includes(',')).join(',').split(',');
    expect(areas.length).toBeLessThan(3 * bad + 10);
  }, 30_000);

  test('a full check of 10,000 rows ("Check sheet") stays within the same budget', async () => {
    const { xl, sheet, engine, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', tenThousandRows());
    await settle();
    xl.resetCounters();
    await engine.checkAll();
    await settle();
    expect(xl.syncs.length).toBeLessThanOrEqual(6);
    expectWithinLimits(xl.syncs);
    expect(last().summary.rows).toBe(10_000);
    expect(xl.fillAt(sheet, `${D}5`)).toBe(ERROR_FILL);
  }, 30_000);

  test('one edit in a 10,000-row sheet reads one row and takes at most 2 syncs', async () => {
    const { xl, sheet, settle, last } = await withTemplate();
    xl.userSet(sheet, 'A2', tenThousandRows());
    await settle();
    xl.resetCounters();
    xl.userSet(sheet, `${D}5`, [['fixed@example.be']]);
    await settle();
    expect(xl.syncs.length).toBeLessThanOrEqual(2);
    expect(xl.syncs[0].responseBytes).toBeLessThan(1_000);
    expect(xl.fillAt(sheet, `${D}5`)).toBeUndefined();
    expect(last().summary.invalid).toBe(1429 + 2 - 1);
  }, 30_000);
});
