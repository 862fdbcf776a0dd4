// The template values of a firm's clients, as the preview, the commit and the client list read them.
import type { Kysely } from 'kysely';
import type { RowValues } from '../../core/template/columns';
import type { Dialect } from './dialect';
import type { ClientTable, Database } from './types';
import { STORED_COLUMNS, STORED_FIELDS, fieldColumn } from './types';

/** The template values of the given clients (labels joined with commas), by client id. */
export async function loadClientValues(db: Kysely<Database>, dialect: Dialect, firmId: string, ids: string[]): Promise<Map<string, RowValues>> {
  const out = new Map<string, RowValues>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('clients')
    .select(['id', ...STORED_COLUMNS])
    .where(dialect.firmOfClients(firmId))
    .where(dialect.oneOf('id', [...new Set(ids)]))
    .execute();
  for (const r of rows) out.set(r.id, storedValues(r));
  if (rows.length === 0) return out;
  // Only ids found in the firm above: their labels need no second firm filter.
  const labels = await db
    .selectFrom('client_labels as cl')
    .innerJoin('labels as l', 'l.id', 'cl.label_id')
    .select(['cl.client_id', 'l.name'])
    .where(dialect.oneOf('cl.client_id', rows.map((r) => r.id)))
    .orderBy('l.name')
    .execute();
  const byClient = new Map<string, string[]>();
  for (const l of labels) byClient.set(l.client_id, [...(byClient.get(l.client_id) ?? []), l.name]);
  for (const [id, names] of byClient) out.get(id)!.labels = names.join(',');
  return out;
}

function storedValues(row: Partial<ClientTable>): RowValues {
  const values: RowValues = {};
  for (const field of STORED_FIELDS) {
    const v = row[fieldColumn(field)];
    if (v !== null && v !== undefined && v !== '') values[field] = v;
  }
  return values;
}
