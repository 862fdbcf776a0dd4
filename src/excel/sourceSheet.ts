// The active sheet as the mapping engine reads any sheet ("Map to the template"): its name and each
// non-blank row's cells by sheet column. Only read, never written; 2,000-row chunks, two per round trip.
import type { CellValue } from '../core';
import type { SheetRows } from '../core/mapping';
import { CHUNK_ROWS, rangeAddress } from './plan';
import type { ExcelHost } from './host';

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

/** A sheet's rows (sheet row numbers, cells from column A), up to `maxRows` sheet rows; none for an empty sheet. */
async function readSheet(host: ExcelHost, name: string | null, maxRows = Infinity): Promise<SheetRows> {
  return host.run(async (context) => {
    const sheet = name === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(name);
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const rows: SheetRows['rows'][number][] = [];
    if (used.isNullObject) return { name: sheet.name, rows };
    const lastRow = Math.min(used.rowIndex + used.rowCount, maxRows);
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

/** The active sheet's rows. */
export function readActiveSheet(host: ExcelHost): Promise<SheetRows> {
  return readSheet(host, null);
}

/** The other sheets' first rows, where a practice tool's export keeps its links (couples) on a sheet of their own. */
export async function readOtherSheetHeads(host: ExcelHost, active: string, rows: number): Promise<SheetRows[]> {
  const names = await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name).filter((n) => n !== active);
  });
  const heads: SheetRows[] = [];
  for (const name of names) heads.push(await readSheet(host, name, rows));
  return heads;
}

/** One sheet's rows, by name (the link sheet, once its first rows said what it is). */
export function readNamedSheet(host: ExcelHost, name: string): Promise<SheetRows> {
  return readSheet(host, name);
}
