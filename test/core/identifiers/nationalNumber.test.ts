import { birthDate, build, compact, format, validate } from '../../../src/core/identifiers/nationalNumber';

const TODAY = new Date(2025, 5, 1);

describe('national register number', () => {
  test('documented examples are valid', () => {
    // python-stdnum's examples: born 30 July 1985, and born 30 July 2017 (checksum over "2" + 9 digits).
    expect(validate('85073003328', TODAY)).toBeNull();
    expect(validate('17073003384', TODAY)).toBeNull();
    expect(birthDate('85073003328', TODAY)).toEqual({ year: 1985, month: 7, day: 30, bis: false });
    expect(birthDate('17073003384', TODAY)).toEqual({ year: 2017, month: 7, day: 30, bis: false });
  });

  test('a wrong check digit is a checksum error', () => {
    expect(validate('85073003327', TODAY)).toBe('checksum');
    expect(validate('17073003385', TODAY)).toBe('checksum');
  });

  test('the 2000s reading applies only when that year is not in the future', () => {
    const born2024 = build(2024, 3, 15, 12);
    expect(validate(born2024, new Date(2025, 0, 1))).toBeNull();
    expect(validate(born2024, new Date(2024, 0, 1))).toBeNull();
    expect(validate(born2024, new Date(2023, 11, 31))).toBe('checksum');
  });

  test('day 00 with a known month and month 00 with any day are accepted', () => {
    expect(validate(build(1970, 5, 0, 101), TODAY)).toBeNull();
    expect(validate(build(1970, 0, 0, 101), TODAY)).toBeNull();
    expect(validate(build(1970, 0, 45, 101), TODAY)).toBeNull();
    expect(birthDate(build(1970, 5, 0, 101), TODAY)).toMatchObject({ year: 1970, month: 5, day: 0 });
  });

  test('29 February exists in 2000 but not in 1900', () => {
    expect(validate(build(2000, 2, 29, 1), TODAY)).toBeNull();
    expect(validate(build(1900, 2, 29, 1), TODAY)).toBe('birthDate');
    expect(validate(build(1904, 2, 29, 1), TODAY)).toBeNull();
  });

  test('impossible days are rejected', () => {
    expect(validate(build(1985, 4, 31, 33), TODAY)).toBe('birthDate');
    expect(validate(build(1985, 13, 1, 33), TODAY)).toBe('birthDate');
  });

  test('BIS numbers: month + 20 or + 40, and months 13–19, 33–39, 53+ are invalid', () => {
    // python-stdnum's be.bis example.
    expect(validate('98472899765', TODAY)).toBeNull();
    expect(birthDate('98472899765', TODAY)).toEqual({ year: 1998, month: 7, day: 28, bis: true });
    expect(validate(build(1990, 3, 12, 5, 20), TODAY)).toBeNull();
    expect(validate(build(1990, 3, 12, 5, 40), TODAY)).toBeNull();
    expect(validate(build(2001, 0, 0, 5, 20), TODAY)).toBeNull();
    expect(validate(build(1990, 2, 30, 5, 40), TODAY)).toBe('birthDate');
    for (const month of [13, 19, 33, 39, 53, 60, 99]) {
      expect(validate(build(1990, month, 1, 5), TODAY)).toBe('birthDate');
    }
  });

  test('length and characters', () => {
    expect(validate('8507300332', TODAY)).toBe('length');
    expect(validate('850730033288', TODAY)).toBe('length');
    expect(validate('85.07.30-033.28', TODAY)).toBe('format');
    expect(validate('', TODAY)).toBe('format');
  });

  test('compact strips punctuation and format prints the usual form', () => {
    expect(compact('85.07.30-033.28')).toBe('85073003328');
    expect(compact(' 85 07 30 033 28 ')).toBe('85073003328');
    expect(format('85073003328')).toBe('85.07.30-033.28');
  });
});
