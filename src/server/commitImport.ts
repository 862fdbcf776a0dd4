// POST /imports/:id/commit: one transaction, once per import. The commit row is claimed first so that
// a concurrent or repeated commit waits for, then returns, the first result; rows are re-matched inside
// the transaction so a client created since the preview is reported as a conflict, never created twice.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Lang } from '../core/lang';
import { columnOf, type FieldKey, type RowValues } from '../core/template/columns';
import type { AuthContext } from './auth';
import type { AppDatabase, Dialect } from './db';
import { addClientLabels, ensureLabels, insertClients, insertDossiers, removeClientLabels, updateClient, type NewClient } from './db/clientWrites';
import { loadClientValues } from './db/clientValues';
import { clientsInWorkflow } from './db/dossiers';
import { findClientsByKeys } from './db/matchLookups';
import { firmUsersByEmail, listQuestionnaires } from './db/firms';
import { audit, claimCommit, findCommit, findImport, markImportCommitted, saveCommitResult } from './db/imports';
import { STORED_FIELDS, fieldColumn, type Database, type FieldColumn, type StoredField } from './db/types';
import { HttpError, isUniqueViolation } from './errors';
import { ClientMatcher, emailNameKey, rowKeys } from './matching';
import { serverMessage, type Params, type ServerMessageCode } from '../api/contract/messages';
import { previewRows } from './previewImport';
import type { CommitRequestSchema, CommitResult, DuplicateEntry } from '../api/contract/schemas';
import type { z } from 'zod';
import { newId } from './ids';

type Body = z.output<typeof CommitRequestSchema>;
type Db = Kysely<Database>;

interface StoredConflict { row: number; code: ServerMessageCode; clientId?: string; params?: Params }
type StoredResult = Omit<CommitResult, 'conflicts'> & { conflicts: StoredConflict[] };

export interface CommitOutcome { result: CommitResult; replayed: boolean }

