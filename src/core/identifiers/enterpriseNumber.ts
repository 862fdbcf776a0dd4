// Belgian enterprise number (BCE/KBO, ondernemingsnummer / numéro d'entreprise): 10 digits,
// first digit 0 or 1 (2–9 are establishment units), last two = 97 − (first 8 mod 97).
export type EnterpriseNumberReason = 'format' | 'length' | 'firstDigit' | 'checksum';

const NOISE = /[\s.\-/]/g;
const COUNTRY_PREFIX = /^BE/i;
const DIGITS = /^\d+$/;

/** The number without `BE` prefix, spaces, dots, dashes or slashes. */
export function compact(value: string): string {
  return value.replace(NOISE, '').replace(COUNTRY_PREFIX, '');
}

/** null when valid, else why not. Expects compact input (see `compact`). */
export function validate(number: string): EnterpriseNumberReason | null {
  if (!DIGITS.test(number)) return 'format';
  if (number.length !== 10) return 'length';
  if (number[0] !== '0' && number[0] !== '1') return 'firstDigit';
  return 97 - (Number(number.slice(0, 8)) % 97) === Number(number.slice(8)) ? null : 'checksum';
}

export function isValid(number: string): boolean {
  return validate(number) === null;
}

/** The usual printed form: `0403.170.701`. */
export function format(number: string): string {
  const n = compact(number);
  return `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`;
}

/** Builds a valid number from its first 8 digits (first digit 0 or 1). */
export function build(first8: number): string {
  const eight = String(first8).padStart(8, '0');
  return eight + String(97 - (first8 % 97)).padStart(2, '0');
}
