// Builds real .xlsx files with exceljs for the reader's tests, and catches the reader's errors.
import ExcelJS from 'exceljs';
import { COLUMNS } from '../../src/core/template/columns';
import { ReadError } from '../../src/io';

export type SheetContent = { name: string; rows: ExcelJS.CellValue[][] };

export async function workbook(...sheets: SheetContent[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The template's English header row. */
export const HEADERS = COLUMNS.map((c) => c.header);

/** A row in template column order from values by field key. */
export function templateRow(values: Record<string, ExcelJS.CellValue>): ExcelJS.CellValue[] {
  return COLUMNS.map((c) => values[c.key] ?? null);
}

/** The ReadError a read rejects with; fails the test when it resolves or throws anything else. */
export async function readError(promise: Promise<unknown>): Promise<ReadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}
