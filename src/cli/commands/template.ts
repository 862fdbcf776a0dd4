// accounton-import template OUT.xlsx [--lang en|fr|nl] [--force]
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { writeTemplate } from '../../io/template';
import { fileCommand, UsageError, type CliIO } from '../args';
import { cliMessage } from '../messages';

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = fileCommand(args, { force: { type: 'boolean' } }, 'template', io);
  if (!command) return 0;
  const { values, lang, file: path } = command;
  if (extname(path).toLowerCase() !== '.xlsx') throw new UsageError(cliMessage('template.notXlsx', lang));

  const data = await writeTemplate({ lang });
  try {
    // 'wx' refuses to overwrite: nothing the user filled in is lost by accident.
    await writeFile(path, data, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    io.stderr.write(`accounton-import: ${cliMessage(exists ? 'template.exists' : 'template.cannotWrite', lang, { path })}\n`);
    return 2;
  }
  io.stdout.write(`${cliMessage('template.written', lang, { path })}\n`);
  return 0;
}
