// Country names in English, French and Dutch (from the platform's Intl data) and ISO 3166 codes.
import { getCountries } from 'libphonenumber-js/max';
import { fold } from './text';

// ISO regions without a telephone plan of their own, so missing from libphonenumber's list.
const EXTRA_REGIONS = ['AQ', 'BV', 'GS', 'HM', 'PN', 'TF', 'UM'];
// Names people commonly write that Intl does not give (folded on lookup).
const EXTRA_NAMES: Record<string, string[]> = {
  BE: ['BEL', 'Belgie', 'Belgien'],
  NL: ['NLD', 'Holland', 'The Netherlands', 'Pays Bas', 'Nederland'],
  FR: ['FRA'],
  DE: ['DEU', 'Deutschland'],
  LU: ['LUX'],
  GB: ['GBR', 'UK', 'Great Britain', 'England', 'Grande-Bretagne', 'Groot-Brittannië', 'Engeland', 'Angleterre'],
  US: ['USA', 'United States of America', 'Verenigde Staten van Amerika'],
  CH: ['CHE'],
  ES: ['ESP'],
  IT: ['ITA'],
};

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const codes = [...getCountries(), ...EXTRA_REGIONS];
  for (const lang of ['en', 'fr', 'nl']) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name) map.set(fold(name), code);
    }
  }
  for (const [code, extra] of Object.entries(EXTRA_NAMES)) for (const name of extra) map.set(fold(name), code);
  for (const code of codes) map.set(fold(code), code);
  byName = map;
  return map;
}

/** The ISO 3166 alpha-2 code a country name or code means (`Belgique`, `België`, `be`), or null. */
export function countryCode(text: string): string | null {
  return names().get(fold(text)) ?? null;
}

/** A blank country means Belgium. */
export function isBelgium(code: string): boolean {
  return code === '' || code === 'BE';
}
