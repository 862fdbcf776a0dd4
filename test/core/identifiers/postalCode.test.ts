import { compact, validate } from '../../../src/core/identifiers/postalCode';

describe('Belgian postal code', () => {
  test('4 digits from 1000 to 9999', () => {
    expect(validate('1000')).toBeNull();
    expect(validate('9999')).toBeNull();
    expect(validate('0999')).toBe('invalid');
    expect(validate('999')).toBe('invalid');
    expect(validate('10000')).toBe('invalid');
    expect(validate('B-1000')).toBe('invalid');
  });

  test('compact drops a B- prefix and spaces', () => {
    expect(compact('B-1000')).toBe('1000');
    expect(compact('BE-9000')).toBe('9000');
    expect(compact('1 000')).toBe('1000');
  });
});
