// Reads every sheet of a file as rows of cells, for the mapping engine (an export spreads over several sheets).
// The template reader (xlsx.ts) reads one sheet; this reads them all, in the workbook's order.
import type { Lang } from '../core/lang';
import type { SheetRows } from '../core/mapping';
import { csvGrid } from './csv';
import { fileBytes, isCsvPath } from './file';
import { ReadError } from './readError';
import { readXlsxSheets } from './xlsx';

export async function readWorkbookFile(path: string, lang: Lang): Promise<SheetRows[]> {
  const data = await fileBytes(path, lang);
  if (data.length === 0) throw new ReadError('read.empty', lang);
  if (isCsvPath(path)) return [{ name: '', rows: csvGrid(data, lang) }];
  return readWorkbook(data, lang);
}

export async function readWorkbook(data: Buffer, lang: Lang): Promise<SheetRows[]> {
  return readXlsxSheets(data, { lang });
}
