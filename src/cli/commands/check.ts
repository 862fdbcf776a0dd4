// accounton-import check FILE [--json] [--sheet NAME] [--map MAPPING.json] [--lang en|fr|nl]
// Exit 0: every row valid (warnings allowed); 1: a row is invalid; 2: unreadable file or bad usage.
import { validateRows } from '../../core';
import { fileCommand, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { checkReport, reportIssue, textReport } from '../report';
import { readSource } from '../source';

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = fileCommand(args, { json: { type: 'boolean' }, sheet: { type: 'string' }, map: { type: 'string' } }, 'check', io);
  if (!command) return 0;
  const { values, lang, file } = command;
  const read = await readSource(file, { map: values.map, sheet: values.sheet, lang });

  // Without a required column no row can be judged: the file itself must be fixed first.
  const headerErrors = read.headerIssues.filter((i) => i.severity === 'error');
  if (headerErrors.length > 0) {
    const details = headerErrors.map((i) => i.message).join(' ');
    io.stderr.write(`accounton-import: ${cliMessage('check.headerErrors', lang, { details })}\n`);
    return 2;
  }

  const results = validateRows(read.rows, { lang, columns: read.columns, untypedCells: read.untypedCells });
  const report = checkReport(file, read, results);
  if (values.json) {
    // stdout keeps exactly the documented shape; header warnings (unknown columns) go to stderr.
    for (const issue of read.headerIssues) io.stderr.write(`accounton-import: ${reportIssue(issue).message}\n`);
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(textReport(report, read.headerIssues, read.headerRow, lang));
  }
  return report.summary.invalid > 0 ? 1 : 0;
}
