// Keys a firm manages: a name to tell them apart, an optional expiry, and when each was last used. Keys
// made before have no name. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('api_keys').addColumn('name', 'text').execute();
  await db.schema.alterTable('api_keys').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('api_keys').addColumn('last_used_at', 'text').execute();
  await db.schema.createIndex('api_keys_user').on('api_keys').column('user_id').execute();
}
