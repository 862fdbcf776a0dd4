// Clients, labels and dossiers. Reads and writes go in chunks, never one query per row.
import { sql, type Kysely, type Insertable, type Updateable } from 'kysely';
import type { RowValues } from '../../core/template/columns';
import type { ClientTable, Database, StoredField } from './types';
import { STORED_FIELDS } from './types';

type Db = Kysely<Database>;

/** Keys of a `where in (...)` list per query: far below SQLite's and PostgreSQL's parameter limits. */
const IN_CHUNK = 1000;
/** Parameters per multi-row insert (SQLite allows 32,766, PostgreSQL 65,535). */
const INSERT_PARAMS = 30000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function insertChunked<T>(items: T[], perRow: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (const chunk of chunks(items, Math.max(1, Math.floor(INSERT_PARAMS / perRow)))) await insert(chunk);
}

/** What matching and the accountonOnly bucket need about each client. */
export interface ClientKeys {
  id: string;
  registrationNumber: string | null;
  clientCode: string | null;
  emailNameKey: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  linkedToWorkflow: boolean;
}

/** All of a firm's clients' match keys in one query, with whether each has a dossier in the workflow. */
export async function loadClientKeys(db: Db, firmId: string, workflowId: string): Promise<ClientKeys[]> {
  const [rows, linked] = await Promise.all([
    db
      .selectFrom('clients')
      .select(['id', 'registrationNumber', 'clientCode', 'email_name_key', 'firstName', 'lastName', 'email'])
      .where('firm_id', '=', firmId)
      .execute(),
    db.selectFrom('dossiers').select('client_id').where('firm_id', '=', firmId).where('workflow_id', '=', workflowId).execute(),
  ]);
  const inWorkflow = new Set(linked.map((d) => d.client_id));
  return rows.map((r) => ({
    id: r.id,
    registrationNumber: r.registrationNumber,
    clientCode: r.clientCode,
    emailNameKey: r.email_name_key,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    linkedToWorkflow: inWorkflow.has(r.id),
  }));
}

/** Clients holding any of the given match keys (used to re-match inside the commit transaction). */
export async function findClientsByKeys(
  db: Db,
  firmId: string,
  keys: { registrationNumbers: string[]; clientCodes: string[]; emailNameKeys: string[] },
): Promise<ClientKeys[]> {
  const found = new Map<string, ClientKeys>();
  const lookups: [('registrationNumber' | 'clientCode' | 'email_name_key'), string[]][] = [
    ['registrationNumber', keys.registrationNumbers],
    ['clientCode', keys.clientCodes],
    ['email_name_key', keys.emailNameKeys],
  ];
  for (const [column, values] of lookups) {
    for (const chunk of chunks([...new Set(values)], IN_CHUNK)) {
      const rows = await db
        .selectFrom('clients')
        .select(['id', 'registrationNumber', 'clientCode', 'email_name_key', 'firstName', 'lastName', 'email'])
        .where('firm_id', '=', firmId)
        .where(column, 'in', chunk)
        .execute();
      for (const r of rows) {
        found.set(r.id, {
          id: r.id, registrationNumber: r.registrationNumber, clientCode: r.clientCode, emailNameKey: r.email_name_key,
          firstName: r.firstName, lastName: r.lastName, email: r.email, linkedToWorkflow: false,
        });
      }
    }
  }
  return [...found.values()];
}

/** The template values of the given clients (labels joined with commas), by client id. */
export async function loadClientValues(db: Db, firmId: string, ids: string[]): Promise<Map<string, RowValues>> {
  const out = new Map<string, RowValues>();
  for (const chunk of chunks([...new Set(ids)], IN_CHUNK)) {
    const rows = await db
      .selectFrom('clients')
      .select(['id', ...STORED_FIELDS])
      .where('firm_id', '=', firmId)
      .where('id', 'in', chunk)
      .execute();
    for (const r of rows) out.set(r.id, storedValues(r));
    // Only ids found in the firm above: their labels need no second firm filter.
    const found = rows.map((r) => r.id);
    const labels = found.length
      ? await db
          .selectFrom('client_labels as cl')
          .innerJoin('labels as l', 'l.id', 'cl.label_id')
          .select(['cl.client_id', 'l.name'])
          .where('cl.client_id', 'in', found)
          .orderBy('l.name')
          .execute()
      : [];
    const byClient = new Map<string, string[]>();
    for (const l of labels) byClient.set(l.client_id, [...(byClient.get(l.client_id) ?? []), l.name]);
    for (const [id, names] of byClient) {
      const values = out.get(id);
      if (values) values.labels = names.join(',');
    }
  }
  return out;
}

