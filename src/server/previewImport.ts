// POST /imports and GET /imports/:id: validate with the core, compare with the firm, store the preview.
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import zlib from 'node:zlib';
import { validateRows, type InputRow, type RowResult } from '../core';
import type { Lang } from '../core/lang';
import type { FieldKey } from '../core/template/columns';
import type { AuthContext } from './auth';
import type { AppDatabase } from './db';
import { accountonOnlyEntries, accountonOnlySnapshot } from './db/accountonOnly';
import { loadClientValues } from './db/clientValues';
import { findClientsByKeys } from './db/matchLookups';
import { clientsInWorkflow } from './db/dossiers';
import { firmUsersByEmail, findPreviousWorkflow, findWorkflow, listQuestionnaires } from './db/firms';
import { audit, findAccountonOnlyIds, findImport, insertImport, type ImportRecord } from './db/imports';
import { HttpError } from './errors';
import { jsonArrayBytes, jsonObjectBytes } from './jsonBytes';
import { localizeIssues } from '../api/contract/localize';
import { ClientMatcher, rowKeys } from './matching';
import { duplicateEntry, sortRows } from './preview';
import { ACCOUNTON_ONLY_PAGE } from '../api/contract/pages';
import type { AccountonOnlyPage, AppliedMapping, ImportPreview, ImportSource } from '../api/contract/schemas';
import { newId } from './ids';

export const PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;

export interface PreviewRequest {
  workflowId: string;
  source: ImportSource;
  rows: InputRow[];
  columns?: Partial<Record<FieldKey, string>>;
  /** An upload read through a column mapping: which one, and what it left out. */
  mapping?: AppliedMapping;
  /** An uploaded workbook: the sheet the rows were read from. */
  sheet?: string;
}

const decompress = (bytes: Buffer) => JSON.parse(zlib.brotliDecompressSync(bytes).toString('utf8')) as unknown;

/** Compresses pieces as one stream (no joined copy), off the main thread; brotli's fastest level. */
function compress(parts: Buffer[]): Promise<Buffer> {
  return buffer(Readable.from(parts).pipe(zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })));
}

/**
 * The validated rows against one snapshot of the firm's clients: a client is in exactly one of matched,
 * ambiguous or accountonOnly. A function of its own so that the rows, captured by the transaction's
 * callback, are garbage once it returns.
 */
async function compareWithFirm(
  adb: AppDatabase,
  firmId: string,
  workflowId: string,
  results: RowResult[],
  lang: Lang,
  columns: PreviewRequest['columns'],
) {
  const [users, questionnaires, previousWorkflowId] = await Promise.all([
    firmUsersByEmail(adb.db, firmId),
    listQuestionnaires(adb.db, firmId, { workflowId }),
    findPreviousWorkflow(adb.db, firmId, workflowId),
  ]);
  const questionnaireByLanguage = new Map<string, string>();
  for (const q of questionnaires) if (!questionnaireByLanguage.has(q.language)) questionnaireByLanguage.set(q.language, q.id);
  return adb.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // Only clients sharing a key with some row can match one: the firm's other clients are never read.
      const candidates = await findClientsByKeys(trx, adb.dialect, firmId, rowKeys(results.map((r) => r.values)));
      const sorted = sortRows(
        results,
        { matcher: new ClientMatcher(candidates), userEmails: new Set(users.keys()), questionnaireByLanguage },
        lang,
        columns,
      );
      const accountonOnly = await accountonOnlySnapshot(trx, adb.dialect, firmId, workflowId, sorted.inImport);
      const firstPage = await accountonOnlyEntries(
        trx, adb.dialect, firmId, { workflowId, previousWorkflowId }, accountonOnly.ids.slice(0, ACCOUNTON_ONLY_PAGE),
      );
      const matchedIds = sorted.matched.map((m) => m.clientId);
      const current = await loadClientValues(trx, adb.dialect, firmId, matchedIds);
      const inWorkflow = await clientsInWorkflow(trx, adb.dialect, workflowId, matchedIds);
      return { sorted, accountonOnly, firstPage, current, inWorkflow };
    });
}

