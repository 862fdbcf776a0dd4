// accounton-import export OUT.xlsx [--workflow ID] [--label L] [--query Q] [--force], with --url/--key like send.
// Writes the template filled with the firm's clients; corrected and sent back (send), each row updates its client.
// Exit 0: written; 2: bad usage or the file cannot be written; 3: the API refused or could not be reached.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { apiCliMessage } from './apiMessages';
import { printJson, refusedExit, remoteClient, remoteCommand } from './remote';

const OPTIONS = { workflow: { type: 'string' }, label: { type: 'string' }, query: { type: 'string' }, force: { type: 'boolean' } } as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = remoteCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, positionals, lang, json } = command;
  if (positionals.length !== 1) throw new UsageError(cliMessage('usage.oneFile', lang, { command: 'export', example: 'clients.xlsx' }));
  const [path] = positionals;
  if (extname(path).toLowerCase() !== '.xlsx') throw new UsageError(cliMessage('template.notXlsx', lang));
  // Checked before the download too: a file the user corrected is never replaced by accident.
  if (!values.force && existsSync(path)) {
    io.stderr.write(`accounton-import: ${cliMessage('template.exists', lang, { path })}\n`);
    return 2;
  }
  const api = remoteClient(command);
  return refusedExit(io, lang, async () => {
    const file = await api.exportClients({ workflowId: values.workflow, label: values.label, query: values.query });
    try {
      await writeFile(path, Buffer.from(await file.arrayBuffer()), { flag: values.force ? 'w' : 'wx' });
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      io.stderr.write(`accounton-import: ${cliMessage(exists ? 'template.exists' : 'template.cannotWrite', lang, { path })}\n`);
      return 2;
    }
    if (json) printJson(io, { file: path });
    else io.stdout.write(`${apiCliMessage('export.written', lang, { path })}\n`);
    return 0;
  });
}
