// A few values of each source column, to show beside its mapping so the user sees what the column holds.
import { cellText } from '../cells';
import { columnLetter } from '../columnLetters';
import type { SheetRows } from './types';

/** Up to `count` non-blank values per column letter, from the rows under the header row. */
export function sampleValues(sheet: SheetRows, headerAt: number, count = 3): Record<string, string[]> {
  const samples: Record<string, string[]> = {};
  sheet.rows[headerAt].cells.forEach((_, index) => {
    const values: string[] = [];
    for (let at = headerAt + 1; at < sheet.rows.length && values.length < count; at++) {
      const text = cellText(sheet.rows[at].cells[index] ?? null);
      if (text !== '') values.push(text);
    }
    samples[columnLetter(index)] = values;
  });
  return samples;
}
