// Reads one sheet of a workbook: only the parts it needs (workbook, shared strings, date styles, the sheet),
// each found through the zip's central directory and streamed through a SAX parser, row by row. Loading
// exceljs's model (or its streaming reader, which reads every part in zip order) cost 2.4 s and 236 MB on
// 20,000 rows (see bench/check.js); exceljs still writes the template.
import type { Lang } from '../core/lang';
import { ReadError } from './readError';
import { noHeaderError, SheetRows, type GridRow, type RowSink, type SheetRead } from './sheet';
import { ColumnLimit, readSheetXml, type StringTable } from './sheetXml';
import { TEMPLATE_SHEET } from '../core/template/names';
import { readDateStyles, readSharedStrings, readWorkbook, type SheetEntry, type WorkbookInfo } from './xlsxParts';
import { openZip, PartTooLarge, type Zip } from './zip';

/** What one read may cost: they protect a server from a file built to exhaust it. */
export interface ReadLimits {
  /** Inflated size of any one part (the sheet, the shared strings), checked before inflating it. */
  partBytes: number;
  /** Rows read from the sheet. */
  rows: number;
  /** Columns of a row. */
  columns: number;
  /** Time spent reading. */
  ms: number;
}

/** Excel's own maxima, and time enough for them: a file Excel can save, the CLI reads. */
export const EXCEL_LIMITS: ReadLimits = { partBytes: 1024 * 1024 * 1024, rows: 1_048_576, columns: 16_384, ms: 10 * 60_000 };

export interface ReadXlsxOptions {
  /** Sheet to read; by default the template's sheet, else the first sheet with the template's header row. */
  sheet?: string;
  lang?: Lang;
  limits?: Partial<ReadLimits>;
  /** Stream the data rows there instead of keeping them in the result. */
  onRow?: RowSink;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MB = 1024 * 1024;

/** A workbook in memory, or a file on disk (read part by part, never whole) with its first bytes. */
export type XlsxSource = Buffer | ArrayBuffer | { path: string; head: Buffer };

export async function readXlsx(data: XlsxSource, opts: ReadXlsxOptions = {}): Promise<SheetRead> {
  return withBook(data, opts, (book) => readBook(book, opts.sheet));
}

/** Every sheet of the workbook, in its order, as rows of cells. */
export async function readXlsxSheets(data: XlsxSource, opts: Omit<ReadXlsxOptions, 'sheet'> = {}): Promise<{ name: string; rows: GridRow[] }[]> {
  return withBook(data, opts, async (book) => {
    const sheets = (await book.workbook()).sheets;
    if (sheets.length === 0) throw new ReadError('read.noSheets', book.lang);
    const out = [];
    for (const sheet of sheets) out.push({ name: sheet.name, rows: await book.grid(sheet) });
    return out;
  });
}

async function withBook<T>(data: XlsxSource, opts: ReadXlsxOptions, read: (book: Book) => Promise<T>): Promise<T> {
  const lang = opts.lang ?? 'en';
  const limits = { ...EXCEL_LIMITS, ...opts.limits };
  const source = Buffer.isBuffer(data) ? data : data instanceof ArrayBuffer ? Buffer.from(data) : data;
  const head = Buffer.isBuffer(source) ? source : source.head;
  if (head.length === 0) throw new ReadError('read.empty', lang);
  if (startsWith(head, OLE_MAGIC)) throw new ReadError('read.oldExcel', lang);
  if (!startsWith(head, ZIP_MAGIC)) throw new ReadError('read.notXlsx', lang);
  let zip: Zip | undefined;
  try {
    zip = await openZip(Buffer.isBuffer(source) ? source : { path: source.path });
    return await read(new Book(zip, lang, limits, opts.onRow));
  } catch (error) {
    throw asReadError(error, lang, limits);
  } finally {
    zip?.close();
  }
}

/** The workbook's parts, each read at most once, within the limits. */
class Book {
  private info?: WorkbookInfo;
  private strings?: StringTable;
  private dateStyles?: boolean[];
  private readonly deadline: number;
  private rowsRead = 0;

