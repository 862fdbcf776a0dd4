// Ordered by id too, the bucket's order is total; the index then holds all a snapshot reads. On
// PostgreSQL, a preview's large values are stored as they are: the parts are brotli-compressed already and
// the ids hardly compress, so trying (pglz, on every insert) only costs time. Frozen.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema.createIndex('clients_firm_name_id').on('clients').columns(['firm_id', 'lastName', 'firstName', 'id']).execute();
  await db.schema.dropIndex('clients_firm_name').execute();
  if (dialect !== 'postgres') return;
  for (const column of ['preview_rows', 'preview_other', 'accounton_only_ids']) {
    await sql`alter table imports alter column ${sql.ref(column)} set storage external`.execute(db);
  }
}
