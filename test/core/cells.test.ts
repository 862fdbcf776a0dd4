import fc from 'fast-check';
import { cellText, isBlank, type CellValue } from '../../src/core/cells';

describe('blank cells', () => {
  test('blank: nothing, spaces (non-breaking ones too), a date or number that is not one', () => {
    for (const value of [null, undefined, '', '  ', '\u00a0\t', NaN, Infinity, new Date(NaN)] as CellValue[]) expect(isBlank(value)).toBe(true);
  });

  test('not blank: text, zero, false, a date', () => {
    for (const value of ['x', ' 0 ', 0, -1.5, false, new Date(0)] as CellValue[]) expect(isBlank(value)).toBe(false);
  });

  test('blank exactly when the cell reads as no text (the rule it spares building the text for)', () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(null, undefined, NaN, Infinity, -Infinity, new Date(NaN)),
      fc.string({ unit: fc.constantFrom(' ', '\u00a0', '\u2007', '\ufeff', '\t', 'a', '0') }),
      fc.double(),
      fc.boolean(),
      fc.date(),
    );
    fc.assert(fc.property(cell, (value) => isBlank(value) === (cellText(value) === '')));
  });
});
