// Reads every sheet of a file as rows of cells, for the mapping engine (an export spreads over several sheets).
// The template reader (xlsx.ts) reads one sheet; this reads them all, in the workbook's order.
import ExcelJS from 'exceljs';
import { readFile as readBytes } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Lang } from '../core/lang';
import type { SheetRows } from '../core/mapping';
import { flattenRow } from './cells';
import { csvGrid } from './csv';
import { ReadError } from './readError';

const CSV_EXTENSIONS = new Set(['.csv', '.txt']);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readWorkbookFile(path: string, lang: Lang): Promise<SheetRows[]> {
  let data: Buffer;
  try {
    data = await readBytes(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? 'read.notFound' : 'read.cannotOpen', lang, { path });
  }
  if (data.length === 0) throw new ReadError('read.empty', lang);
  if (CSV_EXTENSIONS.has(extname(path).toLowerCase())) return [{ name: '', rows: csvGrid(data, lang) }];
  return readWorkbook(data, lang);
}

export async function readWorkbook(data: Buffer, lang: Lang): Promise<SheetRows[]> {
  if (data.subarray(0, 4).equals(OLE_MAGIC)) throw new ReadError('read.oldExcel', lang);
  if (data[0] !== 0x50 || data[1] !== 0x4b) throw new ReadError('read.notXlsx', lang);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new ReadError('read.corrupt', lang);
  }
  if (workbook.worksheets.length === 0) throw new ReadError('read.noSheets', lang);
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRows['rows'][number][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      rows.push({ row: number, cells: flattenRow(row.values as ExcelJS.CellValue[]) });
    });
    return { name: sheet.name, rows };
  });
}
