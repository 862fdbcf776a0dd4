// The check report: the JSON shape of the issue, and the same findings as readable text grouped by row.
import type { RowResult } from '../core';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/lang';
import { headerIn } from '../core/messages';
import type { FieldKey, RowValues } from '../core/template/columns';
import type { SkippedRow } from '../core/mapping';
import type { Source } from './source';
import { cliMessage } from './messages';

export interface ReportIssue {
  row: number;
  column: string;
  field: FieldKey | null;
  severity: Issue['severity'];
  code: string;
  message: string;
  fix?: string;
}

export interface CheckReport {
  file: string;
  sheet: string;
  columns: Partial<Record<FieldKey, string>>;
  rows: { row: number; valid: boolean; values: RowValues; issues: ReportIssue[] }[];
  summary: { rows: number; valid: number; invalid: number; withWarnings: number };
  /** Read through a mapping: the preset it is (or null), and the rows that are not declarations. */
  preset?: string | null;
  skipped?: SkippedRow[];
}

export function checkReport(file: string, read: Source, results: readonly RowResult[]): CheckReport {
  const rows = results.map((r) => ({ row: r.row, valid: r.valid, values: r.values, issues: r.issues.map(reportIssue) }));
  const valid = rows.filter((r) => r.valid).length;
  const mapped = read.mapping ? { preset: read.mapping.preset, skipped: read.skipped ?? [] } : {};
  return {
    file,
    sheet: read.sheet,
    columns: read.columns,
    rows,
    summary: {
      rows: rows.length,
      valid,
      invalid: rows.length - valid,
      withWarnings: rows.filter((r) => r.issues.some((i) => i.severity === 'warning')).length,
    },
    ...mapped,
  };
}

/**
 * The report as JSON, written piece by piece in the shape JSON.stringify(report, null, 2) has, one row per
 * line: a 100,000-row report is never one string in memory (it would be about 100 MB).
 */
export function writeJsonReport(report: CheckReport, write: (text: string) => void): void {
  const { rows, ...rest } = report;
  const field = (key: string, value: unknown) => `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
  const { file, sheet, columns, ...after } = rest;
  write(`{\n${[field('file', file), field('sheet', sheet), field('columns', columns)].join(',\n')},\n  "rows": [`);
  const BATCH = 1000;
  for (let i = 0; i < rows.length; i += BATCH) {
    const lines = rows.slice(i, i + BATCH).map((r) => `\n    ${JSON.stringify(r)}`);
    write((i === 0 ? '' : ',') + lines.join(','));
  }
  write(`${rows.length ? '\n  ' : ''}],\n${Object.entries(after).map(([k, v]) => field(k, v)).join(',\n')}\n}\n`);
}

// Exactly the issue's fields: `params` only serves re-rendering in a UI.
export function reportIssue(issue: Issue): ReportIssue {
  const { row, column, field, severity, code, message, fix } = issue;
  return fix === undefined ? { row, column, field, severity, code, message } : { row, column, field, severity, code, message, fix };
}

export function textReport(report: CheckReport, headerIssues: readonly Issue[], headerRow: number, lang: Lang): string {
  const lines: string[] = [];
  if (headerIssues.length > 0) {
    lines.push(cliMessage('report.fileIssues', lang, { row: headerRow }));
    for (const issue of headerIssues) lines.push(issueLine(issue, lang));
    lines.push('');
  }
  for (const row of report.rows) {
    if (row.issues.length === 0) continue;
    const verdict = cliMessage(row.valid ? 'report.validWithWarnings' : 'report.invalid', lang);
    lines.push(cliMessage('report.row', lang, { row: row.row, verdict }));
    for (const issue of row.issues) lines.push(issueLine(issue, lang));
    lines.push('');
  }
  const { summary } = report;
  if (summary.rows === 0) lines.push(cliMessage('report.noRows', lang));
  else if (summary.invalid === 0 && summary.withWarnings === 0) lines.push(cliMessage('report.allValid', lang));
  lines.push(
    cliMessage('report.title', lang, {
      file: report.file,
      sheet: report.sheet ? cliMessage('report.sheet', lang, { sheet: report.sheet }) : '',
      ...summary,
    }),
  );
  return `${lines.join('\n')}\n`;
}

function issueLine(issue: ReportIssue, lang: Lang): string {
  const where = issue.field ? `${issue.column} ${headerIn(issue.field, lang)}` : issue.column;
  const severity = cliMessage(issue.severity === 'error' ? 'report.error' : 'report.warning', lang);
  // Messages often name the fix already; say it once.
  const fix = issue.fix !== undefined && !issue.message.includes(issue.fix) ? cliMessage('report.fix', lang, { fix: issue.fix }) : '';
  return cliMessage('report.issue', lang, { where, severity, message: issue.message, fix });
}
