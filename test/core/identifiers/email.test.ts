import fc from 'fast-check';
import { z } from 'zod';
import { regexes } from 'zod/v4/core';
import { compact, EMAIL, validate } from '../../../src/core/identifiers/email';

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

  test("the pattern is zod's, as it stands in the installed version", () => {
    expect(EMAIL.source).toBe(regexes.email.source);
    expect(EMAIL.flags).toBe(regexes.email.flags);
  });

  test("the verdict is zod's z.email() verdict", () => {
    const schema = z.email();
    const address = fc.oneof(fc.emailAddress(), fc.string(), fc.constantFrom('a@b.c', 'a@b.co', 'a..b@x.be', 'a@-x.be', '"a"@x.be'));
    fc.assert(
      fc.property(address, (value) => {
        expect(validate(value) === null).toBe(schema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });
});
