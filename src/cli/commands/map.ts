// accounton-import map FILE [--sheet NAME] [--lang en|fr|nl]
// Prints the suggested mapping of FILE's columns as JSON: edit the fields, then pass it to check, send or
// convert with --map. Exit 0; 2 when no sheet has a header row.
import { fileCommand, type CliIO } from '../args';
import { mappedSource } from '../source';

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = fileCommand(args, { sheet: { type: 'string' } }, 'map', io);
  if (!command) return 0;
  const { values, lang, file } = command;
  const source = await mappedSource(file, { sheet: values.sheet, lang });
  io.stdout.write(`${JSON.stringify(source.mapping, null, 2)}\n`);
  return 0;
}
