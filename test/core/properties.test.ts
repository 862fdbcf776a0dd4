import fc from 'fast-check';
import {
  CrossRowIndex,
  FIELD_KEYS,
  enterpriseNumber,
  nationalNumber,
  validateRow,
  validateRows,
  type CellValue,
  type FieldKey,
  type InputRow,
  type Issue,
} from '../../src/core';
import { allIssueCodes } from '../../src/core/codes';
import { validCells } from './helpers';

const TODAY = new Date(2025, 5, 1);
const KNOWN_CODES = new Set(allIssueCodes());

// Values people put in cells: realistic ones, near misses, and arbitrary strings and numbers.
const SAMPLES = [
  '', ' ', 'person', 'Person', '85073003328', '85.07.30-033.28', '17073003384', '1020100133', '98472899765',
  '0403170701', 'BE0403.170.701', '403170701', '+32470123456', '0470 12 34 56', '32470123456', '+3222345678',
  'jan@example.be', 'a@x.be;b@x.be', 'mailto: x@y.be', 'nl', 'Dutch', 'français', 'Belgique', 'Narnia', 'BE',
  '1000', 'B-1000', '75001', 'a, b', 'a,,b', '30/06/2027', '31/02/2027', '2027-06-30', '\u00a0x\u00a0',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...SAMPLES),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(85073003328, 1020100133, 403170701, 32470123456, 470123456, 46568, 1e21, -0),
  fc.date(),
  fc.boolean(),
  fc.constant(null),
);
const cells = fc.dictionary(fc.constantFrom(...FIELD_KEYS), cell) as fc.Arbitrary<Partial<Record<FieldKey, CellValue>>>;
const rows = fc.array(cells, { maxLength: 8 }).map((list) => list.map((c, i): InputRow => ({ row: i + 2, cells: c })));

describe('properties', () => {
  test('no input makes the validator throw, and every issue has a known code and a message', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('en', 'fr', 'nl') as fc.Arbitrary<'en' | 'fr' | 'nl'>, (input, lang) => {
        for (const result of validateRows(input, { today: TODAY, lang })) {
          for (const issue of result.issues) {
            expect(KNOWN_CODES.has(issue.code)).toBe(true);
            expect(issue.message).not.toBe(issue.code);
            expect(issue.message).not.toMatch(/\{\w+\}/);
          }
          expect(result.valid).toBe(!result.issues.some((i) => i.severity === 'error'));
        }
      }),
      { numRuns: 400 },
    );
  });

  test('normalizing twice equals normalizing once', () => {
    fc.assert(
      fc.property(cells, (c) => {
        const once = validateRow({ row: 2, cells: { ...validCells(), ...c } }, { today: TODAY });
        if (!once) return;
        const twice = validateRow({ row: 2, cells: once.values }, { today: TODAY });
        expect(twice?.values).toEqual(once.values);
      }),
      { numRuns: 500 },
    );
  });

  const date = fc.record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 0, max: 12 }),
    day: fc.integer({ min: 0, max: 31 }),
  }).filter(({ year, month, day }) => month === 0 || day === 0 || day <= new Date(Date.UTC(year, month, 0)).getUTCDate());

  test('every national register or BIS number built by the rules is valid; changing a check digit is not', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 998 }),
        fc.constantFrom(0, 20, 40) as fc.Arbitrary<0 | 20 | 40>,
        fc.integer({ min: 9, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        ({ year, month, day }, counter, bis, position, delta) => {
          const number = nationalNumber.build(year, month, day, counter, bis);
          expect(nationalNumber.validate(number, TODAY)).toBeNull();
          const changed = number.slice(0, position) + ((Number(number[position]) + delta) % 10) + number.slice(position + 1);
          // The other century's checksum can coincide: then it is another person's valid number.
          const otherYear = year >= 2000 ? year - 100 : year + 100;
          fc.pre(otherYear > 2025 || changed !== nationalNumber.build(otherYear, month, day, counter, bis));
          expect(nationalNumber.validate(changed, TODAY)).not.toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('every enterprise number built by the rules is valid; changing a check digit is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 8, max: 9 }), fc.integer({ min: 1, max: 9 }), (first8, position, delta) => {
        const number = enterpriseNumber.build(first8);
        expect(enterpriseNumber.validate(number)).toBeNull();
        const changed = number.slice(0, position) + ((Number(number[position]) + delta) % 10) + number.slice(position + 1);
        expect(enterpriseNumber.validate(changed)).toBe('checksum');
      }),
      { numRuns: 1000 },
    );
  });

  test('live validation through CrossRowIndex agrees with validateRows after any sequence of edits', () => {
    const registration = fc.constantFrom('', '85073003328', '85.07.30-033.28', '17073003384', '98472899765');
    const edit = fc.record({
      row: fc.integer({ min: 2, max: 9 }),
      cells: fc.option(
        fc.record({ registrationNumber: registration, spouseRegistrationNumber: registration, clientCode: fc.constantFrom('', 'A', 'B') }),
      ),
    });
    const crossCodes = new Set(['registrationNumber.duplicate', 'registrationNumber.partnerRow', 'clientCode.duplicate']);
    const snapshot = (index: CrossRowIndex) => {
      const view = new Map<number, string>();
      for (let row = 2; row <= 9; row++) view.set(row, JSON.stringify(index.issuesFor(row)));
      return view;
    };
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const sheet = new Map<number, InputRow>();
        const index = new CrossRowIndex();
        for (const { row, cells: changed } of edits) {
          const input: InputRow = { row, cells: { ...validCells(), ...(changed ?? {}) } };
          if (changed) sheet.set(row, input);
          else sheet.delete(row);
          const before = snapshot(index);
          const live = changed ? validateRow(input, { today: TODAY }) : null;
          const reported = index.set(row, live ? live.values : null);
          const after = snapshot(index);
          const really = [...after.keys()].filter((r) => r !== row && after.get(r) !== before.get(r));
          expect(reported).toEqual(really);
        }
        const batch = validateRows([...sheet.values()].sort((a, b) => a.row - b.row), { today: TODAY });
        for (const result of batch) {
          const fromBatch = result.issues.filter((i: Issue) => crossCodes.has(i.code));
          expect(index.issuesFor(result.row)).toEqual(fromBatch);
        }
      }),
      { numRuns: 300 },
    );
  });
});
