import { check, issuesOf } from '../helpers';

describe('registration number cells (F, and O with the same rules)', () => {
  test('a valid number passes; a blank one is a warning (recommended)', () => {
    expect(issuesOf('registrationNumber', {})).toEqual([]);
    expect(issuesOf('registrationNumber', { registrationNumber: '' })).toEqual([
      ['registrationNumber.recommended', 'warning', undefined],
    ]);
    expect(check({ registrationNumber: '' }).valid).toBe(true);
  });

  test('punctuation is an error whose fix is the digits alone', () => {
    expect(issuesOf('registrationNumber', { registrationNumber: '85.07.30-033.28' })).toEqual([
      ['registrationNumber.punctuation', 'error', '85073003328'],
    ]);
    expect(issuesOf('spouseRegistrationNumber', { spouseRegistrationNumber: '17 07 30 033 84' })).toEqual([
      ['spouseRegistrationNumber.punctuation', 'error', '17073003384'],
    ]);
  });

  test('wrong check digits, impossible dates and letters are errors without a fix', () => {
    expect(issuesOf('registrationNumber', { registrationNumber: '85073003329' })).toEqual([
      ['registrationNumber.checksum', 'error', undefined],
    ]);
    expect(issuesOf('registrationNumber', { registrationNumber: '85.07.30-033.29' })).toEqual([
      ['registrationNumber.checksum', 'error', undefined],
    ]);
    expect(issuesOf('spouseRegistrationNumber', { spouseRegistrationNumber: '00022900116' })).toEqual([
      ['spouseRegistrationNumber.birthDate', 'error', undefined],
    ]);
    expect(issuesOf('registrationNumber', { registrationNumber: 'unknown' })).toEqual([
      ['registrationNumber.format', 'error', undefined],
    ]);
  });

  test('a numeric cell is read as its integer digits, never in scientific notation', () => {
    expect(check({ registrationNumber: 85073003328 }).values.registrationNumber).toBe('85073003328');
    expect(issuesOf('registrationNumber', { registrationNumber: 85073003328 })).toEqual([]);
  });

  test('a 10-digit number valid with its leading 0 restored is accepted, with a warning', () => {
    // Born 1 February 2001: 01020100133 loses its leading 0 in a number cell.
    const result = check({ registrationNumber: 1020100133 });
    expect(result.values.registrationNumber).toBe('01020100133');
    expect(result.valid).toBe(true);
    expect(issuesOf('registrationNumber', { registrationNumber: 1020100133 })).toEqual([
      ['registrationNumber.restoredZero', 'warning', '01020100133'],
    ]);
    expect(issuesOf('registrationNumber', { registrationNumber: 1020100134 })).toEqual([
      ['registrationNumber.length', 'error', undefined],
    ]);
  });

  test('a text cell keeps its zeros: 10 digits there are a typo, an error without a restored 0', () => {
    expect(check({ registrationNumber: '1020100133' }).valid).toBe(false);
    expect(issuesOf('registrationNumber', { registrationNumber: '1020100133' })).toEqual([
      ['registrationNumber.length', 'error', undefined],
    ]);
  });

  test('in a CSV (no cell types) 10 digits are an error whose fix offers the 0-prefixed number', () => {
    const csv = { untypedCells: true };
    expect(check({ registrationNumber: '1020100133' }, csv).valid).toBe(false);
    expect(issuesOf('registrationNumber', { registrationNumber: '1020100133' }, csv)).toEqual([
      ['registrationNumber.missingZero', 'error', '01020100133'],
    ]);
    expect(check({ registrationNumber: '1020100133' }, { ...csv, lang: 'fr' }).issues[0].message).toContain('01020100133');
    expect(issuesOf('registrationNumber', { registrationNumber: '1020100134' }, csv)).toEqual([
      ['registrationNumber.length', 'error', undefined],
    ]);
  });

  test("the partner's number must differ from the declarant's", () => {
    expect(issuesOf('spouseRegistrationNumber', { spouseRegistrationNumber: '85073003328' })).toEqual([
      ['spouseRegistrationNumber.sameAsDeclarant', 'error', undefined],
    ]);
    expect(issuesOf('spouseRegistrationNumber', { spouseRegistrationNumber: '17073003384' })).toEqual([]);
  });
});

describe('enterprise number cells (R, and S with the same rules)', () => {
  test('valid, blank, and BE-prefixed input', () => {
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: '0403170701' })).toEqual([]);
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: '' })).toEqual([]);
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: 'BE0403.170.701' })).toEqual([
      ['enterpriseNumber.punctuation', 'error', '0403170701'],
    ]);
    expect(issuesOf('spouseEnterpriseNumber', { spouseEnterpriseNumber: 'BE 0403 170 701' })).toEqual([
      ['spouseEnterpriseNumber.punctuation', 'error', '0403170701'],
    ]);
  });

  test('establishment unit numbers and checksum errors', () => {
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: '2123456789' })).toEqual([
      ['enterpriseNumber.firstDigit', 'error', undefined],
    ]);
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: '0403170702' })).toEqual([
      ['enterpriseNumber.checksum', 'error', undefined],
    ]);
  });

  test('9 digits in a text cell are an error; in a CSV an error offering the 0-prefixed number', () => {
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: '403170701' })).toEqual([
      ['enterpriseNumber.length', 'error', undefined],
    ]);
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: '403170701' }, { untypedCells: true })).toEqual([
      ['enterpriseNumber.missingZero', 'error', '0403170701'],
    ]);
  });

  test('a 9-digit number valid with its leading 0 restored is accepted, with a warning', () => {
    const result = check({ enterpriseNumber: 403170701 });
    expect(result.values.enterpriseNumber).toBe('0403170701');
    expect(result.valid).toBe(true);
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: 403170701 })).toEqual([
      ['enterpriseNumber.restoredZero', 'warning', '0403170701'],
    ]);
    expect(issuesOf('enterpriseNumber', { enterpriseNumber: 403170702 })).toEqual([
      ['enterpriseNumber.length', 'error', undefined],
    ]);
  });
});
