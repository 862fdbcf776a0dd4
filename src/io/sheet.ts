// From a grid of flattened cells to the rows the core validates: find the header row, map columns.
import { columnLetter, matchHeaders, unheadedColumnIssue, type InputRow } from '../core';
import { RowMapper } from '../core/mapping/rows';
import type { MappingTarget } from '../core/mapping/types';
import type { Issue } from '../core/issues';
import type { GridRow } from '../core/headers';
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

export type { GridRow } from '../core/headers';

/** Where a streaming read sends each data row (with the sheet's column letters) instead of keeping it. */
export type RowSink = (row: InputRow, columns: Partial<Record<FieldKey, string>>, untypedCells: boolean) => void;

/**
 * Rows of one sheet as they arrive: finds the first row the spec recognizes as the template's header row,
 * then keeps each non-blank row below it mapped to its fields. The rows above the header are not kept.
 */
export class SheetRows {
  private header: { row: number; match: ReturnType<typeof matchHeaders>; mapper: RowMapper } | null = null;
  private readonly rows: InputRow[] = [];

  constructor(
    private readonly sheet: string,
    private readonly lang: Lang,
    private readonly untypedCells = false,
    private readonly sink?: RowSink,
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
        // The template's own columns, and a single address column split into its parts: the mapping's row code.
        const targets: (MappingTarget | null)[] = source.map(() => null);
        for (const [field, index] of Object.entries(match.indexes) as [FieldKey, number][]) targets[index] = field;
        if (match.address) targets[match.address.index] = 'address';
        this.header = { row, match, mapper: new RowMapper(source, targets, { lang: this.lang }) };
      }
      return;
    }
    const mapped = header.mapper.map({ row, cells: source });
    if (!mapped) return;
    if (this.sink) this.sink(mapped, header.mapper.columns, this.untypedCells);
    else this.rows.push(mapped);
  }

  /** The sheet as read, or null when no header row was found. */
  result(): SheetRead | null {
    const header = this.header;
    if (!header) return null;
    // Values under no header would be dropped without a word: say so.
    const unheadedIssues = header.mapper.unheaded.map((index) => unheadedColumnIssue(columnLetter(index), header.row, this.lang));
    return {
      sheet: this.sheet,
      headerRow: header.row,
      columns: header.mapper.columns,
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
