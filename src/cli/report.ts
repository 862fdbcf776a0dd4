// The check report: the JSON shape of the issue, and the same findings as readable text grouped by row.
import type { Issue } from '../core/issues';
import type { Lang } from '../core/lang';
import { headerIn } from '../core/messages';
import type { FieldKey } from '../core/template/columns';
import type { SkippedRow } from '../core/mapping';
import type { Source } from './source';
import { cliMessage } from './messages';
import { reportIssue, type ReportIssue, type ReportRow, type ReportRows, type Summary } from './reportRows';

export { reportIssue };

export interface CheckReport {
  file: string;
  sheet: string;
  columns: Partial<Record<FieldKey, string>>;
  /** The rows, kept compactly until written. */
  rows: ReportRows;
  summary: Summary;
  /** Read through a mapping: the preset it is (or null), and the rows that are not declarations. */
  preset?: string | null;
  skipped?: SkippedRow[];
}

/** The report of a read whose rows are in `rows`, with the rules across rows applied. */
export function checkReport(file: string, read: Source, rows: ReportRows): CheckReport {
  const mapped = read.mapping ? { preset: read.mapping.preset, skipped: read.skipped ?? [] } : {};
  return { file, sheet: read.sheet, columns: read.columns, rows, summary: rows.summary(), ...mapped };
}

/**
 * The report as JSON, written piece by piece in the shape JSON.stringify(report, null, 2) has, one row per
 * line: a 100,000-row report is never one string in memory (it would be about 100 MB).
 */
export async function writeJsonReport(report: CheckReport, write: (text: string) => void): Promise<void> {
  const { rows, ...rest } = report;
  const field = (key: string, value: unknown) => `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
  const { file, sheet, columns, ...after } = rest;
  write(`{\n${[field('file', file), field('sheet', sheet), field('columns', columns)].join(',\n')},\n  "rows": [`);
  for await (const { lines, first } of rows.batches()) {
    write(`${first === 0 ? '' : ','}\n    ${lines.join(',\n    ')}`);
  }
  write(`${rows.count ? '\n  ' : ''}],\n${Object.entries(after).map(([k, v]) => field(k, v)).join(',\n')}\n}\n`);
}

export async function textReport(report: CheckReport, headerIssues: readonly Issue[], headerRow: number, lang: Lang): Promise<string> {
  const lines: string[] = [];
  if (headerIssues.length > 0) {
    lines.push(cliMessage('report.fileIssues', lang, { row: headerRow }));
    for (const issue of headerIssues) lines.push(issueLine(issue, lang));
    lines.push('');
  }
  for await (const batch of report.rows.batches()) {
    batch.lines.forEach((line, i) => {
      if (report.rows.hasIssues(batch.first + i)) rowLines(JSON.parse(line) as ReportRow, lang, lines);
    });
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

/** A row's findings under its verdict, then a blank line. */
function rowLines(row: ReportRow, lang: Lang, lines: string[]): void {
  const verdict = cliMessage(row.valid ? 'report.validWithWarnings' : 'report.invalid', lang);
  lines.push(cliMessage('report.row', lang, { row: row.row, verdict }));
  for (const issue of row.issues) lines.push(issueLine(issue, lang));
  lines.push('');
}

function issueLine(issue: ReportIssue, lang: Lang): string {
  const where = issue.field ? `${issue.column} ${headerIn(issue.field, lang)}` : issue.column;
  const severity = cliMessage(issue.severity === 'error' ? 'report.error' : 'report.warning', lang);
  // Messages often name the fix already; say it once.
  const fix = issue.fix !== undefined && !issue.message.includes(issue.fix) ? cliMessage('report.fix', lang, { fix: issue.fix }) : '';
  return cliMessage('report.issue', lang, { where, severity, message: issue.message, fix });
}
