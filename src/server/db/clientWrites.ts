// A commit's writes: new clients and their dossiers, labels, and field updates. Each goes in a few
// multi-row statements, never one per row.
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import { newId } from '../ids';
import { chunks, type Dialect } from './dialect';
import type { ClientTable, Database } from './types';
import { STORED_COLUMNS } from './types';

type Db = Kysely<Database>;

/** Keys of a `where in (...)` list per query: far below SQLite's and PostgreSQL's parameter limits. */
const IN_CHUNK = 1000;

export type NewClient = Insertable<ClientTable>;
type NewDossier = Insertable<Database['dossiers']>;
type ClientLabel = { client_id: string; label_id: string };

const CLIENT_COLUMNS = ['id', 'firm_id', 'email_name_key', 'responsible_user_id', 'created_at', 'updated_at', ...STORED_COLUMNS] as const;
const DOSSIER_COLUMNS = ['id', 'firm_id', 'client_id', 'workflow_id', 'questionnaire_id', 'status', 'import_id', 'created_at'] as const;

/**
 * Inserts clients. A client whose national number the firm already has is skipped (the unique index
 * decides, even against a concurrent commit); returns the ids actually inserted.
 */
export async function insertClients(db: Db, dialect: Dialect, clients: NewClient[]): Promise<Set<string>> {
  const rows = await dialect.insertRows<NewClient, { id: string }>(db, 'clients', CLIENT_COLUMNS, clients, sql`on conflict
    (firm_id, registration_number) where registration_number is not null do nothing returning id`);
  return new Set(rows.map((r) => r.id));
}

export async function insertDossiers(db: Db, dialect: Dialect, dossiers: NewDossier[]): Promise<void> {
  await dialect.insertRows(db, 'dossiers', DOSSIER_COLUMNS, dossiers);
}

/** The ids of the named labels, creating the missing ones. */
export async function ensureLabels(db: Db, firmId: string, names: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const wanted = [...new Set(names)];
  const load = async (list: string[]) => {
    for (const chunk of chunks(list, IN_CHUNK)) {
      const rows = await db.selectFrom('labels').select(['id', 'name']).where('firm_id', '=', firmId).where('name', 'in', chunk).execute();
      for (const r of rows) ids.set(r.name, r.id);
    }
  };
  await load(wanted);
  const missing = wanted.filter((n) => !ids.has(n));
  for (const chunk of chunks(missing, IN_CHUNK)) {
    await db
      .insertInto('labels')
      .values(chunk.map((name) => ({ id: newId(), firm_id: firmId, name })))
      .onConflict((oc) => oc.columns(['firm_id', 'name']).doNothing())
      .execute();
  }
  await load(missing);
  return ids;
}

export async function addClientLabels(db: Db, dialect: Dialect, links: ClientLabel[]): Promise<void> {
  await dialect.insertRows(db, 'client_labels', ['client_id', 'label_id'], links, sql`on conflict (client_id, label_id) do nothing`);
}

export async function removeClientLabels(db: Db, clientIds: string[]): Promise<void> {
  for (const chunk of chunks(clientIds, IN_CHUNK)) await db.deleteFrom('client_labels').where('client_id', 'in', chunk).execute();
}

export async function updateClient(db: Db, firmId: string, clientId: string, set: Updateable<ClientTable>): Promise<void> {
  await db.updateTable('clients').set(set).where('firm_id', '=', firmId).where('id', '=', clientId).execute();
}