  constructor(
    private readonly zip: Zip,
    readonly lang: Lang,
    private readonly limits: ReadLimits,
    private readonly onRow?: RowSink,
  ) {
    this.deadline = Date.now() + limits.ms;
  }

  async workbook(): Promise<WorkbookInfo> {
    if (!this.zip.has('xl/workbook.xml') && !this.zip.has('_rels/.rels')) throw new ReadError('read.notXlsx', this.lang);
    return (this.info ??= await readWorkbook(this.zip, this.limits.partBytes));
  }

  async read(sheet: SheetEntry): Promise<SheetRead | null> {
    const rows = new SheetRows(sheet.name, this.lang, false, this.onRow);
    await this.scan(sheet, (row) => rows.add(row));
    return rows.result();
  }

  /** Every row of a sheet as read, for the mapping engine (an export's sheets are not the template's). */
  async grid(sheet: SheetEntry): Promise<GridRow[]> {
    const rows: GridRow[] = [];
    await this.scan(sheet, (row) => rows.push(row));
    return rows;
  }

  private async scan(sheet: SheetEntry, onRow: (row: GridRow) => void): Promise<void> {
    const info = await this.workbook();
    // The sheet starts inflating (on another thread) while the shared strings are read.
    const opening = this.zip.open(sheet.part, this.limits.partBytes);
    opening.catch(() => {}); // a part too large is thrown where it is awaited, below
    try {
      this.strings ??= info.sharedStrings ? await readSharedStrings(this.zip, info.sharedStrings, this.limits.partBytes) : [];
      this.dateStyles ??= info.styles ? await readDateStyles(this.zip, info.styles, this.limits.partBytes) : [];
    } catch (error) {
      opening.then((stream) => stream.destroy(), () => {});
      throw error;
    }
    await readSheetXml(await opening, {
      strings: this.strings,
      dateStyles: this.dateStyles,
      date1904: info.date1904,
      maxColumns: this.limits.columns,
      onRow: (row) => {
        if (++this.rowsRead > this.limits.rows) throw new ReadError('read.tooManyRows', this.lang, { limit: this.limits.rows });
        onRow(row);
      },
      onChunk: () => {
        if (Date.now() > this.deadline) throw new ReadError('read.tooSlow', this.lang, { seconds: Math.round(this.limits.ms / 1000) });
      },
    });
  }
}

async function readBook(book: Book, wanted: string | undefined): Promise<SheetRead> {
  const { lang } = book;
  // Hidden sheets come last: a visible sheet with the header row wins.
  const sheets = (await book.workbook()).sheets;
  const ordered = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];
  if (ordered.length === 0) throw new ReadError('read.noSheets', lang);
  if (wanted !== undefined) {
    const sheet = ordered.find((s) => s.name === wanted) ?? ordered.find((s) => sameName(s.name, wanted));
    if (!sheet) {
      throw new ReadError('read.sheetNotFound', lang, { sheet: wanted, sheets: ordered.map((s) => `"${s.name}"`).join(', ') });
    }
    return (await book.read(sheet)) ?? fail(noHeaderError(lang, [sheet.name]));
  }
  const template = ordered.find((s) => sameName(s.name, TEMPLATE_SHEET));
  for (const sheet of template ? [template, ...ordered.filter((s) => s !== template)] : ordered) {
    const read = await book.read(sheet);
    if (read) return read;
  }
  throw noHeaderError(lang, ordered.map((s) => s.name));
}

function asReadError(error: unknown, lang: Lang, limits: ReadLimits): ReadError {
  if (error instanceof ReadError) return error;
  if (error instanceof PartTooLarge) {
    return new ReadError('read.tooLarge', lang, { mb: Math.ceil(error.bytes / MB), limitMb: Math.floor(limits.partBytes / MB) });
  }
  if (error instanceof ColumnLimit) return new ReadError('read.tooManyColumns', lang, { limit: limits.columns });
  // Whatever else fails (the zip's structure, inflating, the XML) is a damaged file.
  return new ReadError('read.corrupt', lang);
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function startsWith(buffer: Buffer, magic: Buffer): boolean {
  return buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);
}

function fail(error: Error): never {
  throw error;
}
