// The workbook model: sheets of cells (values, formats, fills, borders), tables, notes, validations,
// widths, the active sheet and the selection, and how Excel stores what is typed. No Office.js, no events.
import { colLetter, inside, parseArea, type Rect } from './address';

export type Value = string | number | boolean;

export interface Border {
  style: string;
  color?: string;
  weight?: string;
}

export interface Cell {
  value: Value;
  format?: string;
  fill?: string;
  edgeLeft?: Border;
  formula?: string;
}

export interface SheetModel {
  id: string;
  name: string;
  cells: Map<number, Cell>;
  /** Formats set on ranges too big to store per cell (whole columns), in order. */
  rectFormats: { rect: Rect; format: string }[];
  validations: { rect: Rect; source: string }[];
  notes: Map<string, string>;
  widths: Map<number, number>;
  /** 0-based indexes of hidden columns. */
  hiddenColumns: Set<number>;
  frozenRows: number;
  handlers: ((args: unknown) => Promise<unknown>)[];
  selectionHandlers: ((args: unknown) => Promise<unknown>)[];
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect; // rect.r1 = header row
}

export const key = (row: number, col: number) => row * 16_384 + col;

/** What Excel stores when a string is entered into a cell with the given number format. */
function coerce(value: Value, format: string): { value: Value; formula?: string } {
  if (typeof value !== 'string' || format === '@') return { value };
  if (value.startsWith('=')) return { value: 0, formula: value };
  const t = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return { value: Number(t) };
  return { value };
}

export class Workbook {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  active!: SheetModel;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  constructor() {
    this.active = this.addSheet('Sheet1');
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      rectFormats: [],
      validations: [],
      notes: new Map(),
      widths: new Map(),
      hiddenColumns: new Set(),
      frozenRows: 0,
      handlers: [],
      selectionHandlers: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  // ---- reading the sheet ----
  cell(sheet: SheetModel, address: string): Cell | undefined {
    const r = parseArea(address);
    return sheet.cells.get(key(r.r1, r.c1));
  }

  valueAt(sheet: SheetModel, address: string): Value {
    return this.cell(sheet, address)?.value ?? '';
  }

  fillAt(sheet: SheetModel, address: string): string | undefined {
    return this.cell(sheet, address)?.fill;
  }

  formatAt(sheet: SheetModel, address: string): string {
    const r = parseArea(address);
    return this.formatOf(sheet, r.r1, r.c1);
  }

  formatOf(sheet: SheetModel, row: number, col: number): string {
    const own = sheet.cells.get(key(row, col))?.format;
    if (own) return own;
    for (let i = sheet.rectFormats.length - 1; i >= 0; i--) {
      if (inside(sheet.rectFormats[i].rect, row, col)) return sheet.rectFormats[i].format;
    }
    return 'General';
  }

  /** Every filled cell of a sheet, as address -> colour. */
  fills(sheet: SheetModel): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, c] of sheet.cells) if (c.fill) out.set(`${colLetter(k % 16_384)}${Math.floor(k / 16_384)}`, c.fill);
    return out;
  }

  markerAt(sheet: SheetModel, address: string): boolean {
    const edge = this.cell(sheet, address)?.edgeLeft;
    return !!edge && edge.style !== 'None';
  }

  snapshot(sheet: SheetModel, rect: Rect): (Cell | undefined)[][] {
    const out: (Cell | undefined)[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: (Cell | undefined)[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = sheet.cells.get(key(r, c));
        row.push(cell ? { ...cell } : undefined);
      }
      out.push(row);
    }
    return out;
  }

  setValue(sheet: SheetModel, row: number, col: number, value: Value): void {
    const stored = coerce(value, this.formatOf(sheet, row, col));
    const k = key(row, col);
    const cell = sheet.cells.get(k);
    if (cell) {
      cell.value = stored.value;
      cell.formula = stored.formula;
    } else if (stored.value !== '' || stored.formula) {
      sheet.cells.set(k, { value: stored.value, formula: stored.formula });
    }
  }

  cellFor(sheet: SheetModel, row: number, col: number): Cell {
    const k = key(row, col);
    let cell = sheet.cells.get(k);
    if (!cell) {
      cell = { value: '' };
      sheet.cells.set(k, cell);
    }
    return cell;
  }

  lastUsedRow(sheet: SheetModel): number {
    let last = 0;
    for (const [k, c] of sheet.cells) if (c.value !== '') last = Math.max(last, Math.floor(k / 16_384));
    return last;
  }

  /** Excel grows a table when values land in the row right below it. */
  growTables(sheet: SheetModel, rect: Rect): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet || rect.c2 < t.rect.c1 || rect.c1 > t.rect.c2) continue;
      if (rect.r1 <= t.rect.r2 + 1 && rect.r2 > t.rect.r2) t.rect.r2 = rect.r2;
    }
  }

  /** Moves cells at and below `rect.r1` by `delta` rows within rect's columns (negative: delete). */
  shiftRows(sheet: SheetModel, rect: Rect, delta: number): void {
    const moved = new Map<number, Cell>();
    for (const [k, c] of sheet.cells) {
      const row = Math.floor(k / 16_384);
      const col = k % 16_384;
      if (col < rect.c1 || col > rect.c2 || row < rect.r1) {
        moved.set(k, c);
        continue;
      }
      if (delta < 0 && row <= rect.r2) continue; // deleted
      moved.set(key(row + delta, col), c);
    }
    sheet.cells = moved;
    for (const t of this.tables) {
      if (t.sheet !== sheet || t.rect.c2 < rect.c1 || t.rect.c1 > rect.c2) continue;
      if (delta < 0) {
        const gone = Math.max(0, Math.min(t.rect.r2, rect.r2) - Math.max(t.rect.r1 + 1, rect.r1) + 1);
        t.rect.r2 -= gone;
      } else if (rect.r1 <= t.rect.r2 && rect.r1 > t.rect.r1) {
        t.rect.r2 += delta;
      }
    }
  }
}
