// Option parsing shared by the commands: node's parseArgs, with misuse reported in the user's language.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS, toLang, type Lang } from '../core/lang';
import { cliMessage } from './messages';

/** Bad usage: main prints the message as one line on stderr and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The language of the user's environment (LC_ALL, LC_MESSAGES, LANG), for messages before --lang is known. */
export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return toLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<O extends Options>(args: string[], options: O, lang: Lang) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const detail = error instanceof Error ? error.message : String(error);
    const option = (/'([^' ]+)/.exec(detail)?.[1] ?? '').trim();
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(cliMessage('usage.unknownOption', lang, { option }));
    if (/argument missing/.test(detail)) throw new UsageError(cliMessage('usage.missingValue', lang, { option }));
    if (/does not take an argument/.test(detail)) throw new UsageError(cliMessage('usage.noValue', lang, { option }));
    throw new UsageError(cliMessage('usage.badOption', lang, { option, detail }));
  }
}

/** `--lang` if given (and one of ours), else the environment's language. */
export function langOption(value: string | boolean | undefined, fallback: Lang): Lang {
  if (value === undefined || typeof value === 'boolean') return fallback;
  if (!(LANGS as readonly string[]).includes(value)) throw new UsageError(cliMessage('usage.badLang', fallback, { lang: value }));
  return value as Lang;
}

const COMMON_OPTIONS = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** A command's options plus --lang and --help, and its language; null when --help printed the usage. */
function commandStart<O extends Options>(args: string[], options: O, io: CliIO) {
  const fallback = envLang();
  const { values, positionals } = parseOptions(args, { ...options, ...COMMON_OPTIONS }, fallback);
  // TypeScript cannot see the common options through the generic spread; they are there by construction.
  const common = values as { lang?: string; help?: boolean };
  const lang = langOption(common.lang, fallback);
  if (common.help) {
    io.stdout.write(`${cliMessage('usage', lang)}\n`);
    return null;
  }
  return { values, positionals, lang };
}

/** The start of every command that takes one FILE: its options, the language and the file (null after --help). */
export function fileCommand<O extends Options>(args: string[], options: O, command: string, io: CliIO) {
  const start = commandStart(args, options, io);
  if (!start) return null;
  const { values, positionals, lang } = start;
  if (positionals.length !== 1) throw new UsageError(cliMessage('usage.oneFile', lang, { command, example: 'clients.xlsx' }));
  return { values, lang, file: positionals[0] };
}

/** The start of a command that reads one FILE and writes another: like fileCommand, with two positionals. */
export function twoFileCommand<O extends Options>(args: string[], options: O, command: string, example: string, io: CliIO) {
  const start = commandStart(args, options, io);
  if (!start) return null;
  const { values, positionals, lang } = start;
  if (positionals.length !== 2) throw new UsageError(cliMessage('usage.twoFiles', lang, { command, example }));
  return { values, lang, file: positionals[0], out: positionals[1] };
}
