// Reads a CSV export: comma or semicolon (as Excel writes it in Belgium), UTF-8 with or without BOM.
import { CsvError, parse } from 'csv-parse/sync';
import type { Lang } from '../core/lang';
import { ReadError } from './readError';
import { noHeaderError, SheetRows, type GridRow, type RowSink, type SheetRead } from './sheet';

export interface ReadCsvOptions {
  lang?: Lang;
  /** Stream the data rows there instead of keeping them in the result. */
  onRow?: RowSink;
}

export async function readCsv(input: string | Buffer, opts: ReadCsvOptions = {}): Promise<SheetRead> {
  const lang = opts.lang ?? 'en';
  // No cell types in a CSV: the core judges its digits as typed text (untypedCells).
  const sheet = new SheetRows('', lang, true, opts.onRow);
  for (const row of csvGrid(input, lang)) sheet.add(row);
  return sheet.result() ?? fail(noHeaderError(lang, null));
}

/** Every line of a CSV file as a row of text cells. */
export function csvGrid(input: string | Buffer, lang: Lang): GridRow[] {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeUtf8(input, lang);
  if (text.trim() === '') throw new ReadError('read.empty', lang);

  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    if (error instanceof CsvError) throw new ReadError('read.csvMalformed', lang, { line: lineOf(error) });
    throw error;
  }

  return records.map((cells, i) => ({ row: i + 1, cells }));
}

function decodeUtf8(buffer: Buffer, lang: Lang): string {
  try {
    // ignoreBOM: false strips a leading BOM.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw new ReadError('read.encoding', lang);
  }
}

/** The separator the header line uses most, outside quotes: ';' or ','. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (semicolons + commas > 0) break;
    } else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

function lineOf(error: CsvError): number {
  const lines = (error as unknown as { lines?: number }).lines;
  return typeof lines === 'number' ? lines : 1;
}

function fail(error: Error): never {
  throw error;
}
