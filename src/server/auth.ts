// Bearer API keys: looked up by prefix, compared by SHA-256 hash, refused when revoked.
import type { FastifyRequest } from 'fastify';
import type { AppDatabase } from './db';
import { findKeyOwner } from './db/firms';
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

export async function authenticate(adb: AppDatabase, request: FastifyRequest): Promise<AuthContext> {
  const key = bearerKey(request);
  if (!key) throw new HttpError(401, 'auth.missing');
  const prefix = keyPrefix(key);
  const owner = prefix ? await findKeyOwner(adb.db, prefix) : null;
  if (!owner || owner.revoked || !sameHash(owner.keyHash, hashApiKey(key))) throw new HttpError(401, 'auth.invalid');
  return { firm: owner.firm, user: owner.user };
}

export function requireAdmin(auth: AuthContext): void {
  if (auth.user.role !== 'admin') throw new HttpError(403, 'auth.adminOnly');
}
