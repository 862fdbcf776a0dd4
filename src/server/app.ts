// The import API as a Fastify app. Everything a second replica needs lives in the database: on PostgreSQL
// the rate-limit counters too (SQLite serves one process, which counts in memory).
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { Duplex } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { authenticate, bearerKey } from './auth';
import { AuthGuard, GUARD_LIMITS, type GuardLimits } from './authGuard';
import { MemoryCounters, type Counters } from './counters';
import type { AppDatabase } from './db';
import { DatabaseCounters } from './db/counters';
import { errorBody, HttpError, requestLang, sendError, toHttpError } from './errors';
import { keyPrefix } from './keys';
import { loggerOptions, type LogOptions } from './logger';
import { serverMessage } from '../api/contract/messages';
import { PREVIEW_TTL_MS } from './previewImport';
import { counterStore } from './rateLimitStore';
import type { RouteContext } from './routes/context';
import { adminRoutes } from './routes/admin';
import { firmRoutes } from './routes/firm';
import { importRoutes } from './routes/imports';
import { mappingRoutes } from './routes/mappings';
import { DEFAULT_UPLOAD_BUDGET, UploadBudget } from './uploadBudget';
import { publicRoutes } from './routes/public';

export const API_PREFIX = '/api/v1';
export const DEFAULT_BODY_LIMIT = 20 * 1024 * 1024;

export interface AppOptions {
  db: AppDatabase;
  /** false (default) for no logs; options to log JSON lines (never national numbers, e-mails or keys). */
  logger?: false | LogOptions;
  /** The clock (tests move it to expire previews). */
  now?: () => Date;
  /** Origins allowed by CORS (the add-in's and the web page's when served elsewhere). None by default. */
  corsOrigins?: string[];
  /** Requests per time window per API key (per client IP without a key); false disables. */
  rateLimit?: false | { max: number; timeWindow?: number | string };
  /** Limits on failed authentication (on by default, counters in memory); false disables. */
  authGuard?: false | { limits?: Partial<GuardLimits>; counters?: Counters };
  /** Largest request body in bytes (JSON or upload); larger is a 413. */
  bodyLimit?: number;
  previewTtlMs?: number;
  /** The memory the uploads being read may hold together (DEFAULT_UPLOAD_BUDGET by default). */
  uploadBudget?: UploadBudget;
  /** Files served at / (the web importer and the add-in). */
  staticDir?: string;
  /** Extra Content-Security-Policy directives for the served pages. */
  cspDirectives?: Record<string, string[]>;
  trustProxy?: boolean;
  /** Serve over https with this key and certificate (npm start: the Office add-in dev certificate). */
  https?: { key: string | Buffer; cert: string | Buffer };
}

/** Malformed HTTP never reaches a route: answered on the socket, in the one shape (no language is known yet). */
function answerMalformed(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, reason, code] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'request.tooLarge' as const]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'request.malformed' as const]
        : [400, 'Bad Request', 'request.malformed' as const];
  const body = JSON.stringify(errorBody(code, serverMessage(code, 'en', { limitMb: 0 })));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: opts.logger ? loggerOptions(opts.logger) : false,
    bodyLimit,
    trustProxy: opts.trustProxy ?? false,
    // Ids are checked as ids by the routes (a 404 in the one shape); only absurd lengths stop at the router.
    routerOptions: { maxParamLength: 1000 },
    frameworkErrors: (error, request, reply) => {
      const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'request.urlTooLong' : 'request.badUrl';
      request.log.info({ code }, 'request refused');
      sendError(reply, requestLang(request), new HttpError(error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400, code));
    },
    clientErrorHandler: answerMalformed,
    ...(opts.https ? { https: opts.https } : {}),
  });
  const ctx: RouteContext = {
    adb: opts.db,
    now: opts.now ?? (() => new Date()),
    bodyLimit,
    previewTtlMs: opts.previewTtlMs ?? PREVIEW_TTL_MS,
    uploads: opts.uploadBudget ?? new UploadBudget(DEFAULT_UPLOAD_BUDGET),
  };
  // One store for both limits: the database's on PostgreSQL, shared by the replicas.
  const counters = opts.db.dialect.name === 'postgres' ? new DatabaseCounters(opts.db.db) : null;
  const guard = opts.authGuard === false ? null : new AuthGuard(
    opts.authGuard?.counters ?? counters ?? new MemoryCounters(),
    { ...GUARD_LIMITS, ...opts.authGuard?.limits },
  );

  app.setErrorHandler((error, request, reply) => {
    const known = toHttpError(error as Error, bodyLimit);
    if (known) {
      request.log.info({ code: known.code, statusCode: known.status }, 'request refused');
      if ((known.status === 429 || known.status === 503) && typeof known.params.seconds === 'number') reply.header('retry-after', known.params.seconds);
      return sendError(reply, requestLang(request), known);
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, requestLang(request), new HttpError(500, 'internal'));
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, requestLang(request), new HttpError(404, 'notFound.route')));

  await app.register(helmet, {
    frameguard: false,
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'", 'https://appsforoffice.microsoft.com'],
        'connect-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        // Office on the web shows the task pane in a frame.
        'frame-ancestors': ["'self'", 'https://*.office.com', 'https://*.officeapps.live.com', 'https://*.sharepoint.com', 'https://*.office365.com'],
        ...opts.cspDirectives,
      },
    },
  });
  const allowed = new Set(opts.corsOrigins ?? []);
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept-Language'],
    exposedHeaders: ['Idempotent-Replayed', 'Retry-After'],
    methods: ['GET', 'POST', 'DELETE'],
  });
  if (opts.rateLimit !== false) {
    await app.register(rateLimit, {
      max: opts.rateLimit?.max ?? 600,
      timeWindow: opts.rateLimit?.timeWindow ?? '1 minute',
      ...(counters ? { store: counterStore(counters) } : {}),
      keyGenerator: (request) => {
        const prefix = keyPrefix(bearerKey(request) ?? '');
        return prefix ? `key:${prefix}` : `ip:${request.ip}`;
      },
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error('rate limited'), { statusCode: context.statusCode, ttlSeconds: Math.ceil(context.ttl / 1000) }),
    });
  }
  // A field holds at most a column mapping (JSON, one entry per source column).
  await app.register(multipart, { limits: { fileSize: bodyLimit, files: 1, fields: 10, fieldSize: 64 * 1024 } });

  app.decorateRequest('auth', null);
  await app.register(
    async (api) => {
      publicRoutes(api, ctx);
      await api.register(async (secured) => {
        secured.addHook('onRequest', async (request) => {
          request.auth = await authenticate(ctx.adb, request, guard, ctx.now().getTime());
        });
        firmRoutes(secured, ctx);
        importRoutes(secured, ctx);
        adminRoutes(secured, ctx);
        mappingRoutes(secured, ctx);
      });
    },
    { prefix: API_PREFIX },
  );

  if (opts.staticDir) {
    // Loaded on demand: it pulls in an ES-module-only dependency that jest cannot require.
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, { root: opts.staticDir, prefix: '/' });
  }
  return app;
}
