// A firm has one personal income tax workflow per assessment year: opening a season twice (two admins at
// the same moment) must fail on the index, not leave two workflows of the year. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('workflows_firm_tax_year').on('workflows').columns(['firm_id', 'tax_year']).unique().execute();
}
