// A firm's remembered column mappings, by header signature. Every query is scoped to the firm.
import type { Kysely } from 'kysely';
import { parseMapping, type Mapping } from '../../core/mapping';
import type { Database } from './types';

type Db = Kysely<Database>;

export interface StoredMapping {
  mapping: Mapping;
  updatedAt: string;
}

export async function findMapping(db: Db, firmId: string, signature: string): Promise<StoredMapping | null> {
  const row = await db
    .selectFrom('mappings')
    .select(['mapping', 'updated_at'])
    .where('firm_id', '=', firmId)
    .where('signature', '=', signature)
    .executeTakeFirst();
  if (!row) return null;
  // Stored only once parsed: a row that no longer parses is a bug, not a user's error.
  const parsed = parseMapping(JSON.parse(row.mapping));
  if ('error' in parsed) throw new Error(`stored mapping ${signature} does not parse at ${parsed.error}`);
  return { mapping: parsed.mapping, updatedAt: row.updated_at };
}

/** Saves (or replaces) the firm's mapping for the mapping's signature. */
export async function saveMapping(db: Db, firmId: string, userId: string, mapping: Mapping, at: string): Promise<void> {
  const values = { mapping: JSON.stringify(mapping), updated_by: userId, updated_at: at };
  await db
    .insertInto('mappings')
    .values({ firm_id: firmId, signature: mapping.signature, ...values })
    .onConflict((oc) => oc.columns(['firm_id', 'signature']).doUpdateSet(values))
    .execute();
}
