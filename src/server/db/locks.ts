// A firm's commits run one at a time. Matching by client code or by e-mail and last name has no unique
// index to fall back on (both may legitimately repeat), so on PostgreSQL two overlapping commits would
// each see "no such client" under READ COMMITTED and both insert. A transaction-scoped advisory lock on
// the firm makes the second commit wait until the first has committed; its re-match then sees the new
// clients. SQLite already serializes writers.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index';
import type { Database } from './types';

export async function lockFirmCommits(trx: Kysely<Database>, dialect: Dialect, firmId: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${'accounton.commit:' + firmId}, 0))`.execute(trx);
}
