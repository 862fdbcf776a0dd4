// Clients, labels and dossiers. Reads and writes go in chunks, never one query per row.
import { sql, type Kysely, type Insertable, type RawBuilder, type Updateable } from 'kysely';
import type { RowValues } from '../../core/template/columns';
import type { AccountonOnlyEntry } from '../../api/contract/schemas';
import type { Dialect } from './index';
import type { ClientTable, Database, StoredField } from './types';
import { STORED_FIELDS } from './types';
import { newId } from '../ids';

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

/** A client's match keys. */
export interface ClientKeys {
  id: string;
  registrationNumber: string | null;
  clientCode: string | null;
  emailNameKey: string | null;
}

/**
 * `column` is one of `values`, however many: one parameter, a JSON array on SQLite, a text array on
 * PostgreSQL (whose `= any(...)` probes the index a third faster than a JSON subquery).
 */
function oneOf(dialect: Dialect, column: string, values: string[]): RawBuilder<boolean> {
  return dialect === 'sqlite'
    ? sql`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`
    : sql`${sql.ref(column)} = any(${values}::text[])`;
}

/**
 * The accountonOnly bucket at this moment: the ids of the firm's clients but the given ones, by last name,
 * first name and id, and how many of them have no dossier in the workflow.
 */
export async function accountonOnlySnapshot(
  db: Db,
  dialect: Dialect,
  firmId: string,
  workflowId: string,
  except: ReadonlySet<string>,
): Promise<{ ids: string[]; notLinked: number }> {
  // All the firm's ids as one string, in the order of the (firm, last name, first name, id) index, which
  // a vacuumed table is read off without sorting; the few in the import are dropped here, which costs less
  // than a `not in` probe per client in the database. Both databases aggregate in the subquery's order.
  const listed = sql<{ ids: string | null }>`select string_agg(id, ',') as ids
    from (select id from clients where firm_id = ${firmId} order by ${sql.ref('lastName')}, ${sql.ref('firstName')}, id) as firm`;
  const { rows } = await listed.execute(db);
  const ids = (rows[0]?.ids ?? '').split(',').filter((id) => id !== '' && !except.has(id));
  // A client has at most one dossier per workflow: counting dossiers counts linked clients.
  const linked = async (among?: string[]) => {
    let q = db.selectFrom('dossiers').select((eb) => eb.fn.countAll<number | string>().as('n')).where('workflow_id', '=', workflowId);
    q = among ? q.where(oneOf(dialect, 'client_id', among)) : q.where('firm_id', '=', firmId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const linkedInImport = except.size ? await linked([...except]) : 0;
  return { ids, notLinked: ids.length - ((await linked()) - linkedInImport) };
}

/** The firm filter as an expression, not a column: SQLite then finds ids by the primary key instead of
 * walking a (firm_id, ...) index through all the firm's clients. */
const firmIs = (firmId: string) => sql<boolean>`${sql.ref('firm_id')} || '' = ${firmId}`;

/** The accountonOnly entries of the given clients, in the given order; a client since removed is left out. */
export async function accountonOnlyEntries(db: Db, firmId: string, workflowId: string, ids: string[]): Promise<AccountonOnlyEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('clients as c')
    .select(['c.id', 'c.firstName', 'c.lastName', 'c.email', 'c.clientCode'])
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('dossiers as d').select('d.id').whereRef('d.client_id', '=', 'c.id').where('d.workflow_id', '=', workflowId),
        )
        .as('linked'),
    )
    .where(firmIs(firmId))
    .where('c.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    // SQLite answers exists() with 0 or 1.
    const entry = { clientId: r.id, firstName: r.firstName, lastName: r.lastName, email: r.email, clientCode: r.clientCode };
    return [{ ...entry, linkedToWorkflow: Boolean(r.linked) }];
  });
}

/** Clients holding any of the given match keys: the only ones import rows can match. */
export async function findClientsByKeys(
  db: Db,
  dialect: Dialect,
  firmId: string,
  keys: { registrationNumbers: string[]; clientCodes: string[]; emailNameKeys: string[] },
): Promise<ClientKeys[]> {
  const lookups = (
    [
      ['registrationNumber', keys.registrationNumbers],
      ['clientCode', keys.clientCodes],
      ['email_name_key', keys.emailNameKeys],
    ] as const
  ).filter(([, values]) => values.length > 0);
  const select = () => db.selectFrom('clients').select(['id', 'registrationNumber', 'clientCode', 'email_name_key']).where('firm_id', '=', firmId);
  const any = ([column, values]: (typeof lookups)[number]) => oneOf(dialect, column, [...new Set(values)]);
  // PostgreSQL combines the three index lookups of one query (a bitmap OR); SQLite's plan for the OR scans
  // the firm instead, so there each key gets its own query.
  const results = [];
  if (dialect === 'sqlite') for (const lookup of lookups) results.push(await select().where(any(lookup)).execute());
  else if (lookups.length > 0) results.push(await select().where((eb) => eb.or(lookups.map(any))).execute());
  const found = new Map<string, ClientKeys>();
  for (const r of results.flat()) {
    found.set(r.id, { id: r.id, registrationNumber: r.registrationNumber, clientCode: r.clientCode, emailNameKey: r.email_name_key });
  }
  return [...found.values()];
}

