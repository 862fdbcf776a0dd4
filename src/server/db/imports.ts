// Import previews, the commit rows that make a commit happen once, and the audit log.
import type { Kysely, Insertable, Selectable } from 'kysely';
import type { CommitTable, Database, ImportTable } from './types';
import { newId } from '../ids';

type Db = Kysely<Database>;

export type ImportRecord = Selectable<ImportTable>;
export type CommitRecord = Selectable<CommitTable>;

export async function insertImport(db: Db, row: Insertable<ImportTable>): Promise<void> {
  await db.insertInto('imports').values(row).execute();
}

/** An import; without preview_other and accounton_only_ids unless asked (a commit needs only the rows). */
export async function findImport(db: Db, firmId: string, importId: string): Promise<Omit<ImportRecord, 'preview_other' | 'accounton_only_ids'> | undefined>;
export async function findImport(db: Db, firmId: string, importId: string, withOther: true): Promise<ImportRecord | undefined>;
export async function findImport(db: Db, firmId: string, importId: string, withOther = false) {
  const q = db.selectFrom('imports').where('firm_id', '=', firmId).where('id', '=', importId);
  return withOther ? q.selectAll().executeTakeFirst() : q.select(IMPORT_COLUMNS).executeTakeFirst();
}

const IMPORT_COLUMNS = [
  'id', 'firm_id', 'workflow_id', 'created_by', 'source', 'status', 'preview_rows', 'total', 'import_only', 'accounton_only',
  'duplicates', 'invalid', 'created_at', 'expires_at', 'committed_at',
] as const;

export async function findAccountonOnlyIds(db: Db, firmId: string, importId: string) {
  return db
    .selectFrom('imports')
    .select(['workflow_id', 'accounton_only_ids'])
    .where('firm_id', '=', firmId)
    .where('id', '=', importId)
    .executeTakeFirst();
}

export async function markImportCommitted(db: Db, firmId: string, importId: string, at: string): Promise<void> {
  await db
    .updateTable('imports')
    .set({ status: 'committed', committed_at: at })
    .where('firm_id', '=', firmId)
    .where('id', '=', importId)
    .execute();
}

/**
 * Claims the right to commit an import by inserting its commit row. A concurrent claim of the same
 * import (or idempotency key) waits on the unique index and then finds the row taken: false.
 */
export async function claimCommit(db: Db, row: Insertable<CommitTable>): Promise<boolean> {
  const inserted = await db.insertInto('commits').values(row).onConflict((oc) => oc.doNothing()).returning('import_id').execute();
  return inserted.length === 1;
}

export async function findCommit(db: Db, firmId: string, by: { importId: string } | { idempotencyKey: string }) {
  let q = db.selectFrom('commits').selectAll().where('firm_id', '=', firmId);
  q = 'importId' in by ? q.where('import_id', '=', by.importId) : q.where('idempotency_key', '=', by.idempotencyKey);
  return q.executeTakeFirst();
}

export async function saveCommitResult(db: Db, importId: string, result: string): Promise<void> {
  await db.updateTable('commits').set({ result }).where('import_id', '=', importId).execute();
}

export async function audit(
  db: Db,
  entry: { firmId: string; userId: string; action: string; importId: string | null; details: object; at: string },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      firm_id: entry.firmId,
      user_id: entry.userId,
      action: entry.action,
      import_id: entry.importId,
      details: JSON.stringify(entry.details),
      at: entry.at,
    })
    .execute();
}

export async function listAudit(db: Db, firmId: string) {
  return db.selectFrom('audit_log').selectAll().where('firm_id', '=', firmId).orderBy('at').execute();
}
