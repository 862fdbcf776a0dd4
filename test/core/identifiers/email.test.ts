import { compact, validate } from '../../../src/core/identifiers/email';

describe('e-mail address', () => {
  test('one valid address', () => {
    expect(validate('jan.peeters@example.be')).toBeNull();
    expect(validate('an+tax@sub.example.com')).toBeNull();
  });

  test('two addresses in one cell', () => {
    expect(validate('a@x.be;b@x.be')).toBe('multiple');
    expect(validate('a@x.be, b@x.be')).toBe('multiple');
    expect(validate('a@x.be b@x.be')).toBe('multiple');
  });

  test('invalid addresses', () => {
    expect(validate('jan.peeters')).toBe('invalid');
    expect(validate('jan@')).toBe('invalid');
    expect(validate('jan @example.be')).toBe('invalid');
    expect(validate('jan@example')).toBe('invalid');
  });

  test('compact trims and drops a mailto: prefix', () => {
    expect(compact('  jan@example.be \n')).toBe('jan@example.be');
    expect(compact('mailto:jan@example.be')).toBe('jan@example.be');
  });
});
