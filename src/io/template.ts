// The client template as an .xlsx, derived entirely from the column spec.
import ExcelJS from 'exceljs';
import type { Lang } from '../core/lang';
import { COLUMNS, type ColumnSpec, type RowValues } from '../core/template/columns';
import { ioMessage } from './messages';
import { TEMPLATE_SHEET } from '../core/template/names';

export { TEMPLATE_SHEET };
/** Dropdowns and formats cover this many data rows below the header. */
export const TEMPLATE_ROWS = 10000;

export interface TemplateOptions {
  /** Language of the guidance notes and dropdown messages; the header row is always English. */
  lang?: Lang;
  /** Rows to prefill, as normalized values (dates as YYYY-MM-DD). */
  rows?: RowValues[];
}

const HEADER_FILL = 'FFDDEBF7';

export async function writeTemplate(opts: TemplateOptions = {}): Promise<Buffer> {
  const lang = opts.lang ?? 'en';
  const rows = opts.rows ?? [];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Accounton';
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });

  // Formats sit on the columns, so cells typed in later keep them (leading zeros, the '+').
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width, hidden: c.hidden, style: { numFmt: c.numberFormat } }));

  const header = sheet.getRow(1);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.note = c.guidance[lang];
  });

  for (const values of rows) {
    sheet.addRow(COLUMNS.map((c) => cellValue(c, values[c.key])));
  }

  const lastRow = Math.max(TEMPLATE_ROWS, rows.length) + 1;
  for (const c of COLUMNS) {
    if (!('dropdown' in c)) continue;
    const choices: readonly string[] = c.dropdown;
    dataValidations(sheet).add(`${c.letter}2:${c.letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorTitle: ioMessage('template.listErrorTitle', lang),
      error: ioMessage('template.listError', lang, { values: choices.join(', ') }),
    });
  }
  sheet.autoFilter = `${COLUMNS[0].letter}1:${COLUMNS[COLUMNS.length - 1].letter}1`;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Values go in as text (never formulas); ISO dates become real dates in the date column.
function cellValue(column: ColumnSpec, value: string | undefined): string | Date | null {
  if (value === undefined || value === '') return null;
  const iso = column.kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return iso ? new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3])) : value;
}

// exceljs has worksheet.dataValidations at run time but leaves it out of its type declarations.
function dataValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}
