// accounton-import users add --email EMAIL --name NAME [--role admin|staff] | list, with --url/--key like send.
// Exit 0: done; 2: bad usage; 3: the API refused.
import { UsageError, type CliIO } from '../args';
import { apiCliMessage } from './apiMessages';
import { printJson, refusedExit, remoteClient, remoteCommand } from './remote';

const OPTIONS = { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = remoteCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, positionals, lang, json } = command;
  const [action, ...rest] = positionals;
  if (action === 'add' && rest.length === 0) {
    const role = values.role ?? 'staff';
    if (!values.email || !values.name || (role !== 'admin' && role !== 'staff')) throw new UsageError(apiCliMessage('users.usage', lang));
    const api = remoteClient(command);
    return refusedExit(io, lang, async () => {
      const user = await api.addUser({ email: values.email!, name: values.name!, role });
      if (json) printJson(io, user);
      else io.stdout.write(`${apiCliMessage('users.added', lang, { email: user.email, role: user.role })}\n`);
      return 0;
    });
  }
  if (action === 'list' && rest.length === 0) {
    const api = remoteClient(command);
    return refusedExit(io, lang, async () => {
      const users = await api.users();
      if (json) printJson(io, users);
      else io.stdout.write(users.map((u) => `${apiCliMessage('users.line', lang, { email: u.email, name: u.name, role: u.role })}\n`).join(''));
      return 0;
    });
  }
  throw new UsageError(apiCliMessage('users.usage', lang));
}
