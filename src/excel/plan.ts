// Pure planning for the Excel adapter: addresses, spans, chunks and what to paint.
// Nothing here touches Office.js, so all of it is tested without Excel.
import { columnIndex, columnLetter } from '../core';
import type { Issue } from '../core';

/** Excel rejects long address lists; stay under 8,000 characters per RangeAreas. */
export const MAX_ADDRESS_CHARS = 7_900;
/** Rows per read or write range: keeps each request well under Excel on the web's 5 MB. */
export const CHUNK_ROWS = 2_000;
/** Rows read per round trip (two chunks): a 10,000-row paste is read in 3 syncs. */
export const WAVE_ROWS = 4_000;

/** A rectangle of cells: rows are 1-based sheet rows, columns 0-based. Infinity = whole column/row. */
export interface Rect {
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

/** A contiguous run of sheet rows, inclusive. */
export interface RowSpan {
  from: number;
  to: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses an event address such as `B5`, `A2:U10001`, `B:B`, `5:7` or `Sheet1!A1:B2, D4`.
 * Returns null when the address cannot be read (the caller then checks everything).
 */
export function parseAddress(address: string): Rect[] | null {
  const rects: Rect[] = [];
  for (const raw of address.split(',')) {
    const area = raw.includes('!') ? raw.slice(raw.lastIndexOf('!') + 1) : raw;
    const [a, b = a] = area.trim().split(':');
    const start = CELL.exec(a);
    const end = CELL.exec(b);
    if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) return null;
    const c1 = start[1] ? columnIndex(start[1]) : 0;
    const c2 = end[1] ? columnIndex(end[1]) : Infinity;
    const r1 = start[2] ? Number(start[2]) : 1;
    const r2 = end[2] ? Number(end[2]) : Infinity;
    rects.push({ r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) });
  }
  return rects.length > 0 ? rects : null;
}

/** Sorts and merges overlapping or touching row spans. */
export function mergeRowSpans(spans: readonly RowSpan[]): RowSpan[] {
  const sorted = [...spans].filter((s) => s.to >= s.from).sort((x, y) => x.from - y.from);
  const merged: RowSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to + 1) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/** Splits spans into chunks of at most `size` rows. */
export function chunkRowSpans(spans: readonly RowSpan[], size = CHUNK_ROWS): RowSpan[] {
  const chunks: RowSpan[] = [];
  for (const span of spans) {
    for (let from = span.from; from <= span.to; from += size) {
      chunks.push({ from, to: Math.min(span.to, from + size - 1) });
    }
  }
  return chunks;
}

/** Groups chunks into waves of at most `rows` rows: one wave = one round trip. */
export function planWaves(spans: readonly RowSpan[], rows = WAVE_ROWS, chunk = CHUNK_ROWS): RowSpan[][] {
  const waves: RowSpan[][] = [];
  let current: RowSpan[] = [];
  let count = 0;
  for (const c of chunkRowSpans(mergeRowSpans(spans), chunk)) {
    const n = c.to - c.from + 1;
    if (count + n > rows && current.length > 0) {
      waves.push(current);
      current = [];
      count = 0;
    }
    current.push(c);
    count += n;
  }
  if (current.length > 0) waves.push(current);
  return waves;
}

export function rangeAddress(c1: number, r1: number, c2: number, r2: number): string {
  const a = `${columnLetter(c1)}${r1}`;
  return c1 === c2 && r1 === r2 ? a : `${a}:${columnLetter(c2)}${r2}`;
}

/** A cell by 1-based row and 0-based column. */
export interface CellRef {
  row: number;
  col: number;
}

/**
 * Merges cells into as few rectangles as it can cheaply find: runs of rows per column,
 * then neighbouring columns with the same run. Returns their addresses, top to bottom.
 */
export function cellSpans(cells: Iterable<CellRef>): string[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  // run "from:to" -> sorted columns holding exactly that run
  const runs = new Map<string, number[]>();
  for (const [col, rows] of byCol) {
    const spans = mergeRowSpans(rows.map((r) => ({ from: r, to: r })));
    for (const s of spans) {
      const key = `${s.from}:${s.to}`;
      const cols = runs.get(key);
      if (cols) cols.push(col);
      else runs.set(key, [col]);
    }
  }
  const rects: Rect[] = [];
  for (const [key, cols] of runs) {
    const [r1, r2] = key.split(':').map(Number);
    cols.sort((x, y) => x - y);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
        rects.push({ r1, r2, c1: start, c2: cols[i - 1] });
        start = cols[i];
      }
    }
  }
  rects.sort((x, y) => x.r1 - y.r1 || x.c1 - y.c1);
  return rects.map((r) => rangeAddress(r.c1, r.r1, r.c2, r.r2));
}

/** Joins addresses into comma-separated lists, each under `max` characters. */
export function chunkAddresses(addresses: readonly string[], max = MAX_ADDRESS_CHARS): string[] {
  const lists: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > max) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}

export type Mark = 'error' | 'warning';

/** How one row is painted: the mark of each cell (by 0-based column) and the invalid-row marker. */
export interface RowPaint {
  cells: Map<number, Mark>;
  invalid: boolean;
}

/** Errors win over warnings in the same cell; file-level issues (no field) paint nothing. */
export function paintOf(issues: readonly Issue[]): RowPaint | null {
  const cells = new Map<number, Mark>();
  let invalid = false;
  for (const issue of issues) {
    if (issue.severity === 'error') invalid = true;
    if (!issue.field) continue;
    const col = columnIndex(issue.column);
    if (col < 0) continue;
    if (issue.severity === 'error' || !cells.has(col)) cells.set(col, issue.severity);
  }
  return cells.size > 0 || invalid ? { cells, invalid } : null;
}

/** The format writes that take the sheet from one painting to the next. */
export interface PaintPlan {
  error: CellRef[];
  warning: CellRef[];
  clear: CellRef[];
  /** Rows whose marker must be shown / removed. */
  mark: number[];
  unmark: number[];
}

export function emptyPlan(): PaintPlan {
  return { error: [], warning: [], clear: [], mark: [], unmark: [] };
}

export function isEmptyPlan(plan: PaintPlan): boolean {
  return !plan.error.length && !plan.warning.length && !plan.clear.length && !plan.mark.length && !plan.unmark.length;
}

/** Adds to `plan` the writes that turn `before` into `after` for one row (only what differs). */
export function diffPaint(plan: PaintPlan, row: number, before: RowPaint | null, after: RowPaint | null): void {
  const was = before?.cells ?? new Map<number, Mark>();
  const now = after?.cells ?? new Map<number, Mark>();
  for (const [col, mark] of now) {
    if (was.get(col) !== mark) plan[mark].push({ row, col });
  }
  for (const col of was.keys()) {
    if (!now.has(col)) plan.clear.push({ row, col });
  }
  const wasInvalid = before?.invalid ?? false;
  const isInvalid = after?.invalid ?? false;
  if (isInvalid && !wasInvalid) plan.mark.push(row);
  if (!isInvalid && wasInvalid) plan.unmark.push(row);
}

/** A value to write back into a cell, and whether it must be stored as text. */
export interface SafeWrite {
  value: string;
  asText: boolean;
}

/**
 * Values written back never become formulas or numbers Excel would reinterpret:
 * text-format columns, anything starting with = + - @, and anything number- or date-like are written as text.
 */
export function safeWrite(value: string, columnFormat: string): SafeWrite {
  const asText = columnFormat === '@' || /^[=+\-@]/.test(value) || /^[\d\s.,:/-]+$/.test(value);
  return { value, asText };
}