function storedValues(row: Partial<Record<StoredField, string | null>>): RowValues {
  const values: RowValues = {};
  for (const field of STORED_FIELDS) {
    const v = row[field];
    if (v !== null && v !== undefined && v !== '') values[field] = v;
  }
  return values;
}

export type NewClient = Insertable<ClientTable>;

/**
 * Inserts clients in multi-row chunks. A client whose national number the firm already has is skipped
 * (the unique index decides, even against a concurrent commit); returns the ids actually inserted.
 */
export async function insertClients(db: Db, clients: NewClient[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  const perRow = STORED_FIELDS.length + 6;
  await insertChunked(clients, perRow, async (chunk) => {
    const rows = await db
      .insertInto('clients')
      .values(chunk)
      .onConflict((oc) => oc.columns(['firm_id', 'registrationNumber']).where('registrationNumber', 'is not', null).doNothing())
      .returning('id')
      .execute();
    for (const r of rows) inserted.add(r.id);
  });
  return inserted;
}

export async function insertDossiers(db: Db, dossiers: Insertable<Database['dossiers']>[]): Promise<void> {
  await insertChunked(dossiers, 8, (chunk) => db.insertInto('dossiers').values(chunk).execute());
}

/** The ids of the named labels, creating the missing ones. */
export async function ensureLabels(db: Db, firmId: string, names: string[], newId: () => string): Promise<Map<string, string>> {
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
  await insertChunked(missing, 3, (chunk) =>
    db
      .insertInto('labels')
      .values(chunk.map((name) => ({ id: newId(), firm_id: firmId, name })))
      .onConflict((oc) => oc.columns(['firm_id', 'name']).doNothing())
      .execute(),
  );
  await load(missing);
  return ids;
}

export async function addClientLabels(db: Db, links: { client_id: string; label_id: string }[]): Promise<void> {
  await insertChunked(links, 2, (chunk) =>
    db.insertInto('client_labels').values(chunk).onConflict((oc) => oc.columns(['client_id', 'label_id']).doNothing()).execute(),
  );
}

export async function removeClientLabels(db: Db, clientIds: string[]): Promise<void> {
  for (const chunk of chunks(clientIds, IN_CHUNK)) await db.deleteFrom('client_labels').where('client_id', 'in', chunk).execute();
}

export async function updateClient(
  db: Db,
  firmId: string,
  clientId: string,
  set: Updateable<ClientTable>,
): Promise<void> {
  await db.updateTable('clients').set(set).where('firm_id', '=', firmId).where('id', '=', clientId).execute();
}

export interface ClientListQuery { query?: string; label?: string; limit: number; offset: number }

export async function listClients(db: Db, firmId: string, q: ClientListQuery) {
  let base = db.selectFrom('clients as c').where('c.firm_id', '=', firmId);
  if (q.query) {
    const pattern = `%${q.query.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    base = base.where((eb) =>
      eb.or(
        (['firstName', 'lastName', 'email', 'clientCode'] as const).map((f) =>
          eb(sql`lower(${sql.ref(`c.${f}`)})`, 'like', sql`${pattern} escape '\\'`),
        ),
      ),
    );
  }
  if (q.label) {
    const label = q.label;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('client_labels as cl')
          .innerJoin('labels as l', 'l.id', 'cl.label_id')
          .select('cl.client_id')
          .whereRef('cl.client_id', '=', 'c.id')
          .where('l.firm_id', '=', firmId)
          .where('l.name', '=', label),
      ),
    );
  }
  const total = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const page = await base
    .select(['c.id', 'c.created_at', 'c.updated_at'])
    .orderBy('c.lastName')
    .orderBy('c.firstName')
    .orderBy('c.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const ids = page.map((r) => r.id);
  const values = await loadClientValues(db, firmId, ids);
  const dossiers = ids.length
    ? await db
        .selectFrom('dossiers')
        .select(['id', 'client_id', 'workflow_id', 'questionnaire_id', 'status'])
        .where('client_id', 'in', ids)
        .orderBy('created_at')
        .execute()
    : [];
  return {
    total: Number(total.n),
    clients: page.map((r) => ({
      id: r.id,
      values: values.get(r.id) ?? {},
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      dossiers: dossiers
        .filter((d) => d.client_id === r.id)
        .map((d) => ({ id: d.id, workflowId: d.workflow_id, questionnaireId: d.questionnaire_id, status: d.status })),
    })),
  };
}
