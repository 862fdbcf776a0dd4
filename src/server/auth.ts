// Bearer API keys: looked up by prefix, compared by SHA-256 hash, refused when revoked or expired (each
// with its own code, told only to a caller who holds the secret); failed attempts are limited by the AuthGuard.
import type { FastifyRequest } from 'fastify';
import type { AuthFailure, AuthGuard } from './authGuard';
import type { AppDatabase } from './db';
import { findKeyOwner } from './db/firms';
import { keyNeedsTouch, touchKey } from './db/keys';
import type { Role } from './db/types';
import { HttpError } from './errors';
import { hashApiKey, keyPrefix, sameHash } from './keys';

export interface AuthContext {
  firm: { id: string; name: string };
  user: { id: string; email: string; name: string; role: Role };
}

export function bearerKey(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : null;
}

async function verify(adb: AppDatabase, key: string | null, now: Date): Promise<AuthContext | AuthFailure> {
  if (!key) return 'missing';
  const prefix = keyPrefix(key);
  const owner = prefix ? await findKeyOwner(adb.db, prefix) : null;
  if (!owner) return 'unknown';
  if (!sameHash(owner.keyHash, hashApiKey(key))) return 'wrongSecret';
  if (owner.revoked) return 'revoked';
  if (owner.expiresAt !== null && owner.expiresAt <= now.toISOString()) return 'expired';
  // "Last used" is kept to the minute: most requests need no write.
  if (keyNeedsTouch(owner.lastUsedAt, now)) await touchKey(adb.db, owner.keyId, now);
  return { firm: owner.firm, user: owner.user };
}

const FAILURE_CODES = {
  missing: 'auth.missing', unknown: 'auth.invalid', wrongSecret: 'auth.invalid', revoked: 'auth.revoked', expired: 'auth.expired',
} as const;

export async function authenticate(adb: AppDatabase, request: FastifyRequest, guard: AuthGuard | null, now: number): Promise<AuthContext> {
  const key = bearerKey(request);
  const prefix = key ? keyPrefix(key) : null;
  const checked = await guard?.check(request.ip, prefix, now);
  const outcome = await verify(adb, key, new Date(now));
  if (typeof outcome === 'string') {
    await guard?.failed(request.ip, prefix, outcome, now);
    throw new HttpError(401, FAILURE_CODES[outcome]);
  }
  if (guard && checked && prefix) await guard.succeeded(request.ip, prefix, checked, now);
  return outcome;
}

export function requireAdmin(auth: AuthContext, code: 'auth.adminOnly' | 'auth.adminOnlyManage' = 'auth.adminOnly'): void {
  if (auth.user.role !== 'admin') throw new HttpError(403, code);
}
