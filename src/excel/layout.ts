// Turns the table's position and header row into a Layout (pure).
import { columnIndex, columnLetter, matchHeaders } from '../core';
import type { CellValue, FieldKey, Lang } from '../core';
import type { Layout } from './model';

/** The table range's position as Excel reports it (0-based row and column indexes). */
export interface TableBox {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** What to load of a table's range to get its TableBox. */
export const BOX = 'rowIndex,columnIndex,rowCount,columnCount';

export function layoutFrom(box: TableBox, header: readonly CellValue[], lang: Lang): Layout {
  const headerRow = box.rowIndex + 1;
  const firstCol = box.columnIndex;
  const match = matchHeaders([...header], { lang, headerRow });
  const columns: Partial<Record<FieldKey, string>> = {};
  for (const [field, at] of Object.entries(match.indexes) as [FieldKey, number][]) {
    columns[field] = columnLetter(firstCol + at);
  }
  // matchHeaders names columns as if the header started in A; shift them to where the table is.
  const headerIssues = match.issues.map((issue) => {
    const at = columnIndex(issue.column);
    return at >= 0 && firstCol > 0 ? { ...issue, column: columnLetter(firstCol + at) } : issue;
  });
  return {
    headerRow,
    firstCol,
    width: box.columnCount,
    lastRow: box.rowIndex + box.rowCount,
    fields: { ...match.indexes },
    columns,
    headerIssues,
  };
}

export function sameBox(layout: Layout, box: TableBox): boolean {
  return layout.headerRow === box.rowIndex + 1 && layout.firstCol === box.columnIndex && layout.width === box.columnCount;
}
