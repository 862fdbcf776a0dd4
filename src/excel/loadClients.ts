// "Load clients from Accounton": the export's rows, in the template's columns, written into the template
// table when it has no rows yet (the template is inserted first when the workbook has none), else into a new
// sheet laid out as the template, so nothing the user typed is overwritten. Rows go in 4,000 a round trip.
import { COLUMNS, columnOf, isEmptyRow, type FieldKey, type Lang, type RowValues } from '../core';
import { TEMPLATE_SHEET } from '../core/template/names';
import type { ExcelHost } from './host';
import { CHUNK_ROWS, rangeAddress } from './plan';
import { freeName } from './sheets';
import { templateTable } from './tableRows';
import { cellWrite, insertTemplate, widthPoints } from './template';

const formatOf = (field: FieldKey | undefined): string => (field ? columnOf(field).numberFormat : 'General');

/** Rows per round trip: two 2,000-row ranges, as the send reads them. */
export const LOAD_ROWS = 2 * CHUNK_ROWS;

/** Where the rows go: the sheet, its first data row and first column, and the field of each column. */
export interface LoadTarget {
  sheet: string;
  firstRow: number;
  firstCol: number;
  fields: readonly (FieldKey | undefined)[];
  /** False: a new sheet beside the template, which the pane does not check or send. */
  template: boolean;
}

/**
 * The template table when it has no rows, else a new sheet in the template's columns. A workbook without the
 * template gets it first, by `insert` (the pane's Insert template, which also starts checking it).
 */
export async function loadTarget(host: ExcelHost, lang: Lang, insert: () => Promise<unknown> = () => insertTemplate(host, lang)): Promise<LoadTarget> {
  const found = await emptyTemplate(host, lang);
  if (found !== 'rows') {
    if (found) return found;
    await insert();
    const inserted = await emptyTemplate(host, lang);
    if (inserted && inserted !== 'rows') return inserted;
  }
  return newSheet(host);
}

async function emptyTemplate(host: ExcelHost, lang: Lang): Promise<LoadTarget | 'rows' | null> {
  return host.run(async (context) => {
    const found = await templateTable(context, lang);
    if (!found) return null;
    const { layout, sheet } = found;
    // A new template holds one blank data row; more rows, or a filled one, are the user's.
    if (layout.lastRow - layout.headerRow > 1) return 'rows';
    if (layout.lastRow > layout.headerRow) {
      const first = sheet.getRange(rangeAddress(layout.firstCol, layout.lastRow, layout.firstCol + layout.width - 1, layout.lastRow)).load('values');
      await context.sync();
      const cells = Object.fromEntries(Object.entries(layout.fields).map(([field, at]) => [field, first.values[0][at]]));
      if (!isEmptyRow(cells)) return 'rows';
    }
    const fields: (FieldKey | undefined)[] = Array.from({ length: layout.width });
    for (const [field, at] of Object.entries(layout.fields) as [FieldKey, number][]) fields[at] = field;
    return { sheet: sheet.name, firstRow: layout.headerRow + 1, firstCol: layout.firstCol, fields, template: true };
  });
}

async function newSheet(host: ExcelHost): Promise<LoadTarget> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = freeName(TEMPLATE_SHEET, sheets.items.map((s) => s.name));
    const sheet = sheets.add(name);
    const last = COLUMNS.length - 1;
    sheet.getRange(rangeAddress(0, 1, last, 1)).values = [COLUMNS.map((c) => c.header)];
    COLUMNS.forEach((c, i) => {
      const header = sheet.getRange(rangeAddress(i, 1, i, 1));
      header.format.columnWidth = widthPoints(c.width);
      if (c.hidden) header.columnHidden = true;
    });
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
    return { sheet: name, firstRow: 2, firstCol: 0, fields: COLUMNS.map((c) => c.key), template: false };
  });
}

/** Writes `rows` from sheet row `at` on, at most LOAD_ROWS of them in one round trip, each cell as the mapped template's. */
export async function writeClientRows(host: ExcelHost, target: LoadTarget, at: number, rows: readonly RowValues[]): Promise<void> {
  if (rows.length === 0) return;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    const lastCol = target.firstCol + target.fields.length - 1;
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const part = rows.slice(start, start + CHUNK_ROWS);
      const writes = part.map((values) => target.fields.map((field) => cellWrite(field && values[field], formatOf(field))));
      const range = sheet.getRange(rangeAddress(target.firstCol, at + start, lastCol, at + start + part.length - 1));
      // The format first: a value written into a General cell would be read by Excel.
      range.numberFormat = writes.map((cells) => cells.map((w) => w.format));
      range.values = writes.map((cells) => cells.map((w) => w.value));
    }
    await context.sync();
  });
}
