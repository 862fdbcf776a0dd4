// Belgian national register number (rijksregisternummer / numéro de registre national) and BIS number.
// 11 digits: YYMMDD + 3-digit counter + 2 check digits. Same verbs as python-stdnum: compact, validate, format.
import { daysInMonth } from '../cells';

export type NationalNumberReason = 'format' | 'length' | 'checksum' | 'birthDate';

const SEPARATORS = /[\s.\-/]/g;
const DIGITS = /^\d+$/;

/** The number without spaces, dots, dashes or slashes. */
export function compact(value: string): string {
  return value.replace(SEPARATORS, '');
}

export interface BirthDate {
  year: number;
  /** 0 when unknown. */
  month: number;
  /** 0 when unknown. */
  day: number;
  bis: boolean;
}

function checkDigits(base: number): number {
  return 97 - (base % 97);
}

function possible(year: number, month: number, day: number): boolean {
  if (month === 0 || day === 0) return true;
  return day <= daysInMonth(year, month);
}

type Reading = BirthDate | NationalNumberReason;

// One pass for validate and birthDate: the checksum readings, then the date under the matching one.
function digitsAt(number: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (number.charCodeAt(i) - 48);
  return value;
}

function read(number: string, today: Date): Reading {
  if (!DIGITS.test(number)) return 'format';
  if (number.length !== 11) return 'length';
  const base = digitsAt(number, 0, 9);
  const check = digitsAt(number, 9, 11);
  const yy = digitsAt(number, 0, 2);
  // A 2000s birth uses "2" + the 9 digits, and only for a year that is not in the future.
  const as2000 = 2000 + yy <= today.getFullYear() && checkDigits(2e9 + base) === check;
  const as1900 = checkDigits(base) === check;
  if (!as2000 && !as1900) return 'checksum';
  const rawMonth = digitsAt(number, 2, 4);
  const day = digitsAt(number, 4, 6);
  const bis = rawMonth >= 20;
  const month = rawMonth >= 40 ? rawMonth - 40 : rawMonth >= 20 ? rawMonth - 20 : rawMonth;
  if (month > 12) return 'birthDate';
  // Prefer the 2000s reading when both match (the younger person).
  if (as2000 && possible(2000 + yy, month, day)) return { year: 2000 + yy, month, day, bis };
  if (as1900 && possible(1900 + yy, month, day)) return { year: 1900 + yy, month, day, bis };
  return 'birthDate';
}

/**
 * The birth date the number encodes, under the reading whose checksum matches and whose date is possible;
 * null when there is none. `today` decides whether the 2000s reading is allowed (not a future year).
 */
export function birthDate(number: string, today: Date = new Date()): BirthDate | null {
  const reading = read(number, today);
  return typeof reading === 'string' ? null : reading;
}

/** null when valid, else why not. Expects compact input (see `compact`). */
export function validate(number: string, today: Date = new Date()): NationalNumberReason | null {
  const reading = read(number, today);
  return typeof reading === 'string' ? reading : null;
}

export function isValid(number: string, today?: Date): boolean {
  return validate(number, today) === null;
}

/** The usual printed form: `85.07.30-033.28`. */
export function format(number: string): string {
  const n = compact(number);
  return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;
}

/** Builds a valid number from its parts (used by tests, benchmarks and demo data). */
export function build(year: number, month: number, day: number, counter: number, bisOffset: 0 | 20 | 40 = 0): string {
  const nine =
    String(year % 100).padStart(2, '0') +
    String(month + bisOffset).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(counter).padStart(3, '0');
  const base = Number(nine) + (year >= 2000 ? 2e9 : 0);
  return nine + String(checkDigits(base)).padStart(2, '0');
}
