// Reads every sheet of a file as rows of cells, for the mapping engine (an export spreads over several sheets).
// The template reader (xlsx.ts) reads one sheet; this reads them all, in the workbook's order.
import { readFile as readBytes } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Lang } from '../core/lang';
import type { SheetRows } from '../core/mapping';
import { readXlsxSheets } from './xlsx';
import { csvGrid } from './csv';
import { ReadError } from './readError';

const CSV_EXTENSIONS = new Set(['.csv', '.txt']);

/** A CSV or text export: one sheet, no cell types. */
export function isCsvPath(path: string): boolean {
  return CSV_EXTENSIONS.has(extname(path).toLowerCase());
}

export async function readWorkbookFile(path: string, lang: Lang): Promise<SheetRows[]> {
  let data: Buffer;
  try {
    data = await readBytes(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? 'read.notFound' : 'read.cannotOpen', lang, { path });
  }
  if (data.length === 0) throw new ReadError('read.empty', lang);
  if (isCsvPath(path)) return [{ name: '', rows: csvGrid(data, lang) }];
  return readWorkbook(data, lang);
}

export async function readWorkbook(data: Buffer, lang: Lang): Promise<SheetRows[]> {
  return readXlsxSheets(data, { lang });
}
