// exceljs cell values -> what the cell shows: the reference the differential reader test compares with.
import type { CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../../src/core';

/**
 * Hyperlinks read as their text, rich text as its concatenated runs, formulas as their cached
 * result, errors as their text (`#N/A`); numbers, booleans and dates stay as they are.
 */
export function flattenCell(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('hyperlink' in value) return flattenCell(value.text as ExcelValue);
  if ('formula' in value || 'sharedFormula' in value) return flattenCell(value.result as ExcelValue);
  if ('error' in value) return value.error;
  return null;
}

/** One sheet row as exceljs gives it (1-based, sparse) -> 0-based flattened cells. */
export function flattenRow(values: readonly (ExcelValue | undefined)[]): CellValue[] {
  const cells: CellValue[] = new Array(Math.max(values.length - 1, 0));
  for (let i = 1; i < values.length; i++) cells[i - 1] = flattenCell(values[i]);
  return cells;
}
