// The thin Office.js layer: queue reads and writes on a request context. No decisions here;
// the plans come from plan.ts and model.ts. Callers decide when to sync.
import { cellSpans, chunkAddresses, mergeRowSpans, rangeAddress } from './plan';
import type { PaintPlan, RowSpan } from './plan';
import type { Layout, ReadRow } from './model';
import { ERROR_FILL, MARKER_COLOR, WARNING_FILL } from './host';

/** Queues the load of whole table rows; call `collect` after the sync. */
export function queueRowReads(sheet: Excel.Worksheet, layout: Layout, chunks: readonly RowSpan[]) {
  const lastCol = layout.firstCol + layout.width - 1;
  const ranges = chunks.map((c) => {
    const range = sheet.getRange(rangeAddress(layout.firstCol, c.from, lastCol, c.to));
    range.load('values');
    return { chunk: c, range };
  });
  return {
    collect(): ReadRow[] {
      const rows: ReadRow[] = [];
      for (const { chunk, range } of ranges) {
        range.values.forEach((cells, i) => rows.push({ row: chunk.from + i, cells }));
      }
      return rows;
    },
  };
}

/** Queues every format write of a paint plan, as RangeAreas with address lists under 8,000 characters. */
export function queuePaint(sheet: Excel.Worksheet, layout: Layout, plan: PaintPlan): void {
  for (const list of chunkAddresses(cellSpans(plan.clear))) sheet.getRanges(list).format.fill.clear();
  for (const list of chunkAddresses(cellSpans(plan.error))) sheet.getRanges(list).format.fill.color = ERROR_FILL;
  for (const list of chunkAddresses(cellSpans(plan.warning))) sheet.getRanges(list).format.fill.color = WARNING_FILL;
  const markerCells = (rows: number[]) => rows.map((row) => ({ row, col: layout.firstCol }));
  for (const list of chunkAddresses(cellSpans(markerCells(plan.mark)))) {
    const edge = sheet.getRanges(list).format.borders.getItem('EdgeLeft');
    edge.style = 'Continuous';
    edge.weight = 'Thick';
    edge.color = MARKER_COLOR;
  }
  for (const list of chunkAddresses(cellSpans(markerCells(plan.unmark)))) {
    sheet.getRanges(list).format.borders.getItem('EdgeLeft').style = 'None';
  }
}

/** Queues the removal of every highlight in the table's data rows, or those of `rows` (before a full repaint). */
export function queueClearAll(sheet: Excel.Worksheet, layout: Layout, rows?: RowSpan): void {
  const from = Math.max(layout.headerRow + 1, rows?.from ?? 0);
  const to = Math.min(layout.lastRow, rows?.to ?? Infinity);
  if (to < from) return;
  const lastCol = layout.firstCol + layout.width - 1;
  const body = sheet.getRange(rangeAddress(layout.firstCol, from, lastCol, to));
  body.format.fill.clear();
  sheet.getRange(rangeAddress(layout.firstCol, from, layout.firstCol, to)).format.borders.getItem(
    'EdgeLeft',
  ).style = 'None';
}

/** Queues `person` into the Person column of the given rows, one range per run of rows. */
export function queuePersonFills(sheet: Excel.Worksheet, layout: Layout, rows: readonly number[]): void {
  const at = layout.fields.person;
  if (at === undefined || rows.length === 0) return;
  const col = layout.firstCol + at;
  for (const span of mergeRowSpans(rows.map((r) => ({ from: r, to: r })))) {
    const range = sheet.getRange(rangeAddress(col, span.from, col, span.to));
    range.values = Array.from({ length: span.to - span.from + 1 }, () => ['person']);
  }
}
