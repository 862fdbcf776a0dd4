// From a grid of flattened cells to the rows the core validates: find the header row, map columns.
import { cellText, columnLetter, unheadedColumnIssue, type CellValue, type FoundHeader, type InputRow } from '../core';
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

// The header finder is the core's, shared with the Excel adapter; csv.ts and xlsx.ts import it from here.
export { findHeader } from '../core/headers';

const isBlank = (value: CellValue): boolean => value === null || value === undefined || cellText(value) === '';

export function toSheetRead(sheet: string, grid: readonly GridRow[], header: FoundHeader, lang: Lang): SheetRead {
  const mapped = Object.entries(header.match.indexes) as [FieldKey, number][];
  const headerCells = grid[header.at].cells;
  const headerRow = grid[header.at].row;
  // Values under no header would be dropped without a word: find those columns to say so.
  const unheaded = new Set<number>();
  const headed = headerCells.map((cell) => !isBlank(cell));
  const rows: InputRow[] = [];
  for (let i = header.at + 1; i < grid.length; i++) {
    const source = grid[i].cells;
    const cells: InputRow['cells'] = {};
    let filled = false;
    for (const [field, index] of mapped) {
      const value = source[index];
      if (value === null || value === undefined || value === '') continue;
      cells[field] = value;
      filled = true;
    }
    for (let index = 0; index < source.length; index++) {
      if (!headed[index] && !unheaded.has(index) && !isBlank(source[index])) unheaded.add(index);
    }
    if (filled) rows.push({ row: grid[i].row, cells });
  }
  const unheadedIssues = [...unheaded].sort((a, b) => a - b).map((index) => unheadedColumnIssue(columnLetter(index), headerRow, lang));
  return {
    sheet,
    headerRow,
    columns: header.match.columns,
    headerIssues: [...header.match.issues, ...unheadedIssues],
    rows,
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
