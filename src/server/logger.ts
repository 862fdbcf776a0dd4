// Structured logs that never carry national numbers, e-mails or keys: requests are logged by method,
// route pattern (never the raw path: an unknown route's may hold anything) and status only (no query
// strings, headers or bodies), and error texts are scrubbed.
import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';

export interface LogOptions {
  level?: string;
  /** Where the JSON lines go (stdout by default); tests capture them. */
  stream?: DestinationStream;
}

const SECRET_PATTERNS: [RegExp, string][] = [
  [/acc_[0-9a-f]{12}_[A-Za-z0-9_-]+/g, '[key]'],
  [/[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/gi, '[email]'],
  [/\d[\d.\- ]{7,}\d/g, '[number]'],
];

export function scrub(text: string): string {
  return SECRET_PATTERNS.reduce((t, [re, by]) => t.replace(re, by), text);
}

interface RequestLike { method: string; url: string; id?: string; routeOptions?: { url?: string } }
interface ReplyLike { statusCode: number }

export function loggerOptions(opts: LogOptions): FastifyServerOptions['logger'] {
  const options: LoggerOptions & { stream?: DestinationStream } = {
    level: opts.level ?? 'info',
    redact: { paths: ['req.headers', 'headers', 'authorization', '*.authorization', 'body', '*.body'], censor: '[redacted]' },
    serializers: {
      req: (req: RequestLike) => ({ id: req.id, method: req.method, route: req.routeOptions?.url ?? 'not-found' }),
      res: (res: ReplyLike) => ({ statusCode: res.statusCode }),
      err: (err: Error & { code?: string }) => ({
        type: err.name,
        code: err.code,
        message: scrub(err.message ?? ''),
        stack: scrub(err.stack ?? ''),
      }),
    },
  };
  if (opts.stream) options.stream = opts.stream;
  return options as FastifyServerOptions['logger'];
}
