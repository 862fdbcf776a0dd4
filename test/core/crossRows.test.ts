import { CrossRowIndex, namesAsPartner, validateRows } from '../../src/core';
import { rowWith, TODAY } from './helpers';

const JAN = '85073003328';
const AN = '17073003384';
const PIET = '90010112395';

const codes = (results: ReturnType<typeof validateRows>) =>
  results.map((r) => [r.row, r.valid, r.issues.map((i) => `${i.code}:${i.severity}:${JSON.stringify(i.params ?? {})}`)]);

describe('rules across rows', () => {
  test('the same registration number on two rows is an error on both', () => {
    const results = validateRows([rowWith({ registrationNumber: JAN }, 2), rowWith({ registrationNumber: '85.07.30-033.28' }, 5)], {
      today: TODAY,
    });
    expect(codes(results)).toEqual([
      [2, false, ['registrationNumber.duplicate:error:{"rows":"5"}']],
      [5, false, ['registrationNumber.punctuation:error:{}', 'registrationNumber.duplicate:error:{"rows":"2"}']],
    ]);
    expect(results[0].issues[0].message).toBe('This national register number is also on row 5: keep one row per declaration.');
  });

  test("a row whose number is another row's partner number gets the joint-declaration warning", () => {
    const results = validateRows(
      [rowWith({ registrationNumber: JAN, spouseRegistrationNumber: AN }, 2), rowWith({ registrationNumber: AN }, 3)],
      { today: TODAY },
    );
    expect(codes(results)).toEqual([
      [2, true, []],
      [3, true, ['registrationNumber.partnerRow:warning:{"row":"2"}']],
    ]);
    expect(results[1].issues[0].message).toBe(
      'This person is already the partner in row 2, which holds the joint declaration (a couple is one row): remove this row.',
    );
  });

  test('a couple entered twice (each row naming the other) warns only the later row: the earlier is the declaration', () => {
    const results = validateRows(
      [rowWith({ registrationNumber: JAN, spouseRegistrationNumber: AN }, 2), rowWith({ registrationNumber: AN, spouseRegistrationNumber: JAN }, 5)],
      { today: TODAY },
    );
    expect(codes(results)).toEqual([
      [2, true, []],
      [5, true, ['registrationNumber.partnerRow:warning:{"row":"2"}']],
    ]);
  });

  test("the partner's enterprise number, when only the partner's row has it, goes with the warning for the fix to keep", () => {
    const partner = rowWith({ registrationNumber: AN, spouseRegistrationNumber: JAN, enterpriseNumber: '0403170701' }, 3);
    const without = validateRows([rowWith({ registrationNumber: JAN, spouseRegistrationNumber: AN }, 2), partner], { today: TODAY });
    expect(without[1].issues.map((i) => i.params)).toEqual([{ row: '2', enterpriseNumber: '0403170701' }]);
    const withS = validateRows(
      [rowWith({ registrationNumber: JAN, spouseRegistrationNumber: AN, spouseEnterpriseNumber: '0403170701' }, 2), partner],
      { today: TODAY },
    );
    expect(withS[1].issues.map((i) => i.params)).toEqual([{ row: '2' }]);
  });

  test('a person named as partner on two rows is warned with both rows, whatever their order', () => {
    const results = validateRows(
      [
        rowWith({ registrationNumber: AN, spouseRegistrationNumber: JAN }, 2),
        rowWith({ registrationNumber: JAN, spouseRegistrationNumber: AN }, 3),
        rowWith({ registrationNumber: PIET, spouseRegistrationNumber: AN }, 4),
      ],
      { today: TODAY },
    );
    expect(results[0].issues.map((i) => [i.code, i.params])).toEqual([['registrationNumber.partnerRow', { row: '3, 4' }]]);
  });

  test('the same client code twice is an error on both rows', () => {
    const results = validateRows(
      [
        rowWith({ clientCode: 'C-1', registrationNumber: JAN }, 2),
        rowWith({ clientCode: 'C-2', registrationNumber: '' }, 3),
        rowWith({ clientCode: 'C-1', registrationNumber: AN }, 4),
      ],
      { today: TODAY },
    );
    expect(codes(results).map(([row, valid]) => [row, valid])).toEqual([[2, false], [3, true], [4, false]]);
    expect(results[2].issues.map((i) => [i.code, i.column, i.params])).toEqual([['clientCode.duplicate', 'Q', { rows: '2' }]]);
  });

  test('big groups list a few rows, then an ellipsis', () => {
    const rows = Array.from({ length: 9 }, (_, i) => rowWith({ clientCode: 'SAME', registrationNumber: '' }, i + 2));
    const results = validateRows(rows, { today: TODAY });
    expect(results[0].issues.find((i) => i.code === 'clientCode.duplicate')!.params).toEqual({ rows: '3, 4, 5, 6, 7, …' });
    expect(results[8].issues.find((i) => i.code === 'clientCode.duplicate')!.params).toEqual({ rows: '2, 3, 4, 5, 6, …' });
  });
});

