// Reads a client file from disk, choosing the reader by extension (or by content when it has none we know).
import { open, readFile as readBytes } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Lang } from '../core/lang';
import { ReadError } from './readError';
import type { RowSink, SheetRead } from './sheet';
import { readXlsx } from './xlsx';

export interface ReadFileOptions {
  sheet?: string;
  lang?: Lang;
  /** Stream the data rows there instead of keeping them in the result. */
  onRow?: RowSink;
}

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const CSV_EXTENSIONS = new Set(['.csv', '.txt']);

/** A CSV or text export: one sheet, no cell types. */
export function isCsvPath(path: string): boolean {
  return CSV_EXTENSIONS.has(extname(path).toLowerCase());
}

/** The file's bytes; a missing or unreadable file is said in the user's language. */
export async function fileBytes(path: string, lang: Lang): Promise<Buffer> {
  try {
    return await readBytes(path);
  } catch (error) {
    throw cannotRead(error, path, lang);
  }
}

// Enough for every signature the readers check.
const HEAD_BYTES = 8;

/** The file's first bytes, to tell what it is before reading it. */
async function fileHead(path: string, lang: Lang): Promise<Buffer> {
  try {
    const file = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    throw cannotRead(error, path, lang);
  }
}

function cannotRead(error: unknown, path: string, lang: Lang): ReadError {
  const code = (error as NodeJS.ErrnoException).code;
  return new ReadError(code === 'ENOENT' ? 'read.notFound' : 'read.cannotOpen', lang, { path });
}

export async function readFile(path: string, opts: ReadFileOptions = {}): Promise<SheetRead> {
  const lang = opts.lang ?? 'en';
  const ext = extname(path).toLowerCase();
  if (isCsvPath(path)) {
    const { readCsv } = await import('./csv'); // its parser is loaded for CSV files only
    return readCsv(await fileBytes(path, lang), { lang, onRow: opts.onRow });
  }
  // A workbook is read part by part from the disk. readXlsx recognizes .xls and other non-workbooks by their
  // first bytes and says how to fix them.
  const head = await fileHead(path, lang);
  if (XLSX_EXTENSIONS.has(ext) || ext === '.xls' || looksLikeZip(head)) return readXlsx({ path, head }, opts);
  if (head.length === 0) throw new ReadError('read.empty', lang);
  throw new ReadError('read.unsupportedType', lang, { ext: ext || path });
}

function looksLikeZip(data: Buffer): boolean {
  return data.length >= 2 && data[0] === 0x50 && data[1] === 0x4b;
}
