// accounton-import check FILE [--json] [--sheet NAME] [--map MAPPING.json] [--lang en|fr|nl]
// Exit 0: every row valid (warnings allowed); 1: a row is invalid; 2: unreadable file or bad usage.
import { RowValidator, type InputRow } from '../../core';
import type { RowSink } from '../../io/sheet';
import { fileCommand, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { checkReport, reportIssue, textReport, writeJsonReport } from '../report';
import { ReportRows } from '../reportRows';
import { readSource } from '../source';

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = fileCommand(args, { json: { type: 'boolean' }, sheet: { type: 'string' }, map: { type: 'string' } }, 'check', io);
  if (!command) return 0;
  const { values, lang, file } = command;
  // A template's rows are validated as they are read and kept only as their report: a large file is never
  // held as rows, nor as results.
  let streamed: Checked | null = null;
  const onRow: RowSink = (row, columns, untypedCells) => (streamed ??= new Checked(new RowValidator({ lang, columns, untypedCells }))).add(row);
  const read = await readSource(file, { map: values.map, sheet: values.sheet, lang, onRow });

  // Without a required column no row can be judged: the file itself must be fixed first.
  const headerErrors = read.headerIssues.filter((i) => i.severity === 'error');
  if (headerErrors.length > 0) {
    const details = headerErrors.map((i) => i.message).join(' ');
    io.stderr.write(`accounton-import: ${cliMessage('check.headerErrors', lang, { details })}\n`);
    return 2;
  }

  // A mapped file was read whole (its rows are in `read`); rows streamed before it was known not to be the
  // template are dropped with their store.
  let checked = streamed as Checked | null;
  if (read.mapping || !checked) {
    checked = new Checked(new RowValidator({ lang, columns: read.columns, untypedCells: read.untypedCells }));
    for (const row of read.rows) checked.add(row);
  }
  const report = checkReport(file, read, checked.finish());
  if (values.json) {
    // stdout keeps exactly the documented shape; header warnings (unknown columns) go to stderr.
    for (const issue of read.headerIssues) io.stderr.write(`accounton-import: ${reportIssue(issue).message}\n`);
    await writeJsonReport(report, (text) => io.stdout.write(text));
  } else {
    io.stdout.write(await textReport(report, read.headerIssues, read.headerRow, lang));
  }
  return report.summary.invalid > 0 ? 1 : 0;
}

/** Rows validated into their report as they come. */
class Checked {
  private readonly rows = new ReportRows();

  constructor(private readonly validator: RowValidator) {}

  add(row: InputRow): void {
    const result = this.validator.check(row);
    if (result) this.rows.add(result);
  }

  finish(): ReportRows {
    this.rows.addCross(this.validator.crossIssues());
    return this.rows;
  }
}
