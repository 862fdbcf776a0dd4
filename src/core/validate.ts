// Validates rows against the column spec: each column's rule, the row-level rules, then the rules across rows.
import { isBlank, withoutUnsafe, type CellValue } from './cells';
import { CELL_REASONS } from './codes';
import { CrossRowIndex } from './crossRows';
import { compact as compactNationalNumber } from './identifiers/nationalNumber';
import type { Issue } from './issues';
import type { Lang } from './lang';
import { message } from './messages';
import { lettersFor, type ValidateOptions } from './options';
import { RULES } from './rules';
import { PERSON } from './rules/plain';
import type { Finding, RuleContext, RuleResult } from './rules/types';
import { COLUMNS, type FieldKey, type RowValues } from './template/columns';

/** A raw row as read from a sheet: values as the cells hold them. */
export interface InputRow {
  row: number;
  cells: Partial<Record<FieldKey, CellValue>>;
  /** Findings made while reading the row (an address kept whole), reported with the row's own. */
  issues?: readonly Issue[];
}

export interface RowResult {
  row: number;
  /** false when any issue is an error. */
  valid: boolean;
  /** The cells read back to what the user meant (trimmed, restored, ISO dates...); blank fields are absent. */
  values: RowValues;
  issues: Issue[];
}

const COLUMN_ORDER = new Map<string, number>(COLUMNS.map((c, i) => [c.key, i]));

// Kinds whose cells repeat across rows (a firm's countries, languages, filing deadlines), whose result depends
// on the cell alone within a run, and whose rule costs more than a lookup: remembered within a run.
const CACHED_KINDS = new Set(['country', 'date', 'language']);

/** Each column with its rule, resolved once. */
const PLAN = COLUMNS.map((column) => ({
  key: column.key as FieldKey,
  required: column.required,
  rule: RULES[column.kind] as (cell: CellValue, ctx: RuleContext) => RuleResult,
  cached: CACHED_KINDS.has(column.kind),
}));
type Step = (typeof PLAN)[number];

/** What one validation run shares between rows: options and the results of repeated cells. */
class Run {
  readonly lang: Lang;
  readonly today: Date;
  readonly letters: Record<FieldKey, string>;
  private readonly cache: (Map<CellValue, RuleResult> | undefined)[] = [];
  private readonly dateCache: (Map<number, RuleResult> | undefined)[] = [];

  constructor(opts: ValidateOptions) {
    this.lang = opts.lang ?? 'en';
    this.today = opts.today ?? new Date();
    this.letters = lettersFor(opts.columns);
    this.ctx = { today: this.today, cells: {}, untypedCells: opts.untypedCells ?? false };
  }

  private readonly ctx: RuleContext;

  /** The rule context for a row; one object reused across rows (rules never keep it). */
  context(cells: InputRow['cells']): RuleContext {
    this.ctx.cells = cells;
    return this.ctx;
  }

  check(step: Step, index: number, cell: CellValue, ctx: RuleContext): RuleResult {
    if (!step.cached || cell === undefined) return step.rule(cell, ctx);
    // A date cell is a new object per cell: remembered by its time, apart from numbers (serials).
    const byCell = cell instanceof Date ? (this.dateCache[index] ??= new Map()) : (this.cache[index] ??= new Map());
    const key = cell instanceof Date ? cell.getTime() : cell;
    let result = byCell.get(key);
    if (result === undefined) byCell.set(key, (result = step.rule(cell, ctx)));
    return result;
  }

  issue(row: number, field: FieldKey, finding: Finding): Issue {
    const code = `${field}.${finding.reason}`;
    const issue: Issue = {
      row,
      column: this.letters[field],
      field,
      severity: finding.severity,
      code,
      message: message(code, this.lang, { fix: finding.fix, ...finding.params }),
    };
    if (finding.fix !== undefined) issue.fix = finding.fix;
    if (finding.params) issue.params = finding.params;
    return issue;
  }
}

const DIGITS = /^\d+$/;

/** Whether two national numbers are the same, punctuation aside. */
function sameNumber(a: string, b: string): boolean {
  if (a === b) return true;
  return !(DIGITS.test(a) && DIGITS.test(b)) && compactNationalNumber(a) === compactNationalNumber(b);
}

/** A row is empty when every cell is blank, or only `person` is filled in (the template pre-fills it). */
export function isEmptyRow(cells: InputRow['cells']): boolean {
  for (const { key } of PLAN) {
    if (key !== 'person' && !isBlank(cells[key])) return false;
  }
  return true;
}

