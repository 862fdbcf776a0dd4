// accounton-import convert FILE OUT.xlsx [--map MAPPING.json] [--sheet NAME] [--force] [--lang en|fr|nl]
// Writes FILE's rows (the template's own, an export's, or any sheet's through a mapping) into the client
// template, values as text. The findings about the file go to stderr; check the written template as usual.
// Exit 0: written; 2: unreadable file, a required field with no column, or bad usage.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { cellText } from '../../core';
import { FIELD_KEYS, type RowValues } from '../../core/template/columns';
import { writeTemplate } from '../../io/template';
import { twoFileCommand, UsageError, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { reportIssue } from '../report';
import { readSource } from '../source';

const OPTIONS = { map: { type: 'string' }, sheet: { type: 'string' }, force: { type: 'boolean' } } as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = twoFileCommand(args, OPTIONS, 'convert', 'export.xlsx clients.xlsx', io);
  if (!command) return 0;
  const { values, lang, file, out } = command;
  if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError(cliMessage('template.notXlsx', lang));

  const source = await readSource(file, { map: values.map, sheet: values.sheet, lang });
  for (const issue of source.headerIssues) io.stderr.write(`accounton-import: ${reportIssue(issue).message}\n`);
  if (source.headerIssues.some((i) => i.severity === 'error')) return 2;

  const rows = source.rows.map((row) => {
    const values: RowValues = {};
    for (const key of FIELD_KEYS) {
      const text = cellText(row.cells[key]);
      if (text !== '') values[key] = text;
    }
    return values;
  });
  const data = await writeTemplate({ lang, rows });
  try {
    await writeFile(out, data, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    io.stderr.write(`accounton-import: ${cliMessage(exists ? 'template.exists' : 'template.cannotWrite', lang, { path: out })}\n`);
    return 2;
  }
  const skipped = source.skipped?.length ?? 0;
  io.stdout.write(`${cliMessage('convert.written', lang, { rows: rows.length, path: out, skipped })}\n`);
  return 0;
}
