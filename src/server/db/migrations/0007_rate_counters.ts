// Counters of the rate limits, shared by the replicas of a PostgreSQL server: one row per key and window.
// reset_at is milliseconds since the epoch (a number both databases compare and add to). Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .execute();
  // The sweep of ended windows.
  await db.schema.createIndex('rate_counters_reset_at').on('rate_counters').column('reset_at').execute();
}
