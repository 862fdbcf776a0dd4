// A firm's API keys and users, as its administrators manage them. Every query is scoped to the firm; the
// secret is never stored (only its hash) and never read back.
import { sql, type Kysely } from 'kysely';
import { newId } from '../ids';
import { generateApiKey } from '../keys';
import type { Database, Role } from './types';

type Db = Kysely<Database>;

export interface KeyRow {
  id: string;
  prefix: string;
  name: string | null;
  user: { id: string; email: string; name: string; role: Role };
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

const keyColumns = [
  'k.id', 'k.prefix', 'k.name', 'k.created_at', 'k.last_used_at', 'k.expires_at', 'k.revoked_at',
  'u.id as user_id', 'u.email', 'u.name as user_name', 'u.role',
] as const;

function firmKeys(db: Db, firmId: string) {
  return db.selectFrom('api_keys as k').innerJoin('users as u', 'u.id', 'k.user_id').select(keyColumns).where('u.firm_id', '=', firmId);
}

type Selected = Awaited<ReturnType<ReturnType<typeof firmKeys>['executeTakeFirstOrThrow']>>;
const toKey = (r: Selected): KeyRow => ({
  id: r.id, prefix: r.prefix, name: r.name,
  user: { id: r.user_id, email: r.email, name: r.user_name, role: r.role },
  createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at, revokedAt: r.revoked_at,
});

export async function listKeys(db: Db, firmId: string): Promise<KeyRow[]> {
  return (await firmKeys(db, firmId).orderBy('k.created_at').orderBy('k.id').execute()).map(toKey);
}

export async function findKey(db: Db, firmId: string, keyId: string): Promise<KeyRow | null> {
  const row = await firmKeys(db, firmId).where('k.id', '=', keyId).executeTakeFirst();
  return row ? toKey(row) : null;
}

/** Creates a key for a user (of the firm: the caller checked); returns the secret, shown this once. */
export async function createKey(db: Db, userId: string, opts: { name: string; expiresAt: string | null; at: string }) {
  const { key, prefix, hash } = generateApiKey();
  const id = newId();
  await db.insertInto('api_keys').values({
    id, user_id: userId, prefix, hash, name: opts.name, created_at: opts.at, expires_at: opts.expiresAt, revoked_at: null,
  }).execute();
  return { id, key };
}

export async function revokeKey(db: Db, keyId: string, at: string): Promise<void> {
  await db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', keyId).where('revoked_at', 'is', null).execute();
}

/** The firm's keys of administrators that work now: not revoked, not expired. */
export async function activeAdminKeys(db: Db, firmId: string, at: string): Promise<number> {
  const row = await db
    .selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select(sql<number>`count(*)`.as('n'))
    .where('u.firm_id', '=', firmId)
    .where('u.role', '=', 'admin')
    .where('k.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('k.expires_at', 'is', null), eb('k.expires_at', '>', at)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Notes when a key was used, at most once a minute: not a write on every request. */
const TOUCH_EVERY_MS = 60_000;

/** Whether a key's "last used" is older than a minute (or never set). */
export function keyNeedsTouch(lastUsedAt: string | null, at: Date): boolean {
  return lastUsedAt === null || lastUsedAt < new Date(at.getTime() - TOUCH_EVERY_MS).toISOString();
}

export async function touchKey(db: Db, keyId: string, at: Date): Promise<void> {
  const staleBefore = new Date(at.getTime() - TOUCH_EVERY_MS).toISOString();
  await db
    .updateTable('api_keys')
    .set({ last_used_at: at.toISOString() })
    .where('id', '=', keyId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', staleBefore)]))
    .execute();
}

export interface UserRow { id: string; email: string; name: string; role: Role; createdAt: string }

export async function listUsers(db: Db, firmId: string): Promise<UserRow[]> {
  const rows = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'created_at']).where('firm_id', '=', firmId).orderBy('email').execute();
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, createdAt: r.created_at }));
}

/** A user of the firm by id or (case-insensitive) e-mail. */
export async function findUser(db: Db, firmId: string, by: { id?: string; email?: string }): Promise<UserRow | null> {
  let q = db.selectFrom('users').select(['id', 'email', 'name', 'role', 'created_at']).where('firm_id', '=', firmId);
  q = by.id !== undefined ? q.where('id', '=', by.id) : q.where('email', '=', (by.email ?? '').toLowerCase());
  const r = await q.executeTakeFirst();
  return r ? { id: r.id, email: r.email, name: r.name, role: r.role, createdAt: r.created_at } : null;
}

export async function createUser(db: Db, firmId: string, user: { email: string; name: string; role: Role }, at: string): Promise<UserRow> {
  const row = { id: newId(), firm_id: firmId, email: user.email.toLowerCase(), name: user.name, role: user.role, created_at: at };
  await db.insertInto('users').values(row).execute();
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: at };
}

/** A firm by id or exact name (the local bootstrap's --firm). */
export async function findFirm(db: Db, idOrName: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('firms').select(['id', 'name']).where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)])).execute();
}

export interface AuditFilter { from?: string; to?: string; limit: number; offset: number }

/** A page of the firm's audit log, newest first. */
export async function auditPage(db: Db, firmId: string, f: AuditFilter) {
  let q = db.selectFrom('audit_log as a').innerJoin('users as u', 'u.id', 'a.user_id').where('a.firm_id', '=', firmId);
  if (f.from) q = q.where('a.at', '>=', f.from);
  if (f.to) q = q.where('a.at', '<', f.to);
  const total = Number((await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .select(['a.id', 'a.at', 'a.action', 'a.import_id', 'a.details', 'u.id as user_id', 'u.email', 'u.name'])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const entries = rows.map((r) => ({
    id: r.id, at: r.at, action: r.action, importId: r.import_id,
    user: { id: r.user_id, email: r.email, name: r.name },
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
  return { entries, total };
}
