// One worksheet part, streamed row by row: each cell as the user sees it (shared and inline strings,
// numbers, date cells, booleans, formulas' cached results, error values as their text).
import type { Readable } from 'node:stream';
import type { CellValue } from '../core';
import type { GridRow } from './sheet';
import { parseXml } from './xml';

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  maxColumns: number;
  /** Throws to stop reading (a limit). */
  onRow(row: GridRow): void;
  onChunk(): void;
}

export class ColumnLimit extends Error {}

const DAY_MS = 24 * 60 * 60 * 1000;

/** An Excel serial day as a date (1900 system: day 25569 is 1970-01-01; 1904 system: 1462 days later). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** "AB12" -> 27 (0-based column), or -1 without letters. */
function columnIndex(ref: string): number {
  let index = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) index = index * 26 + code - 64;
    else if (code >= 97 && code <= 122) index = index * 26 + code - 96;
    else break;
  }
  return i === 0 ? -1 : index - 1;
}

export async function readSheetXml(stream: Readable, ctx: SheetContext): Promise<void> {
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let column = -1;
  let type = '';
  let style = 0;
  let value = '';
  let hasValue = false;
  // Text counts only inside <v> or the <t> of an inline string (not in <f>, nor a phonetic guide).
  let capture = false;
  let phonetic = 0;

  const cellValue = (): CellValue => {
    if (!hasValue) return null;
    switch (type) {
      case 's': {
        const text = ctx.strings[Number(value)];
        return text === undefined ? null : text;
      }
      case 'str':
      case 'inlineStr':
      case 'e':
        return value;
      case 'b':
        return value.trim() === '1' || value.trim() === 'true';
      case 'd': {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : date;
      }
      default: {
        if (value.trim() === '') return null;
        const number = Number(value);
        if (Number.isNaN(number)) return value;
        return ctx.dateStyles[style] ? serialToDate(number, ctx.date1904) : number;
      }
    }
  };

  await parseXml(stream, {
    open(name, attrs) {
      switch (name) {
        case 'row':
          rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
          cells = [];
          column = -1;
          break;
        case 'c': {
          const at = attrs.r ? columnIndex(attrs.r) : -1;
          column = at >= 0 ? at : column + 1;
          if (column >= ctx.maxColumns) throw new ColumnLimit(String(column + 1));
          type = attrs.t ?? 'n';
          style = attrs.s ? Number(attrs.s) : 0;
          value = '';
          hasValue = false;
          break;
        }
        case 'v':
          capture = true;
          hasValue = true;
          break;
        case 't':
          if (type === 'inlineStr' && phonetic === 0) {
            capture = true;
            hasValue = true;
          }
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    text(text) {
      if (capture) value += text;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          const cell = cellValue();
          if (cell !== null) {
            while (cells.length < column) cells.push(null);
            cells[column] = cell;
          }
          break;
        }
        case 'row':
          if (cells.length > 0) ctx.onRow({ row: rowNumber, cells });
          break;
      }
    },
    chunk: ctx.onChunk,
  });
}