export async function createPreview(
  adb: AppDatabase,
  auth: AuthContext,
  req: PreviewRequest,
  opts: { lang: Lang; now: Date; ttlMs?: number },
): Promise<{ id: string; body: Buffer[] }> {
  const { db } = adb;
  const firmId = auth.firm.id;
  // Only these fields are kept: the rows themselves are garbage once validated (peak memory).
  const { source, columns, mapping, sheet } = req;
  const workflow = await findWorkflow(db, firmId, req.workflowId);
  if (!workflow) throw new HttpError(404, 'notFound.workflow');

  const results = validateRows(req.rows, { lang: opts.lang, today: opts.now, columns });
  const total = results.length;
  const id = newId();
  const createdAt = opts.now.toISOString();
  const expiresAt = new Date(opts.now.getTime() + (opts.ttlMs ?? PREVIEW_TTL_MS)).toISOString();
  const { sorted, accountonOnly, firstPage, current, inWorkflow } = await compareWithFirm(adb, firmId, workflow.id, results, opts.lang, columns);
  const summary: ImportPreview['summary'] = {
    total,
    importOnly: sorted.importOnly.length,
    accountonOnly: accountonOnly.ids.length,
    accountonOnlyNotLinked: accountonOnly.notLinked,
    duplicates: sorted.matched.length,
    duplicatesNotInWorkflow: sorted.matched.filter((m) => !inWorkflow.has(m.clientId)).length,
    invalid: sorted.invalid.length,
  };
  // Each part is serialized once, as bytes, shared by the response and the two stored parts. The larger
  // stored part is compressed (on another thread) while the duplicates are built.
  const head: [string, string][] = [
    ['workflowId', JSON.stringify(workflow.id)],
    ['source', JSON.stringify(source)],
    ['createdAt', JSON.stringify(createdAt)],
    ['expiresAt', JSON.stringify(expiresAt)],
    ['summary', JSON.stringify(summary)],
    ...(mapping ? [['mapping', JSON.stringify(mapping)] as [string, string]] : []),
    ...(sheet ? [['sheet', JSON.stringify(sheet)] as [string, string]] : []),
  ];
  const invalid = jsonArrayBytes(sorted.invalid);
  const compressingOther = compress(jsonObjectBytes([...head, ['invalid', invalid]]));
  const importOnly = jsonArrayBytes(sorted.importOnly);
  const duplicates = jsonArrayBytes(sorted.matched.map((m) => duplicateEntry(m, current.get(m.clientId) ?? {}, inWorkflow.has(m.clientId))));
  const [previewRows, previewOther] = await Promise.all([
    compress(jsonObjectBytes([['importOnly', importOnly], ['duplicates', duplicates]])),
    compressingOther,
  ]);
  await db.transaction().execute(async (trx) => {
    await insertImport(trx, {
      id, firm_id: firmId, workflow_id: workflow.id, created_by: auth.user.id, source, status: 'preview',
      preview_rows: previewRows,
      preview_other: previewOther,
      accounton_only_ids: accountonOnly.ids.join(','),
      total: summary.total,
      import_only: summary.importOnly,
      accounton_only: summary.accountonOnly,
      duplicates: summary.duplicates,
      invalid: summary.invalid,
      created_at: createdAt,
      expires_at: expiresAt,
      committed_at: null,
    });
    await audit(trx, {
      firmId, userId: auth.user.id, action: 'import.preview', importId: id, at: createdAt,
      details: { source, workflowId: workflow.id, ...summary },
    });
  });
  // Sent piece by piece: joining 10 MB of pieces into one buffer would cost a copy and its memory.
  const body = jsonObjectBytes([
    ['id', JSON.stringify(id)],
    ['status', JSON.stringify('preview')],
    ...head,
    ['importOnly', importOnly],
    ['accountonOnly', JSON.stringify(firstPage)],
    ['duplicates', duplicates],
    ['invalid', invalid],
  ]);
  return { id, body };
}

export function previewStatus(record: Pick<ImportRecord, 'status' | 'expires_at'>, now: Date): ImportPreview['status'] {
  if (record.status === 'committed') return 'committed';
  return now.toISOString() >= record.expires_at ? 'expired' : 'preview';
}

/** What a commit reads of a preview: the rows it may add or update. */
export function previewRows(record: Pick<ImportRecord, 'preview_rows'>): Pick<ImportPreview, 'importOnly' | 'duplicates'> {
  return decompress(record.preview_rows) as Pick<ImportPreview, 'importOnly' | 'duplicates'>;
}

export async function readPreview(adb: AppDatabase, auth: AuthContext, importId: string, lang: Lang, now: Date): Promise<ImportPreview> {
  const record = await findImport(adb.db, auth.firm.id, importId, true);
  if (!record) throw new HttpError(404, 'notFound.import');
  const rows = previewRows(record);
  const other = decompress(record.preview_other) as Omit<ImportPreview, 'id' | 'status' | 'importOnly' | 'accountonOnly' | 'duplicates'>;
  const firstIds = splitIds(record.accounton_only_ids).slice(0, ACCOUNTON_ONLY_PAGE);
  const relocalize = <T extends { issues: ImportPreview['invalid'][number]['issues'] }>(e: T): T => ({ ...e, issues: localizeIssues(e.issues, lang) });
  return {
    id: record.id,
    status: previewStatus(record, now),
    workflowId: other.workflowId,
    source: other.source,
    createdAt: other.createdAt,
    expiresAt: other.expiresAt,
    summary: other.summary,
    importOnly: rows.importOnly.map(relocalize),
    accountonOnly: await accountonOnlyEntries(adb.db, adb.dialect, auth.firm.id, await seasonsOf(adb, auth.firm.id, record.workflow_id), firstIds),
    duplicates: rows.duplicates.map(relocalize),
    invalid: other.invalid.map(relocalize),
    ...(other.mapping ? { mapping: { ...other.mapping, issues: localizeIssues(other.mapping.issues, lang) } } : {}),
    ...(other.sheet ? { sheet: other.sheet } : {}),
  };
}

const splitIds = (joined: string): string[] => (joined ? joined.split(',') : []);

async function seasonsOf(adb: AppDatabase, firmId: string, workflowId: string) {
  return { workflowId, previousWorkflowId: await findPreviousWorkflow(adb.db, firmId, workflowId) };
}

/** A page of a preview's accountonOnly bucket: its clients at preview time, in the same order, read now. */
export async function readAccountonOnly(
  adb: AppDatabase,
  auth: AuthContext,
  importId: string,
  page: { limit: number; offset: number },
): Promise<AccountonOnlyPage> {
  const record = await findAccountonOnlyIds(adb.db, auth.firm.id, importId);
  if (!record) throw new HttpError(404, 'notFound.import');
  const ids = splitIds(record.accounton_only_ids);
  const seasons = await seasonsOf(adb, auth.firm.id, record.workflow_id);
  const entries = await accountonOnlyEntries(adb.db, adb.dialect, auth.firm.id, seasons, ids.slice(page.offset, page.offset + page.limit));
  return { entries, total: ids.length, ...page };
}