/** The template values of the given clients (labels joined with commas), by client id. */
export async function loadClientValues(db: Db, dialect: Dialect, firmId: string, ids: string[]): Promise<Map<string, RowValues>> {
  const out = new Map<string, RowValues>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('clients')
    .select(['id', ...STORED_FIELDS])
    .where(firmIs(firmId))
    .where(oneOf(dialect, 'id', [...new Set(ids)]))
    .execute();
  for (const r of rows) out.set(r.id, storedValues(r));
  if (rows.length === 0) return out;
  // Only ids found in the firm above: their labels need no second firm filter.
  const labels = await db
    .selectFrom('client_labels as cl')
    .innerJoin('labels as l', 'l.id', 'cl.label_id')
    .select(['cl.client_id', 'l.name'])
    .where(oneOf(dialect, 'cl.client_id', rows.map((r) => r.id)))
    .orderBy('l.name')
    .execute();
  const byClient = new Map<string, string[]>();
  for (const l of labels) byClient.set(l.client_id, [...(byClient.get(l.client_id) ?? []), l.name]);
  for (const [id, names] of byClient) out.get(id)!.labels = names.join(',');
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
type NewDossier = Insertable<Database['dossiers']>;
type ClientLabel = { client_id: string; label_id: string };

const CLIENT_COLUMNS = ['id', 'firm_id', 'email_name_key', 'responsible_user_id', 'created_at', 'updated_at', ...STORED_FIELDS] as const;
const DOSSIER_COLUMNS = ['id', 'firm_id', 'client_id', 'workflow_id', 'questionnaire_id', 'status', 'import_id', 'created_at'] as const;

/**
 * `(columns) select ... from unnest(...)`: rows of text columns as one array parameter per column, for
 * PostgreSQL one short statement whatever the row count. A value every row shares (the firm, the time) goes
 * once, not once per row: less to serialize and to parse.
 */
function unnestRows<T>(columns: readonly (keyof T & string)[], rows: T[]): RawBuilder<unknown> {
  const value = (row: T, column: keyof T & string) => (row[column] ?? null) as unknown;
  const shared = (c: keyof T & string) => rows.every((r) => value(r, c) === value(rows[0], c));
  // The first column (the id) always varies: unnest needs one array to give the row count.
  const varying = columns.filter((c, i) => i === 0 || !shared(c));
  const select = columns.map((c) => (varying.includes(c) ? sql.ref(`u.${c}`) : sql`${value(rows[0], c)}::text`));
  const arrays = varying.map((c) => sql`${rows.map((r) => value(r, c))}::text[]`);
  return sql`(${sql.join(columns.map((c) => sql.ref(c)))}) select ${sql.join(select)}
    from unnest(${sql.join(arrays)}) as u(${sql.join(varying.map((c) => sql.ref(c)))})`;
}

/**
 * Inserts clients. A client whose national number the firm already has is skipped (the unique index
 * decides, even against a concurrent commit); returns the ids actually inserted.
 */
export async function insertClients(db: Db, dialect: Dialect, clients: NewClient[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  if (clients.length === 0) return inserted;
  if (dialect === 'postgres') {
    const { rows } = await sql<{ id: string }>`insert into clients ${unnestRows(CLIENT_COLUMNS, clients)}
      on conflict (firm_id, ${sql.ref('registrationNumber')}) where ${sql.ref('registrationNumber')} is not null do nothing
      returning id`.execute(db);
    for (const r of rows) inserted.add(r.id);
    return inserted;
  }
  await insertChunked(clients, CLIENT_COLUMNS.length, async (chunk) => {
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

export async function insertDossiers(db: Db, dialect: Dialect, dossiers: NewDossier[]): Promise<void> {
  if (dossiers.length === 0) return;
  if (dialect === 'postgres') {
    await sql`insert into dossiers ${unnestRows(DOSSIER_COLUMNS, dossiers)}`.execute(db);
    return;
  }
  await insertChunked(dossiers, DOSSIER_COLUMNS.length, (chunk) => db.insertInto('dossiers').values(chunk).execute());
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

export async function addClientLabels(db: Db, dialect: Dialect, links: ClientLabel[]): Promise<void> {
  if (links.length === 0) return;
  if (dialect === 'postgres') {
    await sql`insert into client_labels ${unnestRows(['client_id', 'label_id'], links)} on conflict (client_id, label_id) do nothing`.execute(db);
    return;
  }
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

export async function listClients(db: Db, dialect: Dialect, firmId: string, q: ClientListQuery) {
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
  const values = await loadClientValues(db, dialect, firmId, ids);
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
