// From a grid of flattened cells to the rows the core validates: find the header row, map columns.
import { cellText, columnLetter, matchHeaders, unheadedColumnIssue, type CellValue, type InputRow } from '../core';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/lang';
import { COLUMNS, type FieldKey } from '../core/template/columns';
import { ioMessage } from './messages';
import { ReadError } from './readError';

export interface SheetRead {
  /** Sheet name ('' for CSV). */
  sheet: string;
  headerRow: number;
  /** Sheet column letter of each field found in the header row. */
  columns: Partial<Record<FieldKey, string>>;
  /** Unknown columns (warnings) and missing required columns (errors). */
  headerIssues: Issue[];
  /** Every non-blank data row below the header, cells as read. */
  rows: InputRow[];
  /** The file has no cell types (CSV): validate with untypedCells. */
  untypedCells: boolean;
}

const isBlank = (value: CellValue): boolean => value === null || value === undefined || cellText(value) === '';

export interface GridRow {
  row: number;
  cells: CellValue[];
}

/**
 * Rows of one sheet as they arrive: finds the first row the spec recognizes as the template's header row,
 * then keeps each non-blank row below it mapped to its fields. The rows above the header are not kept.
 */
export class SheetRows {
  private header: { row: number; match: ReturnType<typeof matchHeaders>; mapped: [FieldKey, number][]; headed: boolean[] } | null = null;
  private readonly rows: InputRow[] = [];
  // Values under no header would be dropped without a word: find those columns to say so.
  private readonly unheaded = new Set<number>();

  constructor(
    private readonly sheet: string,
    private readonly lang: Lang,
    private readonly untypedCells = false,
  ) {}

  get found(): boolean {
    return this.header !== null;
  }

  get count(): number {
    return this.rows.length;
  }

  add({ row, cells: source }: GridRow): void {
    const header = this.header;
    if (!header) {
      const match = matchHeaders(source, { lang: this.lang, headerRow: row });
      if (match.recognized) {
        const mapped = Object.entries(match.indexes) as [FieldKey, number][];
        this.header = { row, match, mapped, headed: source.map((cell) => !isBlank(cell)) };
      }
      return;
    }
    const cells: InputRow['cells'] = {};
    let filled = false;
    for (const [field, index] of header.mapped) {
      const value = source[index];
      if (value === null || value === undefined || value === '') continue;
      cells[field] = value;
      filled = true;
    }
    for (let index = 0; index < source.length; index++) {
      if (!header.headed[index] && !this.unheaded.has(index) && !isBlank(source[index])) this.unheaded.add(index);
    }
    if (filled) this.rows.push({ row, cells });
  }

  /** The sheet as read, or null when no header row was found. */
  result(): SheetRead | null {
    const header = this.header;
    if (!header) return null;
    const unheadedIssues = [...this.unheaded]
      .sort((a, b) => a - b)
      .map((index) => unheadedColumnIssue(columnLetter(index), header.row, this.lang));
    return {
      sheet: this.sheet,
      headerRow: header.row,
      columns: header.match.columns,
      headerIssues: [...header.match.issues, ...unheadedIssues],
      rows: this.rows,
      untypedCells: this.untypedCells,
    };
  }
}

/** The headers a user must at least have, for "no header row" messages. */
export function requiredHeaders(): string {
  return COLUMNS.filter((c) => c.required)
    .map((c) => c.header)
    .join(', ');
}

export function noHeaderError(lang: Lang, sheets: readonly string[] | null): ReadError {
  const where =
    sheets === null
      ? ioMessage('read.whereCsv', lang)
      : ioMessage('read.whereSheets', lang, { sheets: sheets.map((s) => `"${s}"`).join(', ') });
  return new ReadError('read.noHeader', lang, { required: requiredHeaders(), where });
}
