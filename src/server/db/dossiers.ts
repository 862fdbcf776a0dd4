// Which clients have a dossier in a workflow: a returning client is attached to a season once.
import type { Kysely } from 'kysely';
import type { Dialect } from './dialect';
import type { Database } from './types';

/** The given clients that have a dossier in the workflow (a client has at most one per workflow). */
export async function clientsInWorkflow(db: Kysely<Database>, dialect: Dialect, workflowId: string, clientIds: string[]): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('dossiers')
    .select('client_id')
    .where('workflow_id', '=', workflowId)
    .where(dialect.oneOf('client_id', clientIds))
    .execute();
  return new Set(rows.map((r) => r.client_id));
}
