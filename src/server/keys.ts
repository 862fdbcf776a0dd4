// API keys: `acc_<prefix>_<secret>`. Only the SHA-256 of the whole key is stored; the prefix finds the row.
import crypto from 'node:crypto';

const KEY_PATTERN = /^acc_([0-9a-f]{12})_([A-Za-z0-9_-]{32,})$/;

export interface NewKey { key: string; prefix: string; hash: string }

export function generateApiKey(): NewKey {
  const prefix = crypto.randomBytes(6).toString('hex');
  const key = `acc_${prefix}_${crypto.randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}

/** The lookup prefix of a well-formed key, or null. */
export function keyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
