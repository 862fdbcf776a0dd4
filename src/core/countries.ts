// Country names in English, French and Dutch (from the platform's Intl data) and ISO 3166 codes.
import { getCountries } from 'libphonenumber-js/max';
import { fold } from './text';

// ISO regions without a telephone plan of their own, so missing from libphonenumber's list.
const EXTRA_REGIONS = ['AQ', 'BV', 'GS', 'HM', 'PN', 'TF', 'UM'];
// Names people commonly write that Intl does not give (folded on lookup), and Belgium's own names, which
// nearly every row of a Belgian firm's file holds: with them here a check never builds Intl's tables (15 ms).
export const EXTRA_NAMES: Record<string, string[]> = {
  BE: ['BEL', 'Belgie', 'Belgien', 'Belgium', 'Belgique', 'België'],
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

let quick: Map<string, string> | null = null;
let byName: Map<string, string> | null = null;

const allCodes = (): string[] => [...getCountries(), ...EXTRA_REGIONS];

/** The codes and the names above: each maps as it does in the full table, where they are set last. */
function quickNames(): Map<string, string> {
  if (quick) return quick;
  const map = new Map<string, string>();
  for (const [code, extra] of Object.entries(EXTRA_NAMES)) for (const name of extra) map.set(fold(name), code);
  for (const code of allCodes()) map.set(fold(code), code);
  quick = map;
  return map;
}

function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const codes = allCodes();
  for (const lang of ['en', 'fr', 'nl']) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name) map.set(fold(name), code);
    }
  }
  for (const [name, code] of quickNames()) map.set(name, code);
  byName = map;
  return map;
}

/** The ISO 3166 alpha-2 code a country name or code means (`Belgique`, `België`, `be`), or null. */
export function countryCode(text: string): string | null {
  const key = fold(text);
  return quickNames().get(key) ?? names().get(key) ?? null;
}

/** A blank country means Belgium. */
export function isBelgium(code: string): boolean {
  return code === '' || code === 'BE';
}
