import { build, compact, format, validate } from '../../../src/core/identifiers/enterpriseNumber';

describe('enterprise number', () => {
  test('documented examples', () => {
    expect(validate('0403170701')).toBeNull();
    expect(validate('0403170702')).toBe('checksum');
    expect(compact('BE0403.170.701')).toBe('0403170701');
    expect(compact('be 0403 170 701')).toBe('0403170701');
    expect(format('0403170701')).toBe('0403.170.701');
  });

  test('numbers starting with 1 are enterprises; 2–9 are establishment units', () => {
    const startingWith1 = build(12_345_678);
    expect(startingWith1[0]).toBe('1');
    expect(validate(startingWith1)).toBeNull();
    for (const first of [2, 5, 8, 9]) {
      const unit = build(first * 10_000_000 + 1_234_567);
      expect(unit[0]).toBe(String(first));
      expect(validate(unit)).toBe('firstDigit');
    }
  });

  test('length and characters', () => {
    expect(validate('403170701')).toBe('length');
    expect(validate('04031707011')).toBe('length');
    expect(validate('0403.170.701')).toBe('format');
  });
});
