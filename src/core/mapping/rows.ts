// From a sheet's data rows and what each column feeds, to the template rows the validator checks.
// The template reader and a confirmed mapping both go through here.
import { ADDRESS_FIELDS, parseAddress } from '../address';
import { cellText, isBlank, type CellValue } from '../cells';
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

/**
 * Maps a sheet's rows one at a time, as they arrive (a reader streams them): what each column feeds is
 * fixed by the header row. Counts what it sees, so nothing under an ignored or unheaded column goes unsaid.
 */
export class RowMapper {
  private readonly fields: [FieldKey, number][] = [];
  readonly columns: Partial<Record<FieldKey, string>> = {};
  private address = -1;
  private entity = -1;
  private readonly addressFields: readonly (typeof ADDRESS_FIELDS)[number][];
  private readonly counts: number[];
  private readonly unheadedSet = new Set<number>();

  constructor(
    private readonly header: readonly CellValue[],
    targets: readonly (MappingTarget | null)[],
    private readonly opts: RowsOptions,
  ) {
    targets.forEach((target, index) => {
      if (target === null) return;
      if (target === 'address') this.address = index;
      else if (target === 'entityType') this.entity = index;
      else {
        this.fields.push([target, index]);
        this.columns[target] = columnLetter(index);
      }
    });
    // The address fills only the parts that have no column of their own.
    this.addressFields = this.address < 0 ? [] : ADDRESS_FIELDS.filter((field) => this.columns[field] === undefined);
    for (const field of this.addressFields) this.columns[field] = columnLetter(this.address);
    this.counts = header.map(() => 0);
  }

  /** Per source column, how many non-blank values it had below the header. */
  get valueCounts(): number[] {
    return this.counts;
  }

  /** Columns with values but a blank header, in order. */
  get unheaded(): number[] {
    return [...this.unheadedSet].sort((a, b) => a - b);
  }

  /** The row in template fields, or null when it has nothing to import. */
  map({ row, cells: source }: { row: number; cells: readonly CellValue[] }): MappedRow | null {
    const cells: InputRow['cells'] = {};
    let filled = false;
    for (let index = 0; index < source.length; index++) {
      if (isBlank(source[index])) continue;
      if (index < this.counts.length) this.counts[index]++;
      if (isBlank(this.header[index])) this.unheadedSet.add(index);
    }
    for (const [field, index] of this.fields) {
      let value = source[index];
      if (value === null || value === undefined || value === '') continue;
      if (this.opts.languageWords && field === 'language') value = languageOf(cellText(value)) ?? value;
      cells[field] = value;
      filled = true;
    }
    const mapped: MappedRow = { row, cells };
    const address = this.address;
    if (address >= 0 && !isBlank(source[address]) && this.addressFields.length > 0) {
      const text = cellText(source[address]);
      const parsed = parseAddress(text);
      if (parsed.split) {
        for (const field of this.addressFields) if (parsed.parts[field] !== '') cells[field] = parsed.parts[field];
      } else {
        cells.street = text;
        mapped.issues = [unsplitIssue(row, columnLetter(address), this.opts.lang)];
      }
      filled = true;
    }
    if (this.entity >= 0) mapped.entity = entityKind(source[this.entity]);
    return filled ? mapped : null;
  }
}

export function mapRows(sheet: SheetRows, headerAt: number, targets: readonly (MappingTarget | null)[], opts: RowsOptions): RowsRead {
  const mapper = new RowMapper(sheet.rows[headerAt].cells, targets, opts);
  const rows: MappedRow[] = [];
  for (let i = headerAt + 1; i < sheet.rows.length; i++) {
    const mapped = mapper.map(sheet.rows[i]);
    if (mapped) rows.push(mapped);
  }
  return { rows, columns: mapper.columns, valueCounts: mapper.valueCounts, unheaded: mapper.unheaded };
}

function unsplitIssue(row: number, column: string, lang: Lang): Issue {
  const code = 'street.unsplitAddress';
  return { row, column, field: 'street', severity: 'warning', code, message: message(code, lang) };
}
