// The small parts of an .xlsx the sheet needs: the workbook (sheet names, order, visibility, 1904 dates),
// its relationships (which part holds which sheet), the shared strings and which styles are dates.
import { posix } from 'node:path';
import { readSharedStringsXml, type SharedStrings } from './sharedStrings';
import { attribute, parseXml } from './xml';
import type { Zip } from './zip';

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The sheet's part in the zip, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The workbook part's name, from the package's root relationships (xl/workbook.xml by convention). */
async function workbookPart(zip: Zip, maxBytes: number): Promise<string> {
  if (!zip.has('_rels/.rels')) return 'xl/workbook.xml';
  const rels = await relationships(zip, '_rels/.rels', '', maxBytes);
  return rels.find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

async function relationships(zip: Zip, part: string, base: string, maxBytes: number): Promise<Relationship[]> {
  const found: Relationship[] = [];
  await parseXml(await zip.open(part, maxBytes), {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      const target = attrs.Target ?? '';
      // Targets are relative to the source part's folder, or absolute from the package root.
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
      found.push({ id: attrs.Id ?? '', type: attrs.Type ?? '', target: resolved });
    },
  });
  return found;
}

export async function readWorkbook(zip: Zip, maxBytes: number): Promise<WorkbookInfo> {
  const part = await workbookPart(zip, maxBytes);
  const base = posix.dirname(part);
  const relsPart = posix.join(base, '_rels', `${posix.basename(part)}.rels`);
  const rels = zip.has(relsPart) ? await relationships(zip, relsPart, base, maxBytes) : [];
  const byId = new Map(rels.map((r) => [r.id, r.target]));
  const ofType = (suffix: string, fallback: string) =>
    rels.find((r) => r.type.endsWith(suffix))?.target ?? (zip.has(fallback) ? fallback : null);

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parseXml(await zip.open(part, maxBytes), {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name !== 'sheet') return;
      const target = byId.get(attribute(attrs, 'id') ?? '') ?? `${base}/worksheets/sheet${attrs.sheetId}.xml`;
      sheets.push({ name: attrs.name ?? '', hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden', part: target });
    },
  });
  return {
    sheets: sheets.filter((s) => zip.has(s.part)), // chart sheets and dialogs have no worksheet part
    date1904,
    sharedStrings: ofType('/sharedStrings', `${base}/sharedStrings.xml`),
    styles: ofType('/styles', `${base}/styles.xml`),
  };
}

/** The shared strings: each as its text, rich text as its runs joined, phonetic guides left out. */
export async function readSharedStrings(zip: Zip, part: string, maxBytes: number): Promise<SharedStrings> {
  return readSharedStringsXml(await zip.open(part, maxBytes));
}

// Excel's built-in number formats that show a date or a time.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date when, outside quotes and brackets, it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (the `s` of a cell), whether its number format is a date. */
export async function readDateStyles(zip: Zip, part: string, maxBytes: number): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  await parseXml(await zip.open(part, maxBytes), {
    open(name, attrs) {
      if (name === 'numFmt') custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        const code = custom.get(id);
        dates.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}
