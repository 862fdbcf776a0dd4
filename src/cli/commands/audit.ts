// accounton-import audit [--from ISO] [--to ISO] [--limit N] [--offset N], with --url/--key like send.
// Prints the firm's audit log, newest first. Exit 0: done; 2: bad usage; 3: the API refused.
import { UsageError, type CliIO } from '../args';
import { apiCliMessage } from './apiMessages';
import { printJson, refusedExit, remoteClient, remoteCommand } from './remote';

const OPTIONS = { from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' } } as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = remoteCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, positionals, lang, json } = command;
  if (positionals.length > 0) throw new UsageError(apiCliMessage('audit.usage', lang));
  const api = remoteClient(command);
  return refusedExit(io, lang, async () => {
    // The server checks the values (a 400 with the reason).
    const page = await api.audit({ from: values.from, to: values.to, limit: values.limit as unknown as number, offset: values.offset as unknown as number });
    if (json) printJson(io, page);
    else {
      const lines = page.entries.map((e) => apiCliMessage('audit.line', lang, { at: e.at, action: e.action, email: e.user.email, details: JSON.stringify(e.details) }));
      io.stdout.write([...lines, apiCliMessage('audit.total', lang, { shown: page.entries.length, total: page.total })].map((l) => `${l}\n`).join(''));
    }
    return 0;
  });
}
