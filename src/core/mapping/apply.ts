// Applies a mapping to a workbook: template rows (by field key, with their source row numbers), the rows that
// are not declarations (companies, partners folded into their declarant's row), and a message for every
// value left out.
import { cellText } from '../cells';
import { columnLetter } from '../columnLetters';
import { unheadedColumnIssue } from '../headers';
import type { Issue } from '../issues';
import type { Lang } from '../lang';
import { message } from '../messages';
import { rowList } from '../rowList';
import type { FieldKey } from '../template/columns';
import { fold } from '../text';
import type { InputRow } from '../validate';
import { findLinkSheet, linkCouples } from './links';
import { MAPPED_REQUIRED } from './required';
import { mapRows } from './rows';
import { namedHeaderRow, plainHeaderRow, suggestMapping } from './suggest';
import { IGNORE, type Mapping, type MappingTarget, type SheetRows } from './types';

export interface SkippedRow {
  row: number;
  /** A company is no declaration; a partner is part of its declarant's row (`partnerOf`). */
  reason: 'company' | 'partner';
  partnerOf?: number;
}

export interface WorkbookImport {
  /** The mapping applied: the one given, or the suggestion. */
  mapping: Mapping;
  sheet: string;
  headerRow: number;
  /** Source sheet letter of each field. */
  columns: Partial<Record<FieldKey, string>>;
  /** File-level findings: ignored columns, unmapped required fields (errors), skipped rows, unknown links. */
  issues: Issue[];
  rows: InputRow[];
  skipped: SkippedRow[];
  /** A required field has no column: no row can be judged. */
  blocked: boolean;
}

export interface ImportOptions {
  mapping?: Mapping;
  /** The sheet to read; by default the mapping's, else the first with a header row. */
  sheet?: string;
  lang?: Lang;
}

const PERSON = 'person';

/**
 * The data sheet and its header row: the one asked for, else the first sheet whose header row names fields,
 * else the first whose first row is plain column names (a sheet of notes before the data is passed over).
 */
export function findDataSheet(sheets: readonly SheetRows[], wanted?: string): { sheet: SheetRows; headerAt: number } | null {
  const candidates = wanted === undefined ? sheets : sheets.filter((s) => fold(s.name) === fold(wanted));
  for (const find of [namedHeaderRow, plainHeaderRow]) {
    for (const sheet of candidates) {
      const headerAt = find(sheet);
      if (headerAt >= 0) return { sheet, headerAt };
    }
  }
  return null;
}

// A message names the first rows only: the count says how many, and the result lists them all (`skipped`).
const LISTED_ROWS = 20;
const firstRows = (rows: readonly number[]) => rowList(rows.slice(0, LISTED_ROWS), rows.length);

/** Reads a workbook through a mapping (or the suggested one); null when no sheet has a header row. */
export function importWorkbook(sheets: readonly SheetRows[], opts: ImportOptions = {}): WorkbookImport | null {
  const lang = opts.lang ?? 'en';
  const found = findDataSheet(sheets, opts.sheet ?? (opts.mapping && sheets.some((s) => s.name === opts.mapping!.sheet) ? opts.mapping.sheet : undefined));
  if (!found) return null;
  const { sheet, headerAt } = found;
  const mapping = opts.mapping ?? suggestMapping(sheet, headerAt);
  const headers = sheet.rows[headerAt].cells.map(cellText);
  const headerRow = sheet.rows[headerAt].row;
  const issues: Issue[] = [];
  const fileIssue = (code: string, severity: Issue['severity'], params: Record<string, string | number>, column = '', row = headerRow, field: FieldKey | null = null): Issue => ({
    row, column, field, severity, code: `file.${code}`, message: message(`file.${code}`, lang, params), params,
  });

  // Each header finds its entry by name, so a reordered export keeps its mapping.
  const entries = mapping.columns.map((c) => ({ ...c, folded: fold(c.header), used: false }));
  const targets: (MappingTarget | null)[] = headers.map(() => null);
  const ignored: number[] = [];
  const unknown: number[] = [];
  headers.forEach((header, index) => {
    if (header === '') return;
    const letter = columnLetter(index);
    const folded = fold(header);
    const entry =
      entries.find((e) => !e.used && e.folded === folded && e.column === letter) ?? entries.find((e) => !e.used && e.folded === folded);
    if (!entry) return void unknown.push(index);
    entry.used = true;
    if (entry.field === IGNORE) ignored.push(index);
    else targets[index] = entry.field;
  });
  const read = mapRows(sheet, headerAt, targets, { lang, languageWords: true });
  for (const index of unknown) {
    issues.push(fileIssue('unknownColumn', 'warning', { letter: columnLetter(index), header: headers[index] }, columnLetter(index)));
  }
  for (const index of ignored) {
    const count = read.valueCounts[index];
    if (count > 0) issues.push(fileIssue('ignoredColumn', 'warning', { letter: columnLetter(index), header: headers[index], count }, columnLetter(index)));
  }
  for (const index of read.unheaded) issues.push(unheadedColumnIssue(columnLetter(index), headerRow, lang));

  // Person is always "person": a file without the column means it.
  const personMapped = read.columns.person !== undefined;
  let blocked = false;
  for (const field of MAPPED_REQUIRED) {
    if (read.columns[field] !== undefined) continue;
    blocked = true;
    issues.push(fileIssue('unmappedField', 'error', { field }, '', headerRow, field));
  }

  const skipped: SkippedRow[] = [];
  let rows = read.rows.filter((row) => {
    if (row.entity !== 'company') return true;
    skipped.push({ row: row.row, reason: 'company' });
    return false;
  });
  const companies = skipped.map((s) => s.row);
  if (companies.length > 0) issues.push(fileIssue('companyRows', 'warning', { count: companies.length, rows: firstRows(companies) }));

  const links = read.columns.clientCode === undefined ? null : findLinkSheet(sheets, sheet.name);
  if (links) {
    const coupled = linkCouples(rows, links, lang, read.columns.clientCode!);
    rows = coupled.rows;
    issues.push(...coupled.issues);
    for (const { row, of } of coupled.partners) skipped.push({ row, reason: 'partner', partnerOf: of });
    const partners = coupled.partners.map((p) => p.row);
    if (partners.length > 0) issues.push(fileIssue('partnerRows', 'warning', { count: partners.length, rows: firstRows(partners) }));
  }

  const columns = { ...read.columns };
  // A partner's numbers come from the partner's own row, in the same columns as the declarant's.
  columns.spouseRegistrationNumber ??= columns.registrationNumber;
  columns.spouseEnterpriseNumber ??= columns.enterpriseNumber;
  for (const key of Object.keys(columns) as FieldKey[]) if (columns[key] === undefined) delete columns[key];
  const out: InputRow[] = rows.map(({ row, cells, issues: own }) => {
    const input: InputRow = { row, cells: personMapped ? cells : { person: PERSON, ...cells } };
    if (own && own.length > 0) input.issues = own;
    return input;
  });
  skipped.sort((a, b) => a.row - b.row);
  return { mapping, sheet: sheet.name, headerRow, columns, issues, rows: out, skipped, blocked };
}
