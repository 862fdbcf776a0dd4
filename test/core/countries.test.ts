import { countryCode, EXTRA_NAMES } from '../../src/core/countries';
import { fold } from '../../src/core/text';

describe('country names', () => {
  test('names and codes in the three languages, any case and accents', () => {
    expect(countryCode('Belgique')).toBe('BE');
    expect(countryCode('belgie')).toBe('BE');
    expect(countryCode('Frankrijk')).toBe('FR');
    expect(countryCode('Allemagne')).toBe('DE');
    expect(countryCode('nl')).toBe('NL');
    expect(countryCode('Groot-Brittannië')).toBe('GB');
  });

  test('an unknown name is no country', () => {
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('')).toBeNull();
  });

  test("Belgium's names, listed so that most files never build Intl's tables, are Intl's own", () => {
    for (const lang of ['en', 'fr', 'nl']) {
      const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      expect(EXTRA_NAMES.BE.map(fold)).toContain(fold(display.of('BE')!));
    }
  });
});
