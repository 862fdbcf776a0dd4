// What a firm's administrators manage: API keys, users, and the audit log. Admins only; every query is
// scoped to the caller's firm, and every change is written to the audit log in the same transaction.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireAdmin, type AuthContext } from '../auth';
import { activeAdminKeys, auditPage, createKey, createUser, findKey, findUser, listKeys, listUsers, revokeKey, type KeyRow } from '../db/keys';
import { audit } from '../db/imports';
import { HttpError, isUniqueViolation } from '../errors';
import {
  AuditQuerySchema, CreateApiKeySchema, CreateUserSchema, Id, RevokeKeyQuerySchema,
  type ApiKey, type AuditPage, type CreatedApiKey,
} from '../../api/contract/schemas';
import { caller, parse, type RouteContext } from './context';

const KeyParams = z.object({ id: Id });

function admin(request: Parameters<typeof caller>[0]): AuthContext {
  const auth = caller(request);
  requireAdmin(auth, 'auth.adminOnlyManage');
  return auth;
}

export function keyStatus(k: Pick<KeyRow, 'revokedAt' | 'expiresAt'>, at: string): ApiKey['status'] {
  if (k.revokedAt !== null) return 'revoked';
  return k.expiresAt !== null && k.expiresAt <= at ? 'expired' : 'active';
}

const asApiKey = (k: KeyRow, at: string): ApiKey => ({ ...k, status: keyStatus(k, at) });

/** A stored timestamp: ISO 8601 in UTC, so that text comparison is time order on both databases. */
const utc = (iso: string) => new Date(iso).toISOString();

export function adminRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/keys', async (request) => {
    const auth = admin(request);
    const at = ctx.now().toISOString();
    return { keys: (await listKeys(ctx.adb.db, auth.firm.id)).map((k) => asApiKey(k, at)) };
  });

  app.post('/keys', async (request, reply): Promise<CreatedApiKey> => {
    const auth = admin(request);
    const body = parse(CreateApiKeySchema, request.body ?? {});
    const now = ctx.now();
    const expiresAt = body.expiresAt ? utc(body.expiresAt) : null;
    if (expiresAt !== null && expiresAt <= now.toISOString()) throw new HttpError(400, 'keys.expiryPast');
    const user = await findUser(ctx.adb.db, auth.firm.id, body.userId !== undefined ? { id: body.userId } : { email: body.userEmail });
    if (!user) throw new HttpError(404, 'notFound.user');
    const at = now.toISOString();
    const created = await ctx.adb.db.transaction().execute(async (trx) => {
      const { id, key } = await createKey(trx, user.id, { name: body.name, expiresAt, at });
      await audit(trx, { firmId: auth.firm.id, userId: auth.user.id, action: 'key.created', importId: null, at, details: { keyId: id, forUserId: user.id, name: body.name, expiresAt } });
      return { id, key };
    });
    const row = (await findKey(ctx.adb.db, auth.firm.id, created.id))!;
    reply.code(201);
    return { ...asApiKey(row, at), key: created.key };
  });

  app.delete('/keys/:id', async (request) => {
    const auth = admin(request);
    const params = KeyParams.safeParse(request.params);
    if (!params.success) throw new HttpError(404, 'notFound.key');
    const { force } = parse(RevokeKeyQuerySchema, request.query);
    const at = ctx.now().toISOString();
    // Checked and revoked in one transaction, under the firm's lock: two admins revoking the last two admin
    // keys at once cannot both pass the check.
    const revoked = await ctx.adb.db.transaction().execute(async (trx) => {
      await ctx.adb.dialect.lockFirmCommits(trx, auth.firm.id);
      const key = await findKey(trx, auth.firm.id, params.data.id);
      if (!key) throw new HttpError(404, 'notFound.key');
      const status = keyStatus(key, at);
      if (status === 'revoked') return key;
      if (!force && status === 'active' && key.user.role === 'admin' && (await activeAdminKeys(trx, auth.firm.id, at)) <= 1) {
        throw new HttpError(409, 'keys.lastAdmin');
      }
      await revokeKey(trx, key.id, at);
      await audit(trx, { firmId: auth.firm.id, userId: auth.user.id, action: 'key.revoked', importId: null, at, details: { keyId: key.id, prefix: key.prefix, forced: force } });
      return { ...key, revokedAt: at };
    });
    return asApiKey(revoked, at);
  });

  app.get('/users', async (request) => ({ users: await listUsers(ctx.adb.db, admin(request).firm.id) }));

  app.post('/users', async (request, reply) => {
    const auth = admin(request);
    const body = parse(CreateUserSchema, request.body ?? {});
    if (await findUser(ctx.adb.db, auth.firm.id, { email: body.email })) throw new HttpError(409, 'users.exists');
    const at = ctx.now().toISOString();
    const user = await ctx.adb.db.transaction().execute(async (trx) => {
      const u = await createUser(trx, auth.firm.id, body, at);
      await audit(trx, { firmId: auth.firm.id, userId: auth.user.id, action: 'user.added', importId: null, at, details: { addedUserId: u.id, role: u.role } });
      return u;
    }).catch((err: unknown) => {
      // Two admins adding the same e-mail at once: the unique index decides, the later one is told.
      if (isUniqueViolation(err)) throw new HttpError(409, 'users.exists');
      throw err;
    });
    reply.code(201);
    return user;
  });

  app.get('/audit', async (request): Promise<AuditPage> => {
    const auth = admin(request);
    const q = parse(AuditQuerySchema, request.query);
    const page = await auditPage(ctx.adb.db, auth.firm.id, {
      from: q.from ? utc(q.from) : undefined, to: q.to ? utc(q.to) : undefined, limit: q.limit, offset: q.offset,
    });
    return { ...page, limit: q.limit, offset: q.offset };
  });
}
