// The "only in Accounton" bucket: the firm's clients an import does not hold, as a snapshot of ids at
// preview time, then read a page at a time.
import { sql, type Kysely } from 'kysely';
import type { AccountonOnlyEntry } from '../../api/contract/schemas';
import type { Dialect } from './dialect';
import type { Database } from './types';

type Db = Kysely<Database>;

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
    from (select id from clients where firm_id = ${firmId} order by last_name, first_name, id) as firm`;
  const { rows } = await listed.execute(db);
  const ids = (rows[0]?.ids ?? '').split(',').filter((id) => id !== '' && !except.has(id));
  // A client has at most one dossier per workflow: counting dossiers counts linked clients.
  const linked = async (among?: string[]) => {
    let q = db.selectFrom('dossiers').select((eb) => eb.fn.countAll<number | string>().as('n')).where('workflow_id', '=', workflowId);
    q = among ? q.where(dialect.oneOf('client_id', among)) : q.where('firm_id', '=', firmId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const linkedInImport = except.size ? await linked([...except]) : 0;
  return { ids, notLinked: ids.length - ((await linked()) - linkedInImport) };
}

/**
 * The accountonOnly entries of the given clients, in the given order; a client since removed is left out.
 * The seasons are the chosen workflow and the one of the assessment year before (null when there is none).
 */
export async function accountonOnlyEntries(
  db: Db,
  dialect: Dialect,
  firmId: string,
  seasons: { workflowId: string; previousWorkflowId: string | null },
  ids: string[],
): Promise<AccountonOnlyEntry[]> {
  if (ids.length === 0) return [];
  const { workflowId, previousWorkflowId } = seasons;
  const rows = await db
    .selectFrom('clients as c')
    .select(['c.id', 'c.first_name', 'c.last_name', 'c.email', 'c.client_code'])
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('dossiers as d').select('d.id').whereRef('d.client_id', '=', 'c.id').where('d.workflow_id', '=', workflowId),
        )
        .as('linked'),
    )
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('dossiers as p')
            .select('p.id')
            .whereRef('p.client_id', '=', 'c.id')
            .where('p.workflow_id', '=', previousWorkflowId ?? ''),
        )
        .as('previous'),
    )
    .where(dialect.firmOfClients(firmId))
    .where('c.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    // SQLite answers exists() with 0 or 1.
    const entry = { clientId: r.id, firstName: r.first_name, lastName: r.last_name, email: r.email, clientCode: r.client_code };
    return [{ ...entry, linkedToWorkflow: Boolean(r.linked), inPreviousSeason: Boolean(r.previous) }];
  });
}