/** The row's findings, or null for an empty row. */
function checkRow(input: InputRow, run: Run): RowResult | null {
  const values: RowValues = {};
  const issues: Issue[] = input.issues ? [...input.issues] : [];
  const ctx = run.context(input.cells);
  // Every rule reads a blank cell as '', so a value in a column other than Person proves the row is not
  // empty; only rows without one need the full check.
  let filled = false;
  for (let index = 0; index < PLAN.length; index++) {
    const step = PLAN[index];
    const key = step.key;
    const cell = input.cells[key];
    const safe = typeof cell === 'string' ? withoutUnsafe(cell) : null;
    if (safe !== null) {
      issues.push(run.issue(input.row, key, { reason: CELL_REASONS[0], severity: 'error', fix: safe }));
      filled ||= key !== 'person';
      continue;
    }
    const result = run.check(step, index, cell, ctx);
    if (typeof result === 'string') {
      if (result !== '') {
        values[key] = result;
        filled ||= key !== 'person';
      } else if (step.required) {
        const fix = key === 'person' ? PERSON : undefined;
        issues.push(run.issue(input.row, key, { reason: 'required', severity: 'error', fix }));
      }
      continue;
    }
    if (result.value !== '') {
      values[key] = result.value;
      filled ||= key !== 'person';
    }
    for (let i = 0; i < result.findings.length; i++) issues.push(run.issue(input.row, key, result.findings[i]));
    if (step.required && result.value === '' && result.findings.length === 0) {
      const fix = key === 'person' ? PERSON : undefined;
      issues.push(run.issue(input.row, key, { reason: 'required', severity: 'error', fix }));
    }
  }
  if (!filled && isEmptyRow(input.cells)) return null;
  if (values.registrationNumber === undefined) {
    issues.push(run.issue(input.row, 'registrationNumber', { reason: 'recommended', severity: 'warning' }));
  } else if (values.spouseRegistrationNumber !== undefined && sameNumber(values.spouseRegistrationNumber, values.registrationNumber)) {
    issues.push(run.issue(input.row, 'spouseRegistrationNumber', { reason: 'sameAsDeclarant', severity: 'error' }));
  }
  return { row: input.row, valid: true, values, issues };
}

/** The parts of a result its verdict comes from: a result, or its report in another shape. */
interface Verdict {
  valid: boolean;
  issues: { field: FieldKey | null; severity: Issue['severity'] }[];
}

/** Puts the issues in column order (stable: a column's own order kept) and gives the verdict. */
function settle<T extends Verdict>(result: T): T {
  if (result.issues.length > 1) {
    result.issues.sort((a, b) => COLUMN_ORDER.get(a.field ?? '')! - COLUMN_ORDER.get(b.field ?? '')!);
  }
  result.valid = !result.issues.some((issue) => issue.severity === 'error');
  return result;
}

/** A settled result with more issues (the rules across rows), settled again: the same as settling all at once. */
export function withIssues<T extends Verdict>(result: T, issues: readonly T['issues'][number][]): T {
  if (issues.length === 0) return result;
  result.issues.push(...issues);
  return settle(result);
}

/** The single-row rules only (no duplicates across rows); null for an empty row. */
export function validateRow(row: InputRow, opts: ValidateOptions = {}): RowResult | null {
  const result = checkRow(row, new Run(opts));
  return result && settle(result);
}

/**
 * Every rule, within and across rows, fed one row at a time as a reader streams them: only the cross-row
 * index is kept, never the rows as read. Empty rows are skipped.
 */
export class RowValidator {
  private readonly run: Run;
  private readonly index = new CrossRowIndex();
  private readonly results: RowResult[] = [];

  constructor(private readonly opts: ValidateOptions = {}) {
    this.run = new Run(opts);
  }

  /**
   * The row judged by the rules within it, and indexed for those across rows; null for an empty row. The
   * caller keeps it as it likes (a 100,000-row check keeps it serialized) and adds `crossIssues` at the end.
   */
  check(row: InputRow): RowResult | null {
    const result = checkRow(row, this.run);
    if (!result) return null;
    this.index.load(result.row, result.values);
    return settle(result);
  }

  /** After the last row: the issues the rules across rows find, by row (most rows have none). */
  crossIssues(): Map<number, Issue[]> {
    const found = new Map<number, Issue[]>();
    for (const row of this.index.involvedRows()) {
      const issues = this.index.issuesFor(row, this.opts);
      if (issues.length > 0) found.set(row, issues);
    }
    return found;
  }

  /** Checks a row and keeps its result for `finish`. */
  add(row: InputRow): void {
    const result = this.check(row);
    if (result) this.results.push(result);
  }

  /** The kept results, with the rules across rows applied; call once, after the last row. */
  finish(): RowResult[] {
    const cross = this.crossIssues();
    for (const result of this.results) withIssues(result, cross.get(result.row) ?? []);
    return this.results;
  }
}

/** Every rule, within and across rows. Empty rows are skipped: they are not in the result. */
export function validateRows(rows: readonly InputRow[], opts: ValidateOptions = {}): RowResult[] {
  const validator = new RowValidator(opts);
  for (const row of rows) validator.add(row);
  return validator.finish();
}
