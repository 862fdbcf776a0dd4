// Dates: Date cells (exceljs), Excel serial numbers (Office.js), and text in DD/MM/YYYY, DD-MM-YYYY or YYYY-MM-DD.
import { cellText, daysInMonth, isoDay, type CellValue } from '../cells';
import type { KindReason } from '../codes';
import { error, ok, warning, type RuleResult, type RuleContext } from './types';

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
// ISO day, optionally followed by a midnight-style time as some exports write it.
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
// Excel's largest date, 9999-12-31.
const MAX_SERIAL = 2_958_465;

type DateParts = { year: number; month: number; day: number };

function fromSerial(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const date = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function fromText(text: string): DateParts | null {
  let match = DAY_FIRST.exec(text);
  if (match) return { year: Number(match[4]), month: Number(match[3]), day: Number(match[1]) };
  match = YEAR_FIRST.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return null;
}

// A run has one `today`: its day is worked out once, not per cell.
let lastToday = NaN;
let lastTodayIso = '';

function todayIso(today: Date): string {
  const time = today.getTime();
  if (time !== lastToday) {
    lastTodayIso = isoDay(today.getFullYear(), today.getMonth() + 1, today.getDate());
    lastToday = time;
  }
  return lastTodayIso;
}

export function dateRule(cell: CellValue, ctx: RuleContext): RuleResult<KindReason<'date'>> {
  const text = cellText(cell);
  if (text === '') return ok('');
  let parts: DateParts | null;
  if (cell instanceof Date) {
    parts = { year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() };
  } else if (typeof cell === 'number') {
    parts = fromSerial(cell);
  } else {
    parts = fromText(text);
  }
  if (!parts) return error(text, 'format');
  const { year, month, day } = parts;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return error(text, 'impossible');
  const iso = isoDay(year, month, day);
  return iso < todayIso(ctx.today) ? warning(iso, 'past') : ok(iso);
}
