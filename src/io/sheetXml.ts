// One worksheet part, streamed row by row: each cell as the user sees it (shared and inline strings,
// numbers, date cells, booleans, formulas' cached results, error values as their text).
import type { Readable } from 'node:stream';
import type { CellValue } from '../core';
import type { GridRow } from './sheet';
import { decode, isSpace, scanChunks, skipMarkup, XmlError, type ChunkScanner } from './xml';

/** The shared strings by index (an array serves). */
export interface StringTable {
  at(index: number): string | undefined;
}

export interface SheetContext {
  strings: StringTable;
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

/** "AB12" -> 27 (0-based column), or -1 without letters; of `ref` from `start` to `end`. */
function columnIndex(ref: string, start = 0, end = ref.length): number {
  let index = 0;
  let i = start;
  for (; i < end; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) index = index * 26 + code - 64;
    else if (code >= 97 && code <= 122) index = index * 26 + code - 96;
    else break;
  }
  return i === start ? -1 : index - 1;
}

/** Whether an `&` (an entity) is between `start` and `end`: a short look, where indexOf would search on. */
function hasAmpersand(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 38) return true;
  return false;
}

/** The whole number the digits from `start` to `end` spell, or -1 unless there are 1 to 9 digits only. */
function digitsAt(text: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

// Cell types of one letter, as constants: no string per cell.
const ONE_LETTER_TYPES: Record<number, string> = { 115: 's', 110: 'n', 98: 'b', 101: 'e', 100: 'd' };

// The elements a worksheet's cells are made of, by local name.
const enum Tag {
  Other,
  Row,
  Cell,
  Value,
  Text,
  Phonetic,
}

const PLAIN_CELL_END = '</v></c>';

function tagOf(text: string, start: number, end: number): Tag {
  const first = text.charCodeAt(start);
  switch (end - start) {
    case 1:
      return first === 99 /* c */ ? Tag.Cell : first === 118 /* v */ ? Tag.Value : first === 116 /* t */ ? Tag.Text : Tag.Other;
    case 3:
      if (text.startsWith('row', start)) return Tag.Row;
      return text.startsWith('rPh', start) ? Tag.Phonetic : Tag.Other;
    default:
      return Tag.Other;
  }
}

/**
 * The worksheet's cells straight from its text: a scanner for exactly the elements a cell is made of (row,
 * c, v, the t of an inline string and of its rich-text runs, rPh to skip phonetic guides), since a general
 * XML scanner spent most of a 20,000-row read on elements and attributes nobody reads.
 */
class SheetScanner implements ChunkScanner {
  depth = 0;
  elements = 0;
  private rowNumber = 0;
  private cells: CellValue[] = [];
  private column = -1;
  private type = '';
  private style = 0;
  private value = '';
  private hasValue = false;
  // Text counts only inside <v> or the <t> of an inline string (not in <f>, nor a phonetic guide).
  private capture = false;
  private phonetic = 0;
  private readonly onText = (text: string): void => {
    if (this.capture) this.value += text;
  };

  constructor(private readonly ctx: SheetContext) {}

  scan(text: string): number {
    const length = text.length;
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) return at;
      if (this.capture && lt > at) this.value += decode(text.slice(at, lt));
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === 63 /* ? */ || next === 33 /* ! */) {
        const end = skipMarkup(text, lt, this.onText);
        if (end < 0) return lt;
        at = end;
        continue;
      }
      if (next === 99 /* c */ && text.charCodeAt(lt + 2) === 32) {
        const end = this.plainCell(text, lt);
        if (end >= 0) {
          at = end;
          continue;
        }
      }
      const closing = next === 47; /* / */
      let i = closing ? lt + 2 : lt + 1;
      let start = i;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === 58 /* : */) start = i + 1;
        else if (isSpace(code) || code === 47 || code === 62) break;
      }
      if (i >= length) return lt;
      const tag = tagOf(text, start, i);
      if (closing) {
        const gt = text.indexOf('>', i);
        if (gt < 0) return lt;
        this.depth--;
        this.close(tag);
        at = gt + 1;
        continue;
      }
      // The attributes: only a row's and a cell's r, s and t are read, the others skipped.
      let r = '';
      let s = '';
      let t = '';
      let selfClosing = false;
      for (;;) {
        while (i < length && isSpace(text.charCodeAt(i))) i++;
        if (i >= length) return lt;
        const code = text.charCodeAt(i);
        if (code === 62 /* > */) {
          i++;
          break;
        }
        if (code === 47 /* / */) {
          if (i + 1 >= length) return lt;
          if (text.charCodeAt(i + 1) !== 62) throw new XmlError('bad tag');
          selfClosing = true;
          i += 2;
          break;
        }
        const eq = text.indexOf('=', i);
        if (eq < 0) return lt;
        let quote = eq + 1;
        while (quote < length && isSpace(text.charCodeAt(quote))) quote++;
        if (quote >= length) return lt;
        const mark = text.charCodeAt(quote);
        if (mark !== 34 && mark !== 39) throw new XmlError('unquoted attribute');
        const end = text.indexOf(mark === 34 ? '"' : "'", quote + 1);
        if (end < 0) return lt;
        if ((tag === Tag.Row || tag === Tag.Cell) && (eq === i + 1 || text.slice(i, eq).trim().length === 1)) {
          const name = text.charCodeAt(i);
          if (name === 114 /* r */) r = decode(text.slice(quote + 1, end));
          else if (name === 115 /* s */) s = text.slice(quote + 1, end);
          else if (name === 116 /* t */) t = text.slice(quote + 1, end);
        }
        i = end + 1;
      }
      this.depth++;
      this.elements++;
      this.open(tag, r, s, t);
      if (selfClosing) {
        this.depth--;
        this.close(tag);
      }
      at = i;
    }
  }

  /**
   * A cell written `<c r=".." s=".." t=".."><v>value</v></c>`, as nearly every cell is, read whole: the same
   * as element by element, at a fraction of the cost. Returns the index after it, or -1 for the general way
   * (a formula, an inline string, a cell cut by the chunk's end, `>` inside an attribute...).
   */
  private plainCell(text: string, lt: number): number {
    const gt = text.indexOf('>', lt + 3);
    if (gt < 0 || text.charCodeAt(gt - 1) === 47 /* / */ || !text.startsWith('<v>', gt + 1)) return -1;
    // The next tag must close the value and the cell (a search for the closing pair itself could run far).
    const end = text.indexOf('<', gt + 4);
    if (end < 0 || !text.startsWith(PLAIN_CELL_END, end)) return -1;
    let column = -1;
    let style = 0;
    let type = 'n';
    for (let i = lt + 3; i < gt; ) {
      if (isSpace(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const eq = text.indexOf('=', i);
      const mark = text.charCodeAt(eq + 1);
      if (eq < 0 || eq > gt || (mark !== 34 && mark !== 39)) return -1;
      const from = eq + 2;
      const close = text.indexOf(mark === 34 ? '"' : "'", from);
      if (close < 0 || close > gt) return -1;
      if (eq === i + 1) {
        // Read in place, without a string per attribute: the general way's results, exactly.
        const name = text.charCodeAt(i);
        if (name === 114 /* r */) {
          column = hasAmpersand(text, from, close) ? columnIndex(decode(text.slice(from, close))) : columnIndex(text, from, close);
        } else if (name === 115 /* s */) {
          const digits = digitsAt(text, from, close);
          style = digits >= 0 ? digits : Number(text.slice(from, close));
        } else if (name === 116 /* t */) {
          type = (close === from + 1 ? ONE_LETTER_TYPES[text.charCodeAt(from)] : undefined) ?? (text.slice(from, close) || 'n');
        }
      }
      i = close + 1;
    }
    this.column = column >= 0 ? column : this.column + 1;
    if (this.column >= this.ctx.maxColumns) throw new ColumnLimit(String(this.column + 1));
    const index = type === 's' ? digitsAt(text, gt + 4, end) : -1;
    const cell = index >= 0 ? (this.ctx.strings.at(index) ?? null) : cellValue(type, decode(text.slice(gt + 4, end)), style, this.ctx);
    this.store(cell);
    this.elements += 2;
    return end + PLAIN_CELL_END.length;
  }

  private store(cell: CellValue): void {
    if (cell === null) return;
    while (this.cells.length < this.column) this.cells.push(null);
    this.cells[this.column] = cell;
  }

  private open(tag: Tag, r: string, s: string, t: string): void {
    switch (tag) {
      case Tag.Row:
        this.rowNumber = r ? Number(r) : this.rowNumber + 1;
        this.cells = [];
        this.column = -1;
        break;
      case Tag.Cell: {
        const at = r ? columnIndex(r) : -1;
        this.column = at >= 0 ? at : this.column + 1;
        if (this.column >= this.ctx.maxColumns) throw new ColumnLimit(String(this.column + 1));
        this.type = t || 'n';
        this.style = s ? Number(s) : 0;
        this.value = '';
        this.hasValue = false;
        break;
      }
      case Tag.Value:
        this.capture = true;
        this.hasValue = true;
        break;
      case Tag.Text:
        if (this.type === 'inlineStr' && this.phonetic === 0) {
          this.capture = true;
          this.hasValue = true;
        }
        break;
      case Tag.Phonetic:
        this.phonetic++;
        break;
    }
  }

  private close(tag: Tag): void {
    switch (tag) {
      case Tag.Value:
      case Tag.Text:
        this.capture = false;
        break;
      case Tag.Phonetic:
        this.phonetic--;
        break;
      case Tag.Cell:
        this.store(this.hasValue ? cellValue(this.type, this.value, this.style, this.ctx) : null);
        break;
      case Tag.Row:
        if (this.cells.length > 0) this.ctx.onRow({ row: this.rowNumber, cells: this.cells });
        break;
    }
  }
}

function cellValue(type: string, value: string, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case 's': {
      // Array.at counts negative indexes from the end: an index is a whole number from 0.
      const index = Number(value);
      const text = index >= 0 && Number.isInteger(index) ? ctx.strings.at(index) : undefined;
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
}

export async function readSheetXml(stream: Readable, ctx: SheetContext): Promise<void> {
  await scanChunks(stream, new SheetScanner(ctx), ctx.onChunk);
}
