// POST /imports and GET /imports/:id: validate with the core, compare with the firm, store the preview.
import crypto from 'node:crypto';
import { validateRows, type InputRow } from '../core';
import type { Lang } from '../core/lang';
import type { FieldKey } from '../core/template/columns';
import type { AuthContext } from './auth';
import type { AppDatabase } from './db';
import { loadClientKeys, loadClientValues } from './db/clients';
import { firmUsersByEmail, findWorkflow, listQuestionnaires } from './db/firms';
import { audit, findImport, insertImport, type ImportRecord } from './db/imports';
import { HttpError } from './errors';
import { localizeIssues } from './localize';
import { ClientMatcher } from './matching';
import { duplicateEntry, sortRows } from './preview';
import type { ImportPreview, ImportSource } from './schemas';

export const PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;

export interface PreviewRequest {
  workflowId: string;
  source: ImportSource;
  rows: InputRow[];
  columns?: Partial<Record<FieldKey, string>>;
}

/** What is stored: everything of the response but the id and the (time-dependent) status. */
type StoredPreview = Omit<ImportPreview, 'id' | 'status'>;

export async function createPreview(
  adb: AppDatabase,
  auth: AuthContext,
  req: PreviewRequest,
  opts: { lang: Lang; now: Date; ttlMs?: number },
): Promise<{ id: string; json: string }> {
  const { db } = adb;
  const firmId = auth.firm.id;
  const workflow = await findWorkflow(db, firmId, req.workflowId);
  if (!workflow) throw new HttpError(404, 'notFound.workflow');

  const results = validateRows(req.rows, { lang: opts.lang, today: opts.now, columns: req.columns });
  const [clients, users, questionnaires] = await Promise.all([
    loadClientKeys(db, firmId, workflow.id),
    firmUsersByEmail(db, firmId),
    listQuestionnaires(db, firmId, { workflowId: workflow.id }),
  ]);
  const questionnaireByLanguage = new Map<string, string>();
  for (const q of questionnaires) if (!questionnaireByLanguage.has(q.language)) questionnaireByLanguage.set(q.language, q.id);

  const sorted = sortRows(
    results,
    { matcher: new ClientMatcher(clients), clients, userEmails: new Set(users.keys()), questionnaireByLanguage },
    opts.lang,
    req.columns,
  );
  const current = await loadClientValues(db, firmId, sorted.matched.map((m) => m.clientId));
  const duplicates = sorted.matched.map((m) => duplicateEntry(m, current.get(m.clientId) ?? {}));

  const createdAt = opts.now.toISOString();
  const stored: StoredPreview = {
    workflowId: workflow.id,
    source: req.source,
    createdAt,
    expiresAt: new Date(opts.now.getTime() + (opts.ttlMs ?? PREVIEW_TTL_MS)).toISOString(),
    summary: {
      total: results.length,
      importOnly: sorted.importOnly.length,
      accountonOnly: sorted.accountonOnly.length,
      duplicates: duplicates.length,
      invalid: sorted.invalid.length,
    },
    importOnly: sorted.importOnly,
    accountonOnly: sorted.accountonOnly,
    duplicates,
    invalid: sorted.invalid,
  };
  const id = crypto.randomUUID();
  const storedJson = JSON.stringify(stored);
  await db.transaction().execute(async (trx) => {
    await insertImport(trx, {
      id, firm_id: firmId, workflow_id: workflow.id, created_by: auth.user.id, source: req.source, status: 'preview',
      preview: storedJson,
      total: stored.summary.total,
      import_only: stored.summary.importOnly,
      accounton_only: stored.summary.accountonOnly,
      duplicates: stored.summary.duplicates,
      invalid: stored.summary.invalid,
      created_at: createdAt,
      expires_at: stored.expiresAt,
      committed_at: null,
    });
    await audit(trx, {
      firmId, userId: auth.user.id, action: 'import.preview', importId: id, at: createdAt,
      details: { source: req.source, workflowId: workflow.id, ...stored.summary },
    });
  });
  // The response is the stored JSON with the id and status in front: 20,000 rows are serialized once.
  return { id, json: `{"id":${JSON.stringify(id)},"status":"preview",${storedJson.slice(1)}` };
}

export function previewStatus(record: ImportRecord, now: Date): ImportPreview['status'] {
  if (record.status === 'committed') return 'committed';
  return now.toISOString() >= record.expires_at ? 'expired' : 'preview';
}

export function parsePreview(record: ImportRecord): StoredPreview {
  return JSON.parse(record.preview) as StoredPreview;
}

export async function readPreview(adb: AppDatabase, auth: AuthContext, importId: string, lang: Lang, now: Date): Promise<ImportPreview> {
  const record = await findImport(adb.db, auth.firm.id, importId);
  if (!record) throw new HttpError(404, 'notFound.import');
  const stored = parsePreview(record);
  const relocalize = <T extends { issues: ImportPreview['invalid'][number]['issues'] }>(e: T): T => ({ ...e, issues: localizeIssues(e.issues, lang) });
  return {
    id: record.id,
    status: previewStatus(record, now),
    ...stored,
    importOnly: stored.importOnly.map(relocalize),
    duplicates: stored.duplicates.map(relocalize),
    invalid: stored.invalid.map(relocalize),
  };
}
