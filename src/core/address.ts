// Reads one address cell ("Kerkstraat 12 bus 3, 9000 Gent") into the template's Street–Country columns.
// Only the forms below are split; anything else stays whole in Street, and the caller says so.
import { countryCode } from './countries';

export interface AddressParts {
  street: string;
  houseNumber: string;
  box: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface ParsedAddress {
  parts: AddressParts;
  /** False when the text did not fit a known form: then it is all in `street`, and nothing was guessed. */
  split: boolean;
}

export const ADDRESS_FIELDS = ['street', 'houseNumber', 'box', 'postalCode', 'city', 'country'] as const;

// A city: letters (any script), spaces, hyphens, apostrophes, dots and brackets ("Sint-Niklaas", "Braine-l'Alleud").
const CITY = String.raw`(\p{L}[\p{L}\p{M} .'’()-]*\p{L}\.?|\p{L})`;
// The postal code, with the country prefix Belgians sometimes write (B-2000, BE-2000, L-1234, F-75001).
const LOCALITY = new RegExp(String.raw`^(.*?)\s*(?:,|\s-\s|–|\s)\s*(?:(B|BE|NL|L|F|D|CH)-)?(\d{4,5})(?:\s?([A-Z]{2}))?\s+${CITY}$`, 'u');
// Street then number, with a box after "bus", "bte", "boîte", "box" or a slash.
const BOX_WORD = String.raw`(?:bus|bte\.?|bt\.?|boîte|boite|box)`;
// The street is the shortest start that leaves exactly a number and a box: "Rue du 11 Novembre 5" keeps its 11.
const STREET_FIRST = new RegExp(String.raw`^(.*?\D)\s+(\d+[a-z]?)(?:(?:\s*/\s*|\s+${BOX_WORD}\s*)([0-9a-z]+))?$`, 'iu');
// Number then street, as in France or the UK ("12 rue de Rivoli"): only for a foreign address.
const NUMBER_FIRST = /^(\d+[a-zA-Z]?),?\s+(\D+)$/u;
const HAS_DIGIT = /\d/;

const blank = (): AddressParts => ({ street: '', houseNumber: '', box: '', postalCode: '', city: '', country: '' });

/** Splits an address written in one of the forms people use in Belgium, or a foreign one ending with its country. */
export function parseAddress(text: string): ParsedAddress {
  const whole = text.replace(/\s+/g, ' ').trim();
  const parts = blank();
  if (whole === '') return { parts, split: true };
  const unsplit = { parts: { ...blank(), street: whole }, split: false };

  let rest = whole;
  const lastComma = rest.lastIndexOf(',');
  if (lastComma > 0) {
    const tail = rest.slice(lastComma + 1).trim();
    if (!HAS_DIGIT.test(tail) && countryCode(tail)) {
      parts.country = tail;
      rest = rest.slice(0, lastComma).trim();
    }
  }
  const code = parts.country === '' ? 'BE' : countryCode(parts.country)!;

  const locality = LOCALITY.exec(rest);
  if (!locality) return unsplit;
  const [, streetPart, prefix, digits, letters, city] = locality;
  if (prefix && !prefixFits(prefix, code)) return unsplit;
  // A Belgian postal code is 4 digits; Dutch ones add two letters; 5 digits is another country's.
  const belgian = code === 'BE';
  if (belgian && digits.length !== 4) return unsplit;
  if (letters && code !== 'NL') return unsplit;
  parts.postalCode = letters ? `${digits} ${letters}` : digits;
  parts.city = city;

  const street = streetPart.replace(/,$/, '').trim();
  const streetFirst = STREET_FIRST.exec(street);
  if (streetFirst && !/\d$/.test(streetFirst[1].trim())) {
    parts.street = streetFirst[1].trim().replace(/,$/, '');
    parts.houseNumber = streetFirst[2];
    parts.box = streetFirst[3] ?? '';
    if (parts.street === '' || !/\p{L}/u.test(parts.street)) return unsplit;
    return { parts, split: true };
  }
  const numberFirst = belgian ? null : NUMBER_FIRST.exec(street);
  if (numberFirst) {
    parts.houseNumber = numberFirst[1];
    parts.street = numberFirst[2].trim();
    return { parts, split: true };
  }
  return unsplit;
}

const PREFIX_COUNTRY: Record<string, string> = { B: 'BE', BE: 'BE', NL: 'NL', L: 'LU', F: 'FR', D: 'DE', CH: 'CH' };

function prefixFits(prefix: string, country: string): boolean {
  return PREFIX_COUNTRY[prefix] === country;
}
