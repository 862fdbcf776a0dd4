// The primary key finds a client by id as fast; one index less to maintain on each of a commit's inserts. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('clients_firm_id').execute();
}
