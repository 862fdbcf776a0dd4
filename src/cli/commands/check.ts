// accounton-import check FILE [--json] [--sheet NAME] [--map MAPPING.json] [--lang en|fr|nl]
// Exit 0: every row valid (warnings allowed); 1: a row is invalid; 2: unreadable file or bad usage.
import { RowValidator, validateRows } from '../../core';
import type { RowSink } from '../../io/sheet';
import { fileCommand, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { checkReport, reportIssue, textReport, writeJsonReport } from '../report';
import { readSource } from '../source';

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = fileCommand(args, { json: { type: 'boolean' }, sheet: { type: 'string' }, map: { type: 'string' } }, 'check', io);
  if (!command) return 0;
  const { values, lang, file } = command;
  // A template's rows are validated as they are read, so a large file is never held whole as rows.
  let validator: RowValidator | null = null;
  const onRow: RowSink = (row, columns, untypedCells) => (validator ??= new RowValidator({ lang, columns, untypedCells })).add(row);
  const read = await readSource(file, { map: values.map, sheet: values.sheet, lang, onRow });

  // Without a required column no row can be judged: the file itself must be fixed first.
  const headerErrors = read.headerIssues.filter((i) => i.severity === 'error');
  if (headerErrors.length > 0) {
    const details = headerErrors.map((i) => i.message).join(' ');
    io.stderr.write(`accounton-import: ${cliMessage('check.headerErrors', lang, { details })}\n`);
    return 2;
  }

  const streamed = validator as RowValidator | null;
  const results = read.mapping || !streamed
    ? validateRows(read.rows, { lang, columns: read.columns, untypedCells: read.untypedCells })
    : streamed.finish();
  const report = checkReport(file, read, results);
  if (values.json) {
    // stdout keeps exactly the documented shape; header warnings (unknown columns) go to stderr.
    for (const issue of read.headerIssues) io.stderr.write(`accounton-import: ${reportIssue(issue).message}\n`);
    writeJsonReport(report, (text) => io.stdout.write(text));
  } else {
    io.stdout.write(textReport(report, read.headerIssues, read.headerRow, lang));
  }
  return report.summary.invalid > 0 ? 1 : 0;
}
