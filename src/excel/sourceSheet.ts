// The active sheet as the mapping engine reads any sheet ("Map to the template"): its name and each
// non-blank row's cells by sheet column. Only read, never written; 2,000-row chunks, two per round trip.
import type { CellValue } from '../core';
import type { SheetRows } from '../core/mapping';
import { CHUNK_ROWS, rangeAddress } from './plan';
import type { ExcelHost } from './host';

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

/** The active sheet's rows (sheet row numbers, cells from column A); no rows for an empty sheet. */
export async function readActiveSheet(host: ExcelHost): Promise<SheetRows> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const rows: SheetRows['rows'][number][] = [];
    if (used.isNullObject) return { name: sheet.name, rows };
    const lastRow = used.rowIndex + used.rowCount;
    const [c1, c2] = [used.columnIndex, used.columnIndex + used.columnCount - 1];
    for (let from = used.rowIndex + 1; from <= lastRow; from += 2 * CHUNK_ROWS) {
      const reads: { first: number; range: Excel.Range }[] = [];
      for (let first = from; first <= Math.min(lastRow, from + 2 * CHUNK_ROWS - 1); first += CHUNK_ROWS) {
        const range = sheet.getRange(rangeAddress(c1, first, c2, Math.min(lastRow, first + CHUNK_ROWS - 1))).load('values');
        reads.push({ first, range });
      }
      await context.sync();
      for (const { first, range } of reads) {
        range.values.forEach((values, i) => {
          if (values.every(isBlank)) return;
          // Cells by sheet column, so the engine's letters are the sheet's.
          const cells: CellValue[] = [...new Array<CellValue>(c1).fill(null), ...(values as CellValue[])];
          rows.push({ row: first + i, cells });
        });
      }
    }
    return { name: sheet.name, rows };
  });
}