describe('CrossRowIndex (live validation)', () => {
  test('reports the other rows whose issues change when a duplicate appears and disappears', () => {
    const index = new CrossRowIndex();
    expect(index.set(2, { registrationNumber: JAN, clientCode: 'A' })).toEqual([]);
    expect(index.set(3, { registrationNumber: AN, clientCode: 'B' })).toEqual([]);
    expect(index.issuesFor(2)).toEqual([]);

    expect(index.set(3, { registrationNumber: JAN, clientCode: 'B' })).toEqual([2]);
    expect(index.issuesFor(2).map((i) => [i.code, i.params])).toEqual([['registrationNumber.duplicate', { rows: '3' }]]);
    expect(index.issuesFor(3).map((i) => [i.code, i.params])).toEqual([['registrationNumber.duplicate', { rows: '2' }]]);

    expect(index.set(3, null)).toEqual([2]);
    expect(index.issuesFor(2)).toEqual([]);
    expect(index.issuesFor(3)).toEqual([]);
  });

  test('a partner number typed on one row changes the warning on the partner\'s own row', () => {
    const index = new CrossRowIndex();
    index.set(4, { registrationNumber: AN });
    expect(index.set(2, { registrationNumber: JAN, spouseRegistrationNumber: AN })).toEqual([4]);
    expect(index.issuesFor(4, { lang: 'nl', columns: { registrationNumber: 'C' } })).toEqual([
      {
        row: 4,
        column: 'C',
        field: 'registrationNumber',
        severity: 'warning',
        code: 'registrationNumber.partnerRow',
        message: 'Deze persoon is al de partner op rij 2, die de gezamenlijke aangifte bevat (een koppel is één rij): verwijder deze rij.',
        params: { row: '2' },
      },
    ]);
    expect(index.set(2, { registrationNumber: JAN })).toEqual([4]);
    expect(index.issuesFor(4)).toEqual([]);
  });

  test('typing the couple a second time, in either order, moves the warning to the later row only', () => {
    const index = new CrossRowIndex();
    index.set(2, { registrationNumber: JAN, spouseRegistrationNumber: AN });
    expect(index.set(5, { registrationNumber: AN })).toEqual([]);
    expect(index.issuesFor(5).map((i) => i.code)).toEqual(['registrationNumber.partnerRow']);
    // Row 5 now names row 2 as its partner too: row 2 is the declaration, and stays without a warning.
    expect(index.set(5, { registrationNumber: AN, spouseRegistrationNumber: JAN })).toEqual([]);
    expect(index.issuesFor(2)).toEqual([]);
    expect(index.issuesFor(5).map((i) => i.params)).toEqual([{ row: '2' }]);
    // The declaration's row is emptied: row 5 is the couple's only row and has nothing to warn.
    index.set(2, null);
    expect(index.issuesFor(5)).toEqual([]);
    // The declarant typed again below: now row 5 is the declaration, and the new later row 9 is warned.
    expect(index.set(9, { registrationNumber: JAN, spouseRegistrationNumber: AN })).toEqual([]);
    expect(index.issuesFor(5)).toEqual([]);
    expect(index.issuesFor(9).map((i) => i.params)).toEqual([{ row: '5' }]);
  });

  test('setting the same keys again changes nothing', () => {
    const index = new CrossRowIndex();
    index.set(2, { clientCode: 'A', firstName: 'Jan' });
    index.set(3, { clientCode: 'A' });
    expect(index.set(2, { clientCode: 'A', firstName: 'Janneke' })).toEqual([]);
    expect(index.size).toBe(2);
  });

  test('joining a big group only touches the rows whose listed rows change', () => {
    const index = new CrossRowIndex();
    for (let row = 10; row < 30; row++) index.set(row, { clientCode: 'X' });
    expect(index.set(40, { clientCode: 'X' })).toEqual([]);
    expect(index.set(2, { clientCode: 'X' }).length).toBe(21);
    expect(index.issuesFor(40)[0].params).toEqual({ rows: '2, 10, 11, 12, 13, …' });
  });
});

test('a declaration names its partner when column O holds the partner\'s number, written any way; the fix deletes nothing otherwise', () => {
  expect(namesAsPartner('85.07.30-033.28', JAN)).toBe(true);
  expect(namesAsPartner(85073003328, JAN)).toBe(true);
  expect(namesAsPartner('', JAN)).toBe(false);
  expect(namesAsPartner(PIET, JAN)).toBe(false);
  expect(namesAsPartner('', '')).toBe(false);
});
