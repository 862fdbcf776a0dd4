// The add-in's in-memory picture of the template table: each row's last validated values,
// its issues and how it is painted. Pure: the Office.js layer feeds it rows and writes its plans.
import { CrossRowIndex, validateRow } from '../core';
import type { CellValue, FieldKey, Issue, Lang, RowResult } from '../core';
import { diffPaint, emptyPlan, paintOf } from './plan';
import type { PaintPlan, RowPaint } from './plan';

/** Where the template table sits in its sheet. */
export interface Layout {
  /** Sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstCol: number;
  /** Number of table columns. */
  width: number;
  /** Last sheet row of the table (equal to headerRow when there are no data rows). */
  lastRow: number;
  /** Field -> 0-based offset into a row read from the table. */
  fields: Partial<Record<FieldKey, number>>;
  /** Field -> sheet column letter (passed to the core so issues name the right cell). */
  columns: Partial<Record<FieldKey, string>>;
  /** File-level issues of the header row (unknown or missing columns). */
  headerIssues: Issue[];
}

/** A row as read from the table: one value per table column. */
export interface ReadRow {
  row: number;
  cells: CellValue[];
}

interface RowState {
  cells: CellValue[];
  /** The values last validated, as one string: an unchanged row is not validated or painted again. */
  fingerprint: string;
  /** Single-row result; null for an empty row. */
  result: RowResult | null;
  issues: Issue[];
  paint: RowPaint | null;
}

export interface Summary {
  rows: number;
  valid: number;
  invalid: number;
  withWarnings: number;
}

export interface RowReport {
  row: number;
  valid: boolean;
  issues: Issue[];
}

/** What the pane shows after a check. */
export interface CheckReport {
  summary: Summary;
  /** Rows with at least one issue, in sheet order. */
  rows: RowReport[];
  headerIssues: Issue[];
}

export interface Update {
  plan: PaintPlan;
  /** Rows where `person` must be written (the user started typing in them). */
  personFills: number[];
}

export interface ModelOptions {
  lang: Lang;
  today?: () => Date;
}

export class LiveModel {
  private rows = new Map<number, RowState>();
  private cross = new CrossRowIndex();

  constructor(
    public layout: Layout,
    private readonly options: ModelOptions,
  ) {}

  private validateOptions() {
    return { lang: this.options.lang, today: this.options.today?.(), columns: this.layout.columns };
  }

  /** Forgets everything (full check): the caller clears the sheet's paint before applying the new rows. */
  reset(layout: Layout): void {
    this.layout = layout;
    this.rows = new Map();
    this.cross = new CrossRowIndex();
  }

  /** The values of a row as last read, or undefined when the row is empty or unknown. */
  cellsOf(row: number): CellValue[] | undefined {
    return this.rows.get(row)?.cells;
  }

  /**
   * Applies rows read from the sheet. Unchanged rows (same fingerprint) are skipped, which is what
   * stops the add-in's own writes from being validated again. `fillPerson` puts `person` in rows that
   * were empty and now hold data.
   */
  update(read: readonly ReadRow[], fillPerson: boolean): Update {
    const opts = this.validateOptions();
    const personAt = this.layout.fields.person;
    const personFills: number[] = [];
    const touched = new Set<number>();
    const before = new Map<number, RowPaint | null>();

    for (const { row, cells } of read) {
      const known = this.rows.get(row);
      const fingerprint = JSON.stringify(cells);
      if (known?.fingerprint === fingerprint || (!known && isEmptyCells(cells))) continue;
      let values = cells;
      let result = validateRow({ row, cells: this.toInput(values) }, opts);
      if (fillPerson && result && personAt !== undefined && !known?.result && isEmptyCell(values[personAt])) {
        values = [...values];
        values[personAt] = 'person';
        result = validateRow({ row, cells: this.toInput(values) }, opts);
        personFills.push(row);
      }
      if (!before.has(row)) before.set(row, known?.paint ?? null);
      this.rows.set(row, {
        cells: values,
        fingerprint: JSON.stringify(values),
        result,
        issues: known?.issues ?? [],
        paint: known?.paint ?? null,
      });
      touched.add(row);
      for (const other of this.cross.set(row, result?.values ?? null)) touched.add(other);
    }
    return { plan: this.repaint(touched, before), personFills };
  }

  /** Drops rows that are no longer in the table (it shrank). */
  forgetBelow(lastRow: number): PaintPlan {
    const gone = [...this.rows.keys()].filter((r) => r > lastRow);
    return this.update(
      gone.map((row) => ({ row, cells: [] })),
      false,
    ).plan;
  }

  private repaint(touched: Set<number>, before: Map<number, RowPaint | null>): PaintPlan {
    const opts = this.validateOptions();
    const plan = emptyPlan();
    for (const row of [...touched].sort((a, b) => a - b)) {
      const state = this.rows.get(row);
      if (!state) continue;
      const previous = before.has(row) ? before.get(row)! : state.paint;
      state.issues = state.result ? [...state.result.issues, ...this.cross.issuesFor(row, opts)] : [];
      state.paint = paintOf(state.issues);
      diffPaint(plan, row, previous, state.paint);
      if (!state.result && !state.paint) this.rows.delete(row);
    }
    return plan;
  }

  private toInput(cells: readonly CellValue[]): Partial<Record<FieldKey, CellValue>> {
    const input: Partial<Record<FieldKey, CellValue>> = {};
    for (const [field, at] of Object.entries(this.layout.fields) as [FieldKey, number][]) input[field] = cells[at];
    return input;
  }

  report(): CheckReport {
    const summary: Summary = { rows: 0, valid: 0, invalid: 0, withWarnings: 0 };
    const rows: RowReport[] = [];
    for (const [row, state] of this.rows) {
      if (!state.result) continue;
      const valid = !state.issues.some((i) => i.severity === 'error');
      summary.rows++;
      if (valid) summary.valid++;
      else summary.invalid++;
      if (state.issues.some((i) => i.severity === 'warning')) summary.withWarnings++;
      if (state.issues.length > 0) rows.push({ row, valid, issues: state.issues });
    }
    rows.sort((a, b) => a.row - b.row);
    return { summary, rows, headerIssues: this.layout.headerIssues };
  }
}

function isEmptyCell(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function isEmptyCells(cells: readonly CellValue[]): boolean {
  return cells.every(isEmptyCell);
}
