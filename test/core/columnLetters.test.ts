import { columnIndex, columnLetter } from '../../src/core';

describe('column letters', () => {
  test('index to letter and back', () => {
    const cases: [number, string][] = [[0, 'A'], [20, 'U'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA']];
    for (const [index, letter] of cases) {
      expect(columnLetter(index)).toBe(letter);
      expect(columnIndex(letter)).toBe(index);
    }
    expect(columnIndex('aa')).toBe(26);
  });

  test('anything else is rejected', () => {
    expect(columnIndex('A1')).toBe(-1);
    expect(columnIndex('')).toBe(-1);
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });
});
