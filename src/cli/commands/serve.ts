// accounton-import serve [--port 3001] [--host 127.0.0.1] [--db URL] [--static DIR]
// Starts the import API; on first start against an empty database it creates the demo firm and
// prints its admin key once. Stops on Ctrl+C (SIGINT) or SIGTERM.
import path from 'node:path';
import { DEFAULT_DATABASE } from '../../server/db';
import { DEMO_FIRM_NAME } from '../../server/db/seed';
import { DEFAULT_PORT, hasServerFlags, relaunchWithServerFlags, startServer, untilStopped } from '../../server/start';
import { envLang, parseOptions, UsageError, type CliIO } from '../args';
import { cliMessage } from '../messages';
import { apiCliMessage } from './apiMessages';

/** --db, else DATABASE_URL, else the SQLite file under ./data/. */
export function databaseUrl(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.DATABASE_URL || DEFAULT_DATABASE;
}

/** Where the database is, without the password of a PostgreSQL URL. */
export function describeDatabase(url: string): string {
  if (!/^postgres(ql)?:/i.test(url)) return path.resolve(url.replace(/^(sqlite|file):(\/\/)?/i, ''));
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

export async function run(args: string[], io: CliIO): Promise<number> {
  if (!hasServerFlags()) return relaunchWithServerFlags();
  const lang = envLang();
  const { values, positionals } = parseOptions(
    args,
    { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, static: { type: 'string' } },
    lang,
  );
  if (positionals.length > 0) throw new UsageError(cliMessage('usage.unknownOption', lang, { option: positionals[0] }));
  const port = values.port === undefined ? Number(process.env.PORT || DEFAULT_PORT) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(apiCliMessage('serve.badPort', lang));
  const url = databaseUrl(values.db);
  const server = await startServer({
    databaseUrl: url,
    port,
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
    staticDir: values.static ? path.resolve(values.static) : undefined,
    demoLang: lang,
    corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    logger: { level: process.env.LOG_LEVEL ?? 'info', stream: { write: (line: string) => io.stderr.write(line) } },
  });
  io.stdout.write(`${apiCliMessage('serve.listening', lang, { url: server.url, db: describeDatabase(url) })}\n`);
  if (server.demo) {
    io.stdout.write(`${apiCliMessage('serve.demo', lang, { firm: DEMO_FIRM_NAME, key: server.demo.adminKey, staffKey: server.demo.staffKey })}\n`);
  }
  io.stdout.write(`${apiCliMessage('serve.stop', lang)}\n`);
  await untilStopped();
  await server.close();
  return 0;
}
