// The accounton-import command line: dispatches to one module per command in ./commands.
import { ReadError } from '../io/readError';
import { envLang, UsageError, type CliIO } from './args';
import { cliMessage } from './messages';

export interface Command {
  run(args: string[], io: CliIO): Promise<number>;
}

// Loaded on demand, so a command only loads the libraries it uses.
const COMMANDS: Record<string, () => Promise<Command>> = {
  template: () => import('./commands/template'),
  check: () => import('./commands/check'),
  serve: () => import('./commands/serve'),
  'seed-demo': () => import('./commands/seed-demo'),
  send: () => import('./commands/send'),
  export: () => import('./commands/export'),
  workflows: () => import('./commands/workflows'),
  mandates: () => import('./commands/mandates'),
  map: () => import('./commands/map'),
  convert: () => import('./commands/convert'),
  keys: () => import('./commands/keys'),
  users: () => import('./commands/users'),
  audit: () => import('./commands/audit'),
};

const HELP = new Set(['--help', '-h', 'help']);

export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const lang = envLang();
  const [name, ...args] = argv;
  if (name !== undefined && HELP.has(name)) {
    io.stdout.write(`${cliMessage('usage', lang)}\n`);
    return 0;
  }
  try {
    if (name === undefined) throw new UsageError(cliMessage('usage.noCommand', lang));
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) throw new UsageError(cliMessage('usage.unknownCommand', lang, { command: name }));
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReadError) {
      io.stderr.write(`accounton-import: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