function canonicalHash(body: Body): string {
  const canonical = {
    add: [...body.add].sort((a, b) => a.row - b.row).map((a) => [a.row, a.language, a.questionnaireId]),
    update: [...body.update].sort((a, b) => a.row - b.row).map((u) => [u.row, [...new Set(u.fields)].sort()]),
    // Only when present: a body without attach hashes as it did before attach existed (a retry still replays).
    ...(body.attach.length ? { attach: [...body.attach].sort((a, b) => a.row - b.row).map((a) => [a.row, a.language, a.questionnaireId]) } : {}),
  };
  return crypto.createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function render(stored: StoredResult, lang: Lang): CommitResult {
  return {
    ...stored,
    // Results stored before attach existed have none.
    attached: stored.attached ?? [],
    conflicts: stored.conflicts.map((c) => ({
      row: c.row, code: c.code, message: serverMessage(c.code, lang, c.params), ...(c.clientId ? { clientId: c.clientId } : {}),
    })),
  };
}

export async function commitImport(
  adb: AppDatabase,
  auth: AuthContext,
  importId: string,
  body: Body,
  idempotencyKey: string,
  opts: { lang: Lang; now: Date },
): Promise<CommitOutcome> {
  const firmId = auth.firm.id;
  const record = await findImport(adb.db, firmId, importId);
  if (!record) throw new HttpError(404, 'notFound.import');
  const requestHash = canonicalHash(body);
  const at = opts.now.toISOString();
  try {
    return await adb.db.transaction().execute(async (trx): Promise<CommitOutcome> => {
      const claimed = await claimCommit(trx, {
        import_id: importId, firm_id: firmId, idempotency_key: idempotencyKey, request_hash: requestHash,
        result: null, created_by: auth.user.id, created_at: at,
      });
      if (!claimed) {
        const previous = await findCommit(trx, firmId, { importId });
        if (!previous) throw new HttpError(409, 'import.idempotencyKeyReused');
        if (previous.request_hash !== requestHash || previous.result === null) throw new HttpError(409, 'import.alreadyCommitted');
        return { result: render(JSON.parse(previous.result) as StoredResult, opts.lang), replayed: true };
      }
      if (at >= record.expires_at) throw new HttpError(410, 'import.expired');
      // Before any re-match: what this commit reads must include every earlier commit of the firm.
      await adb.dialect.lockFirmCommits(trx, firmId);
      const stored = await apply(trx, adb.dialect, auth, record.id, record.workflow_id, previewRows(record), body, at);
      await saveCommitResult(trx, importId, JSON.stringify(stored));
      await markImportCommitted(trx, firmId, importId, at);
      await audit(trx, {
        firmId, userId: auth.user.id, action: 'import.commit', importId, at,
        details: {
          created: stored.created.length, updated: stored.updated.length, attached: stored.attached.length, conflicts: stored.conflicts.length,
        },
      });
      return { result: render(stored, opts.lang), replayed: false };
    });
  } catch (err) {
    // A concurrent commit of another import took the same national number between our check and insert.
    if (isUniqueViolation(err)) throw new HttpError(409, 'import.concurrentChange');
    throw err;
  }
}

/** A committed import's result, in the caller's language; 409 before the commit. */
export async function readCommitResult(adb: AppDatabase, auth: AuthContext, importId: string, lang: Lang): Promise<CommitResult> {
  const record = await findImport(adb.db, auth.firm.id, importId);
  if (!record) throw new HttpError(404, 'notFound.import');
  const commit = await findCommit(adb.db, auth.firm.id, { importId });
  if (!commit?.result) throw new HttpError(409, 'import.notCommitted');
  return render(JSON.parse(commit.result) as StoredResult, lang);
}

function checkRows(body: Body, preview: ReturnType<typeof previewRows>, questionnaireIds: Set<string>) {
  const newRows = new Map(preview.importOnly.map((e) => [e.row, e]));
  const duplicateRows = new Map(preview.duplicates.map((e) => [e.row, e]));
  const seen = new Set<number>();
  const once = (row: number) => {
    if (seen.has(row)) throw new HttpError(422, 'commit.rowTwice', { row });
    seen.add(row);
  };
  for (const a of body.add) {
    once(a.row);
    if (!newRows.has(a.row)) throw new HttpError(422, 'commit.notNew', { row: a.row });
    if (!questionnaireIds.has(a.questionnaireId)) throw new HttpError(422, 'commit.questionnaire', { row: a.row });
  }
  for (const u of body.update) {
    once(u.row);
    if (!duplicateRows.has(u.row)) throw new HttpError(422, 'commit.notDuplicate', { row: u.row });
  }
  // A duplicate may be both updated and attached: attach rows are counted on their own.
  const attachRows = new Set<number>();
  for (const a of body.attach) {
    if (attachRows.has(a.row)) throw new HttpError(422, 'commit.rowTwice', { row: a.row });
    attachRows.add(a.row);
    if (!duplicateRows.has(a.row)) throw new HttpError(422, 'commit.attachNotDuplicate', { row: a.row });
    if (!questionnaireIds.has(a.questionnaireId)) throw new HttpError(422, 'commit.questionnaire', { row: a.row });
  }
  return { newRows, duplicateRows };
}

function labelNames(value: string | undefined): string[] {
  return value ? value.split(',').filter((l) => l.length > 0) : [];
}

async function apply(
  trx: Db,
  dialect: Dialect,
  auth: AuthContext,
  importId: string,
  workflowId: string,
  preview: ReturnType<typeof previewRows>,
  body: Body,
  at: string,
): Promise<StoredResult> {
  const firmId = auth.firm.id;
  const questionnaires = await listQuestionnaires(trx, firmId, { workflowId });
  const { newRows, duplicateRows } = checkRows(body, preview, new Set(questionnaires.map((q) => q.id)));
  const result: StoredResult = { importId, created: [], updated: [], attached: [], conflicts: [] };
  const conflict = (row: number, code: ServerMessageCode, clientId?: string, params?: Params) =>
    result.conflicts.push({ row, code, ...(clientId ? { clientId } : {}), ...(params ? { params } : {}) });

  const users = await firmUsersByEmail(trx, firmId);
  const responsibleOf = (values: RowValues): string | null | undefined =>
    values.responsibleEmail ? users.get(values.responsibleEmail.toLowerCase()) : null;
  const build = (a: Body['add'][number]) => {
    const values = newRows.get(a.row)!.values;
    const responsible = responsibleOf(values);
    const client = responsible === undefined ? null : {
      id: newId(), firm_id: firmId, email_name_key: emailNameKey(values.email, values.lastName),
      responsible_user_id: responsible, created_at: at, updated_at: at,
      ...storedColumns({ ...values, language: a.language }),
    };
    return { a, values, client };
  };

  // Re-match every selected row against the clients as they are now. The new clients are built meanwhile,
  // a turn of the event loop later: the query is on its way to the database by then.
  const selected = [
    ...body.add.map((a) => newRows.get(a.row)!.values),
    ...[...body.update, ...body.attach].map((u) => duplicateRows.get(u.row)!.values),
  ];
  const [now, candidates] = await Promise.all([
    findClientsByKeys(trx, dialect, firmId, rowKeys(selected)),
    new Promise<void>((resolve) => setImmediate(resolve)).then(() => body.add.map(build)),
  ]);
  const matcher = new ClientMatcher(now);

  const newClients: (NewClient & { id: string })[] = [];
  const pending: { row: number; clientId: string; questionnaireId: string; labels: string[] }[] = [];
  for (const { a, values, client } of candidates) {
    const match = matcher.match(values);
    if (match.kind === 'one') { conflict(a.row, 'conflict.clientExists', match.clientId, { rule: match.rule }); continue; }
    if (match.kind === 'several') { conflict(a.row, 'conflict.clientExists', undefined, { rule: match.rule }); continue; }
    if (!client) { conflict(a.row, 'conflict.responsibleNotAUser'); continue; }
    newClients.push(client);
    pending.push({ row: a.row, clientId: client.id, questionnaireId: a.questionnaireId, labels: labelNames(values.labels) });
  }
  const inserted = await insertClients(trx, dialect, newClients);
  const created = pending.filter((p) => {
    if (inserted.has(p.clientId)) return true;
    conflict(p.row, 'conflict.clientExists', undefined, { rule: 'registrationNumber' });
    return false;
  });
  const attaching = await returningClients(trx, dialect, workflowId, body.attach, duplicateRows, matcher, conflict);
  const dossierOf = (p: { clientId: string; questionnaireId: string }) => ({
    id: newId(), firm_id: firmId, client_id: p.clientId, workflow_id: workflowId,
    questionnaire_id: p.questionnaireId, status: 'not_sent' as const, import_id: importId, created_at: at,
  });
  const dossiers = created.map(dossierOf);
  const attachedDossiers = attaching.map(dossierOf);
  await insertDossiers(trx, dialect, [...dossiers, ...attachedDossiers]);
  created.forEach((p, i) =>
    result.created.push({ row: p.row, clientId: p.clientId, dossierId: dossiers[i].id, questionnaireId: p.questionnaireId, status: 'not_sent' }),
  );
  attaching.forEach((p, i) =>
    result.attached.push({ row: p.row, clientId: p.clientId, dossierId: attachedDossiers[i].id, questionnaireId: p.questionnaireId, status: 'not_sent' }),
  );

  const labelLinks: { clientId: string; names: string[] }[] = created.map((p) => ({ clientId: p.clientId, names: p.labels }));
  const relabel: string[] = [];
  const current = await loadClientValues(trx, dialect, firmId, body.update.map((u) => duplicateRows.get(u.row)!.clientId));
  for (const u of body.update) {
    const entry = duplicateRows.get(u.row)!;
    const match = matcher.match(entry.values);
    const before = current.get(entry.clientId);
    if (match.kind !== 'one' || match.clientId !== entry.clientId || !before) {
      conflict(u.row, 'conflict.matchChanged', entry.clientId);
      continue;
    }
    // Only chosen fields with a value in the import: a blank cell never erases.
    const fields = [...new Set(u.fields)].filter((f) => !!entry.values[f] && columnOf(f).updatable);
    // Matched by its Accounton id, the row may carry a number another client was given since the preview.
    if (fields.includes('registrationNumber') && matcher.numberOfAnother(entry.values, entry.clientId)) {
      conflict(u.row, 'conflict.numberTaken', entry.clientId);
      continue;
    }
    const responsible = fields.includes('responsibleEmail') ? responsibleOf(entry.values) : null;
    if (responsible === undefined) { conflict(u.row, 'conflict.responsibleNotAUser', entry.clientId); continue; }
    const set: Parameters<typeof updateClient>[3] = { updated_at: at };
    for (const f of fields) if (isStored(f)) set[fieldColumn(f)] = entry.values[f]!;
    if (responsible) set.responsible_user_id = responsible;
    if (fields.includes('email') || fields.includes('lastName')) {
      set.email_name_key = emailNameKey(set.email ?? before.email, set.last_name ?? before.lastName);
    }
    await updateClient(trx, firmId, entry.clientId, set);
    if (fields.includes('labels')) {
      relabel.push(entry.clientId);
      labelLinks.push({ clientId: entry.clientId, names: labelNames(entry.values.labels) });
    }
    result.updated.push({ row: u.row, clientId: entry.clientId, fields });
  }

  await removeClientLabels(trx, relabel);
  const labelIds = await ensureLabels(trx, firmId, labelLinks.flatMap((l) => l.names));
  await addClientLabels(
    trx,
    dialect,
    labelLinks.flatMap((l) => l.names.map((name) => ({ client_id: l.clientId, label_id: labelIds.get(name)! }))),
  );
  result.conflicts.sort((a, b) => a.row - b.row);
  return result;
}

/**
 * The returning clients to attach to the workflow: each must still be the client the preview matched, and
 * not be in the workflow now (the firm's commits are serialized, so "now" includes every earlier commit).
 * Two rows of one client attach it once.
 */
async function returningClients(
  trx: Db,
  dialect: Dialect,
  workflowId: string,
  attach: Body['attach'],
  duplicateRows: Map<number, DuplicateEntry>,
  matcher: ClientMatcher,
  conflict: (row: number, code: ServerMessageCode, clientId?: string) => void,
): Promise<{ row: number; clientId: string; questionnaireId: string }[]> {
  const ids = attach.map((a) => duplicateRows.get(a.row)!.clientId);
  const taken = await clientsInWorkflow(trx, dialect, workflowId, ids);
  const out: { row: number; clientId: string; questionnaireId: string }[] = [];
  for (const a of [...attach].sort((x, y) => x.row - y.row)) {
    const entry = duplicateRows.get(a.row)!;
    const match = matcher.match(entry.values);
    if (match.kind !== 'one' || match.clientId !== entry.clientId) { conflict(a.row, 'conflict.matchChanged', entry.clientId); continue; }
    if (taken.has(entry.clientId)) { conflict(a.row, 'conflict.alreadyInWorkflow', entry.clientId); continue; }
    taken.add(entry.clientId);
    out.push({ row: a.row, clientId: entry.clientId, questionnaireId: a.questionnaireId });
  }
  return out;
}

function isStored(field: FieldKey): field is StoredField {
  return (STORED_FIELDS as readonly string[]).includes(field);
}

function storedColumns(values: RowValues): Record<FieldColumn, string | null> {
  const out = {} as Record<FieldColumn, string | null>;
  for (const f of STORED_FIELDS) out[fieldColumn(f)] = values[f] || null;
  return out;
}
