// Reads the whole template table for sending: its column letters and every data row as the core's
// InputRow. Same chunking as the live engine (2,000-row ranges, two per round trip), so a 10,000-row
// table is read in 3 syncs with every response well under 5 MB.
import type { CellValue, FieldKey, InputRow, Issue, Lang } from '../core';
import { BOX, layoutFrom } from './layout';
import type { Layout } from './model';
import { planWaves } from './plan';
import { queueRowReads } from './sheetio';
import { TEMPLATE_TABLE } from './host';
import type { ExcelHost } from './host';

export interface TableRead {
  /** Field -> sheet column letter. */
  columns: Partial<Record<FieldKey, string>>;
  headerIssues: Issue[];
  /** Every data row of the table, empty ones included (the core skips them). */
  rows: InputRow[];
}

export interface ReadOptions {
  /** Checked between round trips: a cancelled read stops early. */
  signal?: AbortSignal;
  /** Rows read so far, of the table's total. */
  onProgress?: (read: number, total: number) => void;
}

/** The template table, its sheet (name loaded) and layout, in two syncs; null when the workbook has none. */
export async function templateTable(context: Excel.RequestContext, lang: Lang): Promise<{ table: Excel.Table; sheet: Excel.Worksheet; layout: Layout } | null> {
  const table = context.workbook.tables.getItemOrNullObject(TEMPLATE_TABLE);
  table.load('isNullObject');
  await context.sync();
  if (table.isNullObject) return null;
  const box = table.getRange().load(BOX);
  const header = table.getHeaderRowRange().load('values');
  const sheet = table.worksheet.load('name');
  await context.sync();
  return { table, sheet, layout: layoutFrom(box, header.values[0], lang) };
}

/** The template table's rows, or null when the workbook has no template. */
export async function readTable(host: ExcelHost, lang: Lang, options: ReadOptions = {}): Promise<TableRead | null> {
  return host.run(async (context) => {
    const found = await templateTable(context, lang);
    if (!found) return null;
    const { layout, sheet } = found;
    const total = layout.lastRow - layout.headerRow;
    const rows: InputRow[] = [];
    for (const wave of planWaves([{ from: layout.headerRow + 1, to: layout.lastRow }])) {
      if (options.signal?.aborted) break;
      const reads = queueRowReads(sheet, layout, wave);
      await context.sync();
      for (const read of reads.collect()) {
        const cells: Partial<Record<FieldKey, CellValue>> = {};
        for (const [field, at] of Object.entries(layout.fields) as [FieldKey, number][]) cells[field] = read.cells[at];
        rows.push({ row: read.row, cells });
      }
      options.onProgress?.(rows.length, total);
    }
    return { columns: layout.columns, headerIssues: layout.headerIssues, rows };
  });
}
