// From a grid of flattened cells to the rows the core validates: find the header row, map columns.
import { columnLetter, matchHeaders, unheadedColumnIssue, type CellValue, type InputRow } from '../core';
import { mapRows } from '../core/mapping/rows';
import type { MappingTarget } from '../core/mapping/types';
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
}

export interface GridRow {
  row: number;
  cells: CellValue[];
}

type HeaderMatch = ReturnType<typeof matchHeaders>;

export interface FoundHeader {
  at: number;
  match: HeaderMatch;
}

/** The first row the spec recognizes as the template's header row. */
export function findHeader(grid: readonly GridRow[], lang: Lang): FoundHeader | null {
  for (let at = 0; at < grid.length; at++) {
    const match = matchHeaders(grid[at].cells, { lang, headerRow: grid[at].row });
    if (match.recognized) return { at, match };
  }
  return null;
}

export function toSheetRead(sheet: string, grid: readonly GridRow[], header: FoundHeader, lang: Lang): SheetRead {
  const headerCells = grid[header.at].cells;
  const headerRow = grid[header.at].row;
  const targets: (MappingTarget | null)[] = headerCells.map(() => null);
  for (const [field, index] of Object.entries(header.match.indexes) as [FieldKey, number][]) targets[index] = field;
  if (header.match.address) targets[header.match.address.index] = 'address';
  const read = mapRows({ name: sheet, rows: grid }, header.at, targets, { lang });
  // Values under no header would be dropped without a word: say so.
  const unheadedIssues = read.unheaded.map((index) => unheadedColumnIssue(columnLetter(index), headerRow, lang));
  return {
    sheet,
    headerRow,
    columns: read.columns,
    headerIssues: [...header.match.issues, ...unheadedIssues],
    rows: read.rows,
  };
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
