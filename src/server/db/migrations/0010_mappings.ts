// A firm's remembered column mappings, one per source header signature: next season's export maps itself.
// The mapping is its JSON text (parsed with the core's parseMapping on the way in). Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mappings')
    .addColumn('firm_id', 'text', (c) => c.notNull().references('firms.id'))
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mappings_pk', ['firm_id', 'signature'])
    .execute();
}
