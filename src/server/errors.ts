// One error shape for everything the API answers with: { error: { code, message } }, localized.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { Issue } from '../core/issues';
import type { Mapping } from '../core/mapping';
import { toLang, type Lang } from '../core/lang';
import { serverMessage, type Params, type ServerMessageCode } from '../api/contract/messages';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServerMessageCode,
    readonly params: Params = {},
    readonly issues?: Issue[],
    /** An upload that needs a mapping answers with the suggested one, and a few values of each column. */
    readonly mapping?: { mapping: Mapping; samples: Record<string, string[]> },
  ) {
    super(code);
  }
}

/** The request's language from the first tag of Accept-Language (en, fr or nl; English otherwise). */
export function requestLang(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  return toLang((Array.isArray(header) ? header[0] : header)?.split(',')[0]);
}

export function invalidRequest(error: ZodError): HttpError {
  const details = error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
    .join('; ');
  return new HttpError(400, 'request.invalid', { details });
}

export function errorBody(code: string, message: string, issues?: Issue[], mapping?: HttpError['mapping']) {
  return { error: { code, message, ...(issues ? { issues } : {}), ...mapping } };
}

/** Maps our errors and Fastify's own (JSON parse, media type, body limit, rate limit) to the one shape. */
export function toHttpError(error: FastifyError | HttpError | Error, bodyLimit: number): HttpError | null {
  if (error instanceof HttpError) return error;
  const fe = error as FastifyError & { ttlSeconds?: number };
  const status = fe.statusCode ?? 500;
  if (status === 413) return new HttpError(413, 'request.tooLarge', { limitMb: Math.round(bodyLimit / 1048576) });
  if (status === 429) return new HttpError(429, 'request.rateLimited', { seconds: fe.ttlSeconds ?? 60 });
  if (status === 415) return new HttpError(415, 'request.mediaType');
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return new HttpError(400, 'request.badJson');
  }
  if (status >= 400 && status < 500) return new HttpError(status, 'request.invalid', { details: fe.code ?? 'bad request' });
  return null;
}

export function sendError(reply: FastifyReply, lang: Lang, error: HttpError): FastifyReply {
  return reply.code(error.status).send(errorBody(error.code, serverMessage(error.code, lang, error.params), error.issues, error.mapping));
}

/** A unique index refused a row (PostgreSQL's 23505, SQLite's constraint codes). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
