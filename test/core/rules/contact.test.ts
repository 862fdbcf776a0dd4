import { check, issuesOf } from '../helpers';

describe('mobile cells', () => {
  test('an E.164 mobile passes, Belgian or foreign; blank is fine (optional)', () => {
    expect(issuesOf('mobile', { mobile: '+32470123456' })).toEqual([]);
    expect(issuesOf('mobile', { mobile: '+33612345678' })).toEqual([]);
    expect(issuesOf('mobile', { mobile: '' })).toEqual([]);
  });

  test('a Belgian landline is "not a mobile number"', () => {
    expect(issuesOf('mobile', { mobile: '+3222345678' })).toEqual([['mobile.notMobile', 'error', undefined]]);
    expect(issuesOf('mobile', { mobile: '02 234 56 78' })).toEqual([['mobile.notMobile', 'error', undefined]]);
  });

  test('other shapes readable as a Belgian mobile are errors with the E.164 fix', () => {
    for (const shape of ['0470 12 34 56', '0032470123456', '+32 470 12 34 56', '0470/12.34.56']) {
      expect(issuesOf('mobile', { mobile: shape })).toEqual([['mobile.format', 'error', '+32470123456']]);
    }
  });

  test('numeric cells are restored to E.164 with a warning', () => {
    for (const cell of [32470123456, 470123456]) {
      const result = check({ mobile: cell });
      expect(result.values.mobile).toBe('+32470123456');
      expect(result.valid).toBe(true);
      expect(issuesOf('mobile', { mobile: cell })).toEqual([['mobile.restoredPlus', 'warning', '+32470123456']]);
    }
    expect(issuesOf('mobile', { mobile: 3222345678 })).toEqual([['mobile.notMobile', 'error', undefined]]);
    expect(issuesOf('mobile', { mobile: 12345 })).toEqual([['mobile.invalid', 'error', undefined]]);
  });

  test('unreadable text is invalid', () => {
    expect(issuesOf('mobile', { mobile: 'call me' })).toEqual([['mobile.invalid', 'error', undefined]]);
    expect(issuesOf('mobile', { mobile: '+32123' })).toEqual([['mobile.invalid', 'error', undefined]]);
  });
});

describe('e-mail cells (D required, U optional)', () => {
  test('valid addresses are trimmed, including non-breaking spaces', () => {
    expect(issuesOf('email', { email: '\u00a0jan@example.be  ' })).toEqual([]);
    expect(check({ email: '\u00a0jan@example.be  ' }).values.email).toBe('jan@example.be');
    expect(issuesOf('responsibleEmail', { responsibleEmail: 'boss@firm.be' })).toEqual([]);
    expect(issuesOf('responsibleEmail', { responsibleEmail: '' })).toEqual([]);
  });

  test('two addresses, an invalid address, and a missing required address are errors', () => {
    expect(issuesOf('email', { email: 'a@x.be;b@x.be' })).toEqual([['email.multiple', 'error', undefined]]);
    expect(issuesOf('email', { email: 'jan.example.be' })).toEqual([['email.invalid', 'error', undefined]]);
    expect(issuesOf('email', { email: '  ' })).toEqual([['email.required', 'error', undefined]]);
    expect(issuesOf('responsibleEmail', { responsibleEmail: 'boss' })).toEqual([
      ['responsibleEmail.invalid', 'error', undefined],
    ]);
  });
});
