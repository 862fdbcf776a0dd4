// Finds the template's columns in a sheet's header row by name, in any order and in EN/FR/NL.
import { cellText, type CellValue } from './cells';
import { columnLetter } from './columnLetters';
import type { Issue } from './issues';
import type { FileReason } from './codes';
import type { Lang } from './lang';
import { message } from './messages';
import { COLUMNS, type FieldKey } from './template/columns';
import { HEADER_TARGETS, namesOf, targetName, type HeaderTarget } from './template/headerNames';
import { fold } from './text';

export interface HeaderMatch {
  /** field -> sheet column letter */
  columns: Partial<Record<FieldKey, string>>;
  /** field -> 0-based index into the header cells */
  indexes: Partial<Record<FieldKey, number>>;
  unknown: { column: string; header: string }[];
  /** The single address column, read into Street–Country for the fields that have no column of their own. */
  address?: { column: string; index: number };
  /** Required fields with no column. */
  missing: FieldKey[];
  /** File-level issues: each unknown or repeated column once (warning), each missing required column (error). */
  issues: Issue[];
  /** True when the row looks like a template header row. */
  recognized: boolean;
}

// Fewer matching headers than this and the row is data or something else, not our header row.
const MIN_RECOGNIZED = 3;

const TARGET_BY_NAME = new Map<string, HeaderTarget>();
for (const target of HEADER_TARGETS) for (const name of namesOf(target)) TARGET_BY_NAME.set(fold(name), target);

/** What a header names (a column, or the single address column), ignoring case, accents, spacing and punctuation. */
export function targetOfHeader(header: string): HeaderTarget | null {
  return TARGET_BY_NAME.get(fold(header)) ?? null;
}

/** The template column a header names; null when none (the address column is not one). */
export function fieldOfHeader(header: string): FieldKey | null {
  const target = targetOfHeader(header);
  return target === null || target === 'address' ? null : target;
}

function headerRowIssue(
  row: number,
  lang: Lang,
  column: string,
  field: FieldKey | null,
  severity: Issue['severity'],
  reason: FileReason,
  params: Record<string, string>,
): Issue {
  const code = `file.${reason}`;
  return { row, column, field, severity, code, message: message(code, lang, params), params };
}

/** Values below a header cell that is blank: they belong to no column, so they are ignored, and said to be. */
export function unheadedColumnIssue(letter: string, headerRow: number, lang: Lang = 'en'): Issue {
  return headerRowIssue(headerRow, lang, letter, null, 'warning', 'unheadedColumn', { letter });
}

export function matchHeaders(
  headerCells: readonly CellValue[],
  opts: { lang?: Lang; headerRow?: number } = {},
): HeaderMatch {
  const lang = opts.lang ?? 'en';
  const row = opts.headerRow ?? 1;
  const result: HeaderMatch = { columns: {}, indexes: {}, unknown: [], missing: [], issues: [], recognized: false };
  const fileIssue = (column: string, field: FieldKey | null, severity: Issue['severity'], reason: FileReason, params: Record<string, string>) =>
    headerRowIssue(row, lang, column, field, severity, reason, params);
  headerCells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const letter = columnLetter(index);
    const target = targetOfHeader(header);
    if (target === 'address') {
      if (result.address) {
        const params = { column: targetName('address', lang), letter, first: result.address.column };
        result.issues.push(fileIssue(letter, null, 'warning', 'duplicateColumn', params));
      } else result.address = { column: letter, index };
      return;
    }
    const field = target;
    if (!field) {
      result.unknown.push({ column: letter, header });
      result.issues.push(fileIssue(letter, null, 'warning', 'unknownColumn', { letter, header }));
    } else if (result.columns[field] !== undefined) {
      const first = result.columns[field];
      result.issues.push(fileIssue(letter, field, 'warning', 'duplicateColumn', { field, letter, first }));
    } else {
      result.columns[field] = letter;
      result.indexes[field] = index;
    }
  });
  for (const column of COLUMNS) {
    if (column.required && result.columns[column.key] === undefined) {
      result.missing.push(column.key);
      result.issues.push(fileIssue('', column.key, 'error', 'missingColumn', { field: column.key }));
    }
  }
  result.recognized = Object.keys(result.columns).length + (result.address ? 1 : 0) >= MIN_RECOGNIZED;
  return result;
}

/** A row of cells and its 1-based row number in the sheet or file. */
export interface GridRow {
  row: number;
  cells: readonly CellValue[];
}

export interface FoundHeader {
  /** The header row's index in the grid. */
  at: number;
  match: HeaderMatch;
}

/** The first row of `grid` the spec recognizes as the template's header row. */
export function findHeader(grid: readonly GridRow[], lang: Lang): FoundHeader | null {
  for (let at = 0; at < grid.length; at++) {
    const match = matchHeaders(grid[at].cells, { lang, headerRow: grid[at].row });
    if (match.recognized) return { at, match };
  }
  return null;
}
