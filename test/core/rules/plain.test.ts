import { check, issuesOf } from '../helpers';

describe('person (A)', () => {
  test('any case is accepted and stored lowercase', () => {
    expect(issuesOf('person', { person: 'PERSON' })).toEqual([]);
    expect(check({ person: ' Person ' }).values.person).toBe('person');
  });

  test('blank is an error with the fix "person"; another value too', () => {
    expect(issuesOf('person', { person: '' })).toEqual([['person.required', 'error', 'person']]);
    expect(issuesOf('person', { person: 'company' })).toEqual([['person.invalid', 'error', 'person']]);
  });
});

describe('required text (B, C)', () => {
  test('filled in passes, blank is an error', () => {
    expect(issuesOf('firstName', { firstName: 'Émilie' })).toEqual([]);
    expect(issuesOf('firstName', { firstName: ' \u00a0' })).toEqual([['firstName.required', 'error', undefined]]);
    expect(issuesOf('lastName', { lastName: null })).toEqual([['lastName.required', 'error', undefined]]);
  });

  test('optional text columns accept anything, numbers as their digits', () => {
    expect(issuesOf('houseNumber', { houseNumber: 12 })).toEqual([]);
    expect(check({ houseNumber: 12, box: 'b', street: '' }).values).toMatchObject({ houseNumber: '12', box: 'b' });
  });
});

describe('language (P)', () => {
  test('dutch, english or french in any case, stored lowercase', () => {
    expect(issuesOf('language', { language: 'French' })).toEqual([]);
    expect(check({ language: 'ENGLISH' }).values.language).toBe('english');
  });

  test('localized names and codes are errors whose fix is the right word', () => {
    const cases: [string, string][] = [
      ['nl', 'dutch'], ['fr', 'french'], ['Nederlands', 'dutch'], ['néerlandais', 'dutch'], ['frans', 'french'],
      ['français', 'french'], ['anglais', 'english'], ['Engels', 'english'], ['EN', 'english'],
    ];
    for (const [word, fix] of cases) {
      expect(issuesOf('language', { language: word })).toEqual([['language.localized', 'error', fix]]);
    }
  });

  test('unknown or missing language is an error', () => {
    expect(issuesOf('language', { language: 'german' })).toEqual([['language.invalid', 'error', undefined]]);
    expect(issuesOf('language', { language: '' })).toEqual([['language.required', 'error', undefined]]);
  });
});

describe('country (L)', () => {
  test('names in EN/FR/NL and ISO codes are recognized and stored as the ISO code', () => {
    for (const name of ['Belgium', 'Belgique', 'België', 'belgie', 'BE', 'be']) {
      expect(check({ country: name }).values.country).toBe('BE');
    }
    expect(check({ country: 'Pays-Bas' }).values.country).toBe('NL');
    expect(check({ country: 'Duitsland', postalCode: '10115' }).values.country).toBe('DE');
    expect(check({ country: 'Frankrijk', postalCode: '75001' }).values.country).toBe('FR');
    expect(issuesOf('country', { country: '' })).toEqual([]);
  });

  test('an unknown country is a warning, and the value is kept', () => {
    expect(issuesOf('country', { country: 'Narnia' })).toEqual([['country.unknown', 'warning', undefined]]);
    const result = check({ country: 'Narnia' });
    expect(result.valid).toBe(true);
    expect(result.values.country).toBe('Narnia');
  });
});

describe('postal code (J)', () => {
  test('in Belgium (or a blank country): 4 digits from 1000 to 9999', () => {
    expect(issuesOf('postalCode', { postalCode: '1000', country: '' })).toEqual([]);
    expect(issuesOf('postalCode', { postalCode: 9000, country: 'België' })).toEqual([]);
    expect(issuesOf('postalCode', { postalCode: '999', country: '' })).toEqual([['postalCode.invalid', 'error', undefined]]);
    expect(issuesOf('postalCode', { postalCode: '10000', country: 'Belgium' })).toEqual([
      ['postalCode.invalid', 'error', undefined],
    ]);
    expect(issuesOf('postalCode', { postalCode: 'B-1000' })).toEqual([['postalCode.invalid', 'error', '1000']]);
  });

  test('abroad, any postal code is accepted', () => {
    expect(issuesOf('postalCode', { postalCode: '75001', country: 'France' })).toEqual([]);
    expect(issuesOf('postalCode', { postalCode: 'SW1A 1AA', country: 'United Kingdom' })).toEqual([]);
  });
});

describe('labels (N)', () => {
  test('comma-separated without spaces beside commas', () => {
    expect(issuesOf('labels', { labels: 'bureau Bruxelles,gestionnaire X' })).toEqual([]);
    expect(issuesOf('labels', { labels: 'vip' })).toEqual([]);
  });

  test('a space beside a comma or an empty label is an error with the tidy fix', () => {
    expect(issuesOf('labels', { labels: 'bureau Bruxelles, gestionnaire X' })).toEqual([
      ['labels.format', 'error', 'bureau Bruxelles,gestionnaire X'],
    ]);
    expect(issuesOf('labels', { labels: 'a ,b' })).toEqual([['labels.format', 'error', 'a,b']]);
    expect(issuesOf('labels', { labels: 'a,,b,' })).toEqual([['labels.format', 'error', 'a,b']]);
  });
});

describe('Extra PB (M) must stay empty', () => {
  test('anything in it is a warning, and it is ignored', () => {
    expect(issuesOf('extraPb', { extraPb: '' })).toEqual([]);
    expect(issuesOf('extraPb', { extraPb: 'yes' })).toEqual([['extraPb.notEmpty', 'warning', '']]);
    const result = check({ extraPb: 'yes' });
    expect(result.valid).toBe(true);
    expect(result.values.extraPb).toBeUndefined();
  });
});

describe('client code (Q)', () => {
  test('optional, any text, numbers as their digits', () => {
    expect(issuesOf('clientCode', { clientCode: '' })).toEqual([]);
    expect(check({ clientCode: 1234567890123 }).values.clientCode).toBe('1234567890123');
  });
});
