// Firms, users, API keys, workflows and questionnaires. Every query is scoped to a firm.
import type { Kysely } from 'kysely';
import type { Database, Role } from './types';

type Db = Kysely<Database>;

export interface KeyOwner {
  keyId: string;
  keyHash: string;
  revoked: boolean;
  expiresAt: string | null;
  lastUsedAt: string | null;
  user: { id: string; email: string; name: string; role: Role };
  firm: { id: string; name: string };
}

export async function findKeyOwner(db: Db, prefix: string): Promise<KeyOwner | null> {
  const row = await db
    .selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .innerJoin('firms as f', 'f.id', 'u.firm_id')
    .select([
      'k.id as key_id', 'k.hash', 'k.revoked_at', 'k.expires_at', 'k.last_used_at', 'u.id as user_id', 'u.email', 'u.name as user_name', 'u.role',
      'f.id as firm_id', 'f.name as firm_name',
    ])
    .where('k.prefix', '=', prefix)
    .executeTakeFirst();
  if (!row) return null;
  return {
    keyId: row.key_id,
    keyHash: row.hash,
    revoked: row.revoked_at !== null,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    user: { id: row.user_id, email: row.email, name: row.user_name, role: row.role },
    firm: { id: row.firm_id, name: row.firm_name },
  };
}

export async function revokeApiKey(db: Db, prefix: string, at: string): Promise<void> {
  await db.updateTable('api_keys').set({ revoked_at: at }).where('prefix', '=', prefix).execute();
}

/** The firm's users by lower-case e-mail. */
export async function firmUsersByEmail(db: Db, firmId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('users').select(['id', 'email']).where('firm_id', '=', firmId).execute();
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

export async function listWorkflows(db: Db, firmId: string) {
  const rows = await db
    .selectFrom('workflows')
    .select(['id', 'name', 'tax_year'])
    .where('firm_id', '=', firmId)
    .orderBy('tax_year', 'desc')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, taxYear: Number(r.tax_year) }));
}

export async function findWorkflow(db: Db, firmId: string, workflowId: string) {
  const r = await db
    .selectFrom('workflows')
    .select(['id', 'name', 'tax_year'])
    .where('firm_id', '=', firmId)
    .where('id', '=', workflowId)
    .executeTakeFirst();
  return r ? { id: r.id, name: r.name, taxYear: Number(r.tax_year) } : null;
}

export async function listQuestionnaires(db: Db, firmId: string, filter: { workflowId?: string; language?: string }) {
  let q = db
    .selectFrom('questionnaires')
    .select(['id', 'workflow_id', 'language', 'name'])
    .where('firm_id', '=', firmId);
  if (filter.workflowId) q = q.where('workflow_id', '=', filter.workflowId);
  if (filter.language) q = q.where('language', '=', filter.language);
  const rows = await q.orderBy('language').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, workflowId: r.workflow_id, language: r.language, name: r.name }));
}

/** The firm's workflow of the assessment year before this one's, if any: last season. */
export async function findPreviousWorkflow(db: Db, firmId: string, workflowId: string): Promise<string | null> {
  const r = await db
    .selectFrom('workflows as w')
    .innerJoin('workflows as cur', 'cur.firm_id', 'w.firm_id')
    .select('w.id')
    .where('cur.id', '=', workflowId)
    .where('w.firm_id', '=', firmId)
    .whereRef('w.tax_year', '<', 'cur.tax_year')
    .orderBy('w.tax_year', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.id ?? null;
}

export async function hasWorkflowOfYear(db: Db, firmId: string, taxYear: number): Promise<boolean> {
  const r = await db.selectFrom('workflows').select('id').where('firm_id', '=', firmId).where('tax_year', '=', taxYear).executeTakeFirst();
  return r !== undefined;
}

/** A new season: the workflow and its questionnaires (the unique (firm, tax year) index refuses a second one). */
export async function insertWorkflow(
  db: Db,
  row: { id: string; firmId: string; name: string; taxYear: number; at: string },
  questionnaires: { id: string; language: string; name: string }[],
): Promise<void> {
  await db.insertInto('workflows').values({ id: row.id, firm_id: row.firmId, name: row.name, tax_year: row.taxYear, created_at: row.at }).execute();
  await db
    .insertInto('questionnaires')
    .values(questionnaires.map((q) => ({ id: q.id, firm_id: row.firmId, workflow_id: row.id, language: q.language, name: q.name })))
    .execute();
}
