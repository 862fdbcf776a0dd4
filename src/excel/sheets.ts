// Writes a list into a new sheet of its own (the import's results, the clients only in Accounton): never
// into the template. Every cell is text, so nothing written can become a formula or a reinterpreted number.
import { rangeAddress, CHUNK_ROWS } from './plan';
import type { ExcelHost } from './host';

/** Excel's limits on a sheet name: at most 31 characters, none of \\ / ? * [ ] :, no apostrophe first or last. */
const MAX_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * A sheet name Excel accepts and not taken yet: `base`, then `base (2)`, ... (Excel compares names without
 * case). Forbidden characters become "-"; a long base is cut so the number still fits.
 */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const clean = base.replace(FORBIDDEN, '-').replace(/^'+/, '');
  let name = clean.slice(0, MAX_NAME).replace(/'+$/, '');
  for (let n = 2; lower.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = clean.slice(0, MAX_NAME - suffix.length) + suffix;
  }
  return name;
}

/** Rows per round trip when writing (two chunks, like the reads). */
const WAVE = 2 * CHUNK_ROWS;

/**
 * Adds a sheet named after `base` with `header` in row 1 and `rows` below, all as text, and activates it.
 * Returns the sheet's name.
 */
export async function writeListSheet(
  host: ExcelHost,
  base: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[] = [],
): Promise<string> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = freeName(base, sheets.items.map((s) => s.name));
    const sheet = sheets.add(name);
    const all = [header, ...rows];
    const lastCol = header.length - 1;
    for (let from = 0; from < all.length; from += WAVE) {
      for (let start = from; start < Math.min(all.length, from + WAVE); start += CHUNK_ROWS) {
        const part = all.slice(start, Math.min(all.length, start + CHUNK_ROWS, from + WAVE));
        const range = sheet.getRange(rangeAddress(0, start + 1, lastCol, start + part.length));
        // Text format first: "=1+1", "+32…" or "-5" are stored as the text they are.
        range.numberFormat = part.map((r) => r.map(() => '@'));
        range.values = part.map((r) => [...r]);
      }
      if (from === 0) {
        widths.forEach((points, col) => {
          sheet.getRange(rangeAddress(col, 1, col, 1)).format.columnWidth = points;
        });
        sheet.freezePanes.freezeRows(1);
        sheet.activate();
      }
      await context.sync();
    }
    return name;
  });
}
