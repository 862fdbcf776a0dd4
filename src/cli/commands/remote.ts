// What the commands that call the import API share with `send`: --url/--key (or ACCOUNTON_URL and
// ACCOUNTON_API_KEY), --json and --lang, and an API refusal printed as one line with exit code 3.
import { ApiError, createClient, type ApiClient } from '../../api/client';
import type { Lang } from '../../core/lang';
import { envLang, langOption, parseOptions, UsageError, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { apiCliMessage } from './apiMessages';

export const DEFAULT_URL = 'http://127.0.0.1:3001';

const REMOTE_OPTIONS = {
  url: { type: 'string' }, key: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

type Options = Parameters<typeof parseOptions>[1];

/** Parses a remote command's options; null when --help printed the usage. */
export function remoteCommand<O extends Options>(args: string[], options: O, io: CliIO) {
  const fallback = envLang();
  const { values, positionals } = parseOptions(args, { ...options, ...REMOTE_OPTIONS }, fallback);
  const common = values as { url?: string; key?: string; json?: boolean; lang?: string; help?: boolean };
  const lang = langOption(common.lang, fallback);
  if (common.help) {
    io.stdout.write(`${cliMessage('usage', lang)}\n`);
    return null;
  }
  return { values, positionals, lang, json: common.json === true, url: common.url, key: common.key };
}

export function remoteClient(opts: { url?: string; key?: string; lang: Lang }): ApiClient {
  const apiKey = opts.key ?? process.env.ACCOUNTON_API_KEY;
  if (!apiKey) throw new UsageError(apiCliMessage('send.noKey', opts.lang));
  return createClient({ baseUrl: opts.url ?? process.env.ACCOUNTON_URL ?? DEFAULT_URL, apiKey, lang: opts.lang });
}

/** Runs a call; an API refusal is printed (with a hint for some codes) and exits 3. */
export async function refusedExit(io: CliIO, lang: Lang, call: () => Promise<number>, hints: Record<string, string> = {}): Promise<number> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    io.stderr.write(`accounton-import: ${apiCliMessage('manage.failed', lang, { message: err.message })}\n`);
    if (hints[err.code]) io.stderr.write(`${hints[err.code]}\n`);
    return 3;
  }
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
