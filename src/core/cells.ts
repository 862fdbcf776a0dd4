/** A raw cell as read from a sheet: Excel numbers stay numbers, date cells may be Date objects. */
export type CellValue = string | number | boolean | Date | null | undefined;

// Non-breaking and other Unicode spaces survive String.prototype.trim in some paths; strip them explicitly.
const EDGE_SPACE = /^[\s\u00a0\u2007\u202f\ufeff]+|[\s\u00a0\u2007\u202f\ufeff]+$/g;

export function trimText(text: string): string {
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

export function isBlank(value: CellValue): boolean {
  return cellText(value) === '';
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
