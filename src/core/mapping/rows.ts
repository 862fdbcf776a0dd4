// From a sheet's data rows and what each column feeds, to the template rows the validator checks.
// The template reader and a confirmed mapping both go through here.
import { ADDRESS_FIELDS, parseAddress } from '../address';
import { cellText, type CellValue } from '../cells';
import { columnLetter } from '../columnLetters';
import type { Issue } from '../issues';
import type { Lang } from '../lang';
import { languageOf } from '../languages';
import { message } from '../messages';
import type { FieldKey } from '../template/columns';
import type { InputRow } from '../validate';
import { entityKind, type EntityKind } from './entity';
import type { MappingTarget, SheetRows } from './types';

export interface MappedRow extends InputRow {
  /** What the row's entity-type cell says, when a column gives it. */
  entity?: EntityKind;
}

export interface RowsRead {
  rows: MappedRow[];
  /** Sheet letter of each field; the fields an address column fills take its letter. */
  columns: Partial<Record<FieldKey, string>>;
  /** Per source column, how many non-blank values it has below the header. */
  valueCounts: number[];
  /** Columns with values but a blank header, in order. */
  unheaded: number[];
}

export interface RowsOptions {
  lang: Lang;
  /** Write language cells as the template's word (`NL` → dutch): exports abbreviate them. */
  languageWords?: boolean;
}

const isBlank = (value: CellValue): boolean => value === null || value === undefined || cellText(value) === '';

export function mapRows(sheet: SheetRows, headerAt: number, targets: readonly (MappingTarget | null)[], opts: RowsOptions): RowsRead {
  const header = sheet.rows[headerAt].cells;
  const fields: [FieldKey, number][] = [];
  const columns: Partial<Record<FieldKey, string>> = {};
  let address = -1;
  let entity = -1;
  targets.forEach((target, index) => {
    if (target === null) return;
    if (target === 'address') address = index;
    else if (target === 'entityType') entity = index;
    else {
      fields.push([target, index]);
      columns[target] = columnLetter(index);
    }
  });
  // The address fills only the parts that have no column of their own.
  const addressFields = address < 0 ? [] : ADDRESS_FIELDS.filter((field) => columns[field] === undefined);
  for (const field of addressFields) columns[field] = columnLetter(address);

  const valueCounts = header.map(() => 0);
  const unheaded = new Set<number>();
  const rows: MappedRow[] = [];
  for (let i = headerAt + 1; i < sheet.rows.length; i++) {
    const { row, cells: source } = sheet.rows[i];
    const cells: InputRow['cells'] = {};
    let filled = false;
    for (let index = 0; index < source.length; index++) {
      if (isBlank(source[index])) continue;
      if (index < valueCounts.length) valueCounts[index]++;
      if (isBlank(header[index])) unheaded.add(index);
    }
    for (const [field, index] of fields) {
      let value = source[index];
      if (value === null || value === undefined || value === '') continue;
      if (opts.languageWords && field === 'language') value = languageOf(cellText(value)) ?? value;
      cells[field] = value;
      filled = true;
    }
    const mapped: MappedRow = { row, cells };
    if (address >= 0 && !isBlank(source[address]) && addressFields.length > 0) {
      const text = cellText(source[address]);
      const parsed = parseAddress(text);
      if (parsed.split) {
        for (const field of addressFields) if (parsed.parts[field] !== '') cells[field] = parsed.parts[field];
      } else {
        cells.street = text;
        mapped.issues = [unsplitIssue(row, columnLetter(address), opts.lang)];
      }
      filled = true;
    }
    if (entity >= 0) mapped.entity = entityKind(source[entity]);
    if (filled) rows.push(mapped);
  }
  return { rows, columns, valueCounts, unheaded: [...unheaded].sort((a, b) => a - b) };
}

function unsplitIssue(row: number, column: string, lang: Lang): Issue {
  const code = 'street.unsplitAddress';
  return { row, column, field: 'street', severity: 'warning', code, message: message(code, lang) };
}
