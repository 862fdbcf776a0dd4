/** A raw cell as read from a sheet: Excel numbers stay numbers, date cells may be Date objects. */
export type CellValue = string | number | boolean | Date | null | undefined;

// Non-breaking and other Unicode spaces survive String.prototype.trim in some paths; strip them explicitly.
const EDGE_SPACE = /^[\s\u00a0\u2007\u202f\ufeff]+|[\s\u00a0\u2007\u202f\ufeff]+$/g;

// Any character EDGE_SPACE may strip (a superset is fine: the regex decides).
function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function trimText(text: string): string {
  // Most cells need no trimming; checking both ends first avoids a regex pass per cell.
  if (text === '' || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1)))) return text;
  return text.replace(EDGE_SPACE, '');
}

/**
 * The text a user meant by a cell. Integer numbers become their digits (never `8.5073E+10`),
 * dates their ISO day, everything is trimmed.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return trimText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : BigInt(value).toString();
  return String(value);
}

// What a cell may not contain: control characters other than tab and line breaks (PostgreSQL's text
// cannot hold NUL; the others are invisible) and UTF-16 surrogates without their pair (not text at all).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** The text without the characters no cell may hold, or null when it has none (the usual case). */
export function withoutUnsafe(text: string): string | null {
  return UNSAFE.test(text) ? trimText(text.replace(UNSAFE_ALL, '')) : null;
}

/** Whether cellText(value) is '', without building the text (a number or date never is blank but for NaN). */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return trimText(value) === '';
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'boolean') return false;
  return Number.isNaN(value.getTime());
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
