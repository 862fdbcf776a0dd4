import type { CellValue } from '../cells';
import type { Severity } from '../issues';

/** One finding of a column rule, before it becomes an Issue (row, column and message are added later). */
export interface Finding<R extends string = string> {
  reason: R;
  severity: Severity;
  fix?: string;
  params?: Record<string, string | number>;
}

/** A cell read back to what the user meant, and what is wrong with it. */
export interface FieldResult<R extends string = string> {
  value: string;
  findings: readonly Finding<R>[];
}

export interface RuleContext {
  today: Date;
  /** The row's raw cells, for rules that depend on another column (postal code on country). */
  cells: Partial<Record<string, CellValue>>;
  /** See ValidateOptions.untypedCells. */
  untypedCells: boolean;
}

/** A rule's answer: the value alone when the cell is fine (most cells; no allocation), else value and findings. */
export type RuleResult<R extends string = string> = string | FieldResult<R>;

export type Rule<R extends string> = (cell: CellValue, ctx: RuleContext) => RuleResult<R>;

export function ok(value: string): string {
  return value;
}

export function error<R extends string>(value: string, reason: R, fix?: string): FieldResult<R> {
  return { value, findings: [fix === undefined ? { reason, severity: 'error' } : { reason, severity: 'error', fix }] };
}

export function warning<R extends string>(value: string, reason: R, fix?: string): FieldResult<R> {
  return { value, findings: [fix === undefined ? { reason, severity: 'warning' } : { reason, severity: 'warning', fix }] };
}
