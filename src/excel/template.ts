// "Insert template": activate the existing template, adopt a recognized header row, or add the sheet; and
// "Map to the template": a new template sheet filled with a mapped sheet's rows.
import { COLUMNS, TEMPLATE_SHEET, cellText, findHeader } from '../core';
import type { CellValue, FieldKey, InputRow, Lang } from '../core';
import { CHUNK_ROWS, rangeAddress, safeWrite } from './plan';
import { freeName } from './sheets';
import { TEMPLATE_TABLE } from './host';
import type { ExcelHost } from './host';

export type InsertOutcome = 'activated' | 'adopted' | 'inserted';

const LAST_ROW = 1_048_576;
/** How far down and across the active sheet a template's header row is looked for. */
const SCAN = 'A1:AZ10';

/** Excel character units to points (column widths are set in points). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

/** Number formats, dropdowns and widths of the spec's columns at the given sheet columns. */
function queueColumnSetup(sheet: Excel.Worksheet, at: Partial<Record<FieldKey, number>>, firstDataRow: number): void {
  for (const spec of COLUMNS) {
    const col = at[spec.key];
    if (col === undefined) continue;
    const data = sheet.getRange(rangeAddress(col, firstDataRow, col, LAST_ROW));
    // One format for the whole column, set before any value is typed: ids keep leading zeros, phones their +.
    (data as unknown as { numberFormat: string }).numberFormat = spec.numberFormat;
    if ('dropdown' in spec) {
      data.dataValidation.clear();
      data.dataValidation.rule = { list: { inCellDropDown: true, source: spec.dropdown.join(',') } };
    }
    const header = sheet.getRange(rangeAddress(col, 1, col, 1));
    header.format.columnWidth = widthPoints(spec.width);
    if (spec.hidden) header.columnHidden = true;
  }
}

/** Guidance as header notes (ExcelApi 1.18) or comments (1.10); hosts with neither simply get none. */
function queueGuidance(context: Excel.RequestContext, host: ExcelHost, sheet: Excel.Worksheet, name: string, lang: Lang) {
  COLUMNS.forEach((spec, i) => {
    const cell = rangeAddress(i, 1, i, 1);
    if (host.supports('1.18')) sheet.notes.add(cell, spec.guidance[lang]);
    else if (host.supports('1.10')) context.workbook.comments.add(`'${name.replace(/'/g, "''")}'!${cell}`, spec.guidance[lang]);
  });
}

/**
 * Adds the template's own sheet, activated: formats and dropdowns first, then the header row, the table
 * (over `dataRows` rows), frozen header and guidance. Queued only; the caller syncs.
 */
function queueTemplateSheet(context: Excel.RequestContext, host: ExcelHost, sheets: Excel.WorksheetCollection, lang: Lang, dataRows: number): Excel.Worksheet {
  const name = freeName(TEMPLATE_SHEET, sheets.items.map((s) => s.name));
  const sheet = sheets.add(name);
  const at = Object.fromEntries(COLUMNS.map((c, i) => [c.key, i])) as Record<FieldKey, number>;
  queueColumnSetup(sheet, at, 2);
  const last = COLUMNS.length - 1;
  sheet.getRange(rangeAddress(0, 1, last, 1)).values = [COLUMNS.map((c) => c.header)];
  sheet.tables.add(rangeAddress(0, 1, last, 1 + Math.max(1, dataRows)), true).name = TEMPLATE_TABLE;
  sheet.freezePanes.freezeRows(1);
  queueGuidance(context, host, sheet, name, lang);
  sheet.activate();
  return sheet;
}

/** One cell of a mapped row as written: a number stays a number, anything else is text where Excel would reinterpret it. */
export function cellWrite(value: CellValue | undefined, columnFormat: string): { value: string | number; format: string } {
  if (typeof value === 'number') return { value, format: columnFormat === '@' ? 'General' : columnFormat };
  const text = cellText(value ?? null);
  const safe = safeWrite(text, columnFormat);
  return { value: text, format: safe.asText || value instanceof Date ? '@' : columnFormat };
}

/** The workbook has the template already: its table name is unique, so a second one cannot be added. */
export class TemplateExists extends Error {
  constructor() {
    super('The workbook already has the template table');
    this.name = 'TemplateExists';
  }
}

/**
 * "Map to the template": a new template sheet holding `rows` (the mapping engine's, in template fields),
 * written two 2,000-row chunks per round trip. Every cell's format is set before its value, so "=…", "+32…"
 * or "0475…" are stored as the text they are; a number read as a number stays one, so the checks still
 * restore the leading zero Excel dropped, as they would in the source sheet. Returns the sheet's name.
 */
export async function insertMappedTemplate(host: ExcelHost, lang: Lang, rows: readonly InputRow[]): Promise<string> {
  return host.run(async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(TEMPLATE_TABLE);
    existing.load('isNullObject');
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    if (!existing.isNullObject) throw new TemplateExists();
    const sheet = queueTemplateSheet(context, host, sheets, lang, rows.length);
    sheet.load('name');
    const last = COLUMNS.length - 1;
    for (let from = 0; from < rows.length; from += 2 * CHUNK_ROWS) {
      for (let start = from; start < Math.min(rows.length, from + 2 * CHUNK_ROWS); start += CHUNK_ROWS) {
        const part = rows.slice(start, Math.min(rows.length, start + CHUNK_ROWS, from + 2 * CHUNK_ROWS));
        const writes = part.map((row) => COLUMNS.map((c) => cellWrite(row.cells[c.key], c.numberFormat)));
        const range = sheet.getRange(rangeAddress(0, start + 2, last, start + 1 + part.length));
        range.numberFormat = writes.map((r) => r.map((w) => w.format));
        range.values = writes.map((r) => r.map((w) => w.value));
      }
      await context.sync();
    }
    sheet.getRange('A2').select();
    await context.sync();
    return sheet.name;
  });
}

export async function insertTemplate(host: ExcelHost, lang: Lang): Promise<InsertOutcome> {
  return host.run(async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(TEMPLATE_TABLE);
    existing.load('isNullObject');
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const active = sheets.getActiveWorksheet();
    const used = active.getUsedRangeOrNullObject(true);
    used.load('isNullObject,rowIndex,rowCount');
    const top = active.getRange(SCAN);
    top.load('values');
    await context.sync();

    if (!existing.isNullObject) {
      existing.worksheet.activate();
      await context.sync();
      return 'activated';
    }

    const header = findHeader(top.values.map((cells, i) => ({ row: i + 1, cells })), lang);
    if (header) {
      const row = header.at + 1;
      const filled = top.values[header.at].map((v, c) => (v === '' || v === null || v === undefined ? -1 : c)).filter((c) => c >= 0);
      const [c1, c2] = [filled[0], filled[filled.length - 1]];
      const lastRow = used.isNullObject ? row + 1 : Math.max(row + 1, used.rowIndex + used.rowCount);
      const address = rangeAddress(c1, row, c2, lastRow);
      const already = active.getRange(rangeAddress(c1, row, c2, row)).getTables(false);
      already.load('items/name');
      await context.sync();
      // A downloaded template may already be a table: rename it rather than nest another.
      if (already.items.length > 0) already.items[0].name = TEMPLATE_TABLE;
      else active.tables.add(address, true).name = TEMPLATE_TABLE;
      queueColumnSetup(active, header.match.indexes, row + 1);
      active.freezePanes.freezeRows(row);
      await context.sync();
      return 'adopted';
    }

    const sheet = queueTemplateSheet(context, host, sheets, lang, 1);
    sheet.getRange('A2').select();
    await context.sync();
    return 'inserted';
  });
}
