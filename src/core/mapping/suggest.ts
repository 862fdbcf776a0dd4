// Suggests a mapping for any header row: by name (a preset's, then the template's), then by header
// similarity, then by the shape of the values below. Every field is suggested for one column at most.
import { cellText, type CellValue } from '../cells';
import { columnLetter } from '../columnLetters';
import { countryCode } from '../countries';
import { targetOfHeader } from '../headers';
import * as email from '../identifiers/email';
import * as enterpriseNumber from '../identifiers/enterpriseNumber';
import * as nationalNumber from '../identifiers/nationalNumber';
import { languageOf } from '../languages';
import { HEADER_TARGETS, namesOf } from '../template/headerNames';
import { fold } from '../text';
import { detectPreset, presetTarget } from './presets';
import { headerSignature } from './signature';
import { IGNORE, type MappedBy, type MappedColumn, type Mapping, type MappingTarget, type SheetRows } from './types';

// Values looked at per column, and the share that must have a shape for it to decide.
const SAMPLE = 50;
const SHAPE_SHARE = 0.8;
const SIMILARITY = 0.8;

/**
 * The header row of a sheet: among its first rows, the one naming the most fields; else a row of plain
 * column names (plainHeaderRow), so a sheet whose headers are all unknown still gets the mapping step.
 */
export function findHeaderRow(sheet: SheetRows, within = 20): number {
  const named = namedHeaderRow(sheet, within);
  return named >= 0 ? named : plainHeaderRow(sheet, within);
}

/** Among a sheet's first rows, the one naming the most fields (at least two, or a preset's), or -1. */
export function namedHeaderRow(sheet: SheetRows, within = 20): number {
  let best = -1;
  let bestCount = 1; // one matching name is a title or a data row, not a header row
  for (let at = 0; at < Math.min(sheet.rows.length, within); at++) {
    const preset = detectPreset(sheet.rows[at].cells);
    if (preset) return at;
    const count = sheet.rows[at].cells.filter((cell) => targetOfHeader(cellText(cell)) !== null).length;
    if (count > bestCount) [best, bestCount] = [at, count];
  }
  return best;
}

/**
 * The first non-empty row when it looks like column names no alias knows: at least two cells, all text, all
 * different, none shaped like a value (an e-mail, a number or date), with values in the next row. Else -1.
 */
export function plainHeaderRow(sheet: SheetRows, within = 20): number {
  const first = sheet.rows.findIndex((r) => r.cells.some((cell) => cellText(cell) !== ''));
  if (first < 0 || first >= within || first + 1 >= sheet.rows.length) return -1;
  const cells = sheet.rows[first].cells.filter((cell) => cellText(cell) !== '');
  const names = new Set(cells.map((cell) => fold(cellText(cell))));
  const plain = cells.every((cell) => typeof cell === 'string' && /\p{L}/u.test(cell) && !email.isValid(cellText(cell)));
  const below = sheet.rows[first + 1].cells.some((cell) => cellText(cell) !== '');
  return cells.length >= 2 && names.size === cells.length && plain && below ? first : -1;
}

export function suggestMapping(sheet: SheetRows, headerAt: number): Mapping {
  const headers = sheet.rows[headerAt].cells;
  const preset = detectPreset(headers);
  const samples = sheet.rows.slice(headerAt + 1, headerAt + 1 + SAMPLE);
  const chosen: (MappedColumn | null)[] = headers.map(() => null);
  const taken = new Set<MappingTarget>();
  const take = (index: number, field: MappingTarget | null, by: MappedBy) => {
    if (chosen[index] || field === null || taken.has(field)) return;
    taken.add(field);
    chosen[index] = { column: columnLetter(index), header: cellText(headers[index]), field, by };
  };
  headers.forEach((cell, index) => {
    if (preset) take(index, presetTarget(preset, cellText(cell)), 'preset');
  });
  headers.forEach((cell, index) => take(index, targetOfHeader(cellText(cell)), 'alias'));
  // An export's own columns are known: the rest of it is ignored (and listed), not guessed at.
  if (!preset) headers.forEach((cell, index) => take(index, similarTarget(cellText(cell)), 'similarity'));
  if (!preset) headers.forEach((_, index) => {
    for (const field of valueTargets(samples.map((r) => r.cells[index]))) {
      if (!taken.has(field)) return take(index, field, 'values');
    }
  });
  const columns = headers
    .map((cell, index): MappedColumn | null => {
      const header = cellText(cell);
      if (chosen[index]) return chosen[index];
      return header === '' ? null : { column: columnLetter(index), header, field: IGNORE };
    })
    .filter((c): c is MappedColumn => c !== null);
  return {
    version: 1,
    signature: headerSignature(headers),
    preset: preset?.id ?? null,
    sheet: sheet.name,
    headerRow: sheet.rows[headerAt].row,
    columns,
  };
}

let NAMES: [string, MappingTarget][] | null = null;

/** The target whose name is closest to the header, when close enough ("Rijksregister nr" → registrationNumber). */
function similarTarget(header: string): MappingTarget | null {
  const folded = fold(header);
  if (folded.length < 4) return null;
  NAMES ??= HEADER_TARGETS.flatMap((target) => namesOf(target).map((name): [string, MappingTarget] => [fold(name), target]));
  let best: MappingTarget | null = null;
  let bestScore = SIMILARITY;
  for (const [name, target] of NAMES) {
    if (name.length < 4) continue;
    const score = similarity(folded, name);
    if (score > bestScore) [best, bestScore] = [target, score];
  }
  return best;
}

/** 1 − edit distance / longer length. */
function similarity(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return 1 - row[b.length] / Math.max(a.length, b.length);
}

const SHAPES: [MappingTarget[], (text: string) => boolean][] = [
  [['registrationNumber', 'spouseRegistrationNumber'], (t) => /^\d{11}$/.test(nationalNumber.compact(t))],
  [['enterpriseNumber', 'spouseEnterpriseNumber'], (t) => /^[01]\d{9}$/.test(enterpriseNumber.compact(t))],
  [['email', 'responsibleEmail'], (t) => email.isValid(t)],
  [['mobile'], (t) => /^(\+|00)\d{8,14}$|^04\d{8}$/.test(t.replace(/[\s./-]/g, ''))],
  [['postalCode'], (t) => /^[1-9]\d{3}$/.test(t)],
  [['language'], (t) => languageOf(t) !== null],
  [['person'], (t) => t.toLowerCase() === 'person'],
  [['country'], (t) => /\p{L}/u.test(t) && countryCode(t) !== null],
];

/** The fields a column's values fit, most specific first; none when too few values have one shape. */
function valueTargets(values: readonly CellValue[]): MappingTarget[] {
  const texts = values.map(cellText).filter((t) => t !== '');
  if (texts.length === 0) return [];
  for (const [targets, fits] of SHAPES) {
    if (texts.filter(fits).length >= SHAPE_SHARE * texts.length) return targets;
  }
  return [];
}
