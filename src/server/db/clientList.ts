// The firm's clients a page at a time, by name, with their dossiers (GET /clients), or all of them as template rows (the export).
import { sql, type Kysely } from 'kysely';
import type { RowValues } from '../../core/template/columns';
import { loadClientValues } from './clientValues';
import type { Dialect } from './dialect';
import type { Database } from './types';

type Db = Kysely<Database>;

export interface ClientFilter { query?: string; label?: string; workflowId?: string }
export interface ClientListQuery extends ClientFilter { limit: number; offset: number }

/** The firm's clients matching a filter: by name, e-mail or code, by label, by a dossier in a workflow. */
function filteredClients(db: Db, firmId: string, q: ClientFilter) {
  let base = db.selectFrom('clients as c').where('c.firm_id', '=', firmId);
  if (q.query) {
    const pattern = `%${q.query.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    base = base.where((eb) =>
      eb.or(
        (['first_name', 'last_name', 'email', 'client_code'] as const).map((f) =>
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
  if (q.workflowId) {
    const workflowId = q.workflowId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('dossiers as d')
          .select('d.client_id')
          .whereRef('d.client_id', '=', 'c.id')
          .where('d.firm_id', '=', firmId)
          .where('d.workflow_id', '=', workflowId),
      ),
    );
  }
  return base;
}

export async function listClients(db: Db, dialect: Dialect, firmId: string, q: ClientListQuery) {
  const base = filteredClients(db, firmId, q);
  const total = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const page = await base
    .select(['c.id', 'c.created_at', 'c.updated_at'])
    .orderBy('c.last_name')
    .orderBy('c.first_name')
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

/** Every client matching the filter as template values, by name, each with its id in the Accounton id column. */
export async function exportClients(db: Db, dialect: Dialect, firmId: string, q: ClientFilter): Promise<RowValues[]> {
  const ids = (
    await filteredClients(db, firmId, q).select('c.id').orderBy('c.last_name').orderBy('c.first_name').orderBy('c.id').execute()
  ).map((r) => r.id);
  const values = await loadClientValues(db, dialect, firmId, ids);
  return ids.map((id) => ({ ...values.get(id), accountonId: id }));
}
