// What `send --commit` will commit: the CommitRequest built from the preview and the options, and the
// idempotency key derived from both, so a retried or repeated commit of the same preview creates nothing twice.
import crypto from 'node:crypto';
import { columnOf, isFieldKey, type FieldKey } from '../core/template/columns';
import type { Lang } from '../core/lang';
import type { ClientLanguage, CommitRequest, ImportPreview, Questionnaire } from '../api/contract/schemas';
import { CLIENT_LANGUAGES } from '../api/contract/languages';
import { UsageError } from './args';
import { apiCliMessage } from './commands/apiMessages';

export interface PlanOptions {
  /** all | none | ROWS (e.g. 2,5-7): the new clients to add. */
  add: string;
  /** A language for every added client; undefined: each row's own (its suggested language). */
  language?: string;
  /** One questionnaire for every added client; undefined: the workflow's questionnaire in the client's language. */
  questionnaire?: string;
  /** none | all | FIELDS (field keys, comma-separated): the differing fields of duplicates to overwrite. */
  update: string;
  /** all | none | ROWS: returning clients (duplicates not yet in the workflow) to attach to this season. */
  attach: string;
}

type Selection = 'all' | 'none' | Set<number>;

/** all, none, or rows and ranges: "2,5-7". */
export function parseRows(spec: string, option: string, lang: Lang): Selection {
  if (spec === 'all' || spec === 'none') return spec;
  const rows = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
    if (!m || (m[2] !== undefined && +m[2] < +m[1]) || +m[1] < 1) throw new UsageError(apiCliMessage('commit.badRows', lang, { option, value: spec }));
    for (let r = +m[1]; r <= +(m[2] ?? m[1]); r++) rows.add(r);
  }
  return rows;
}

const selected = (selection: Selection, row: number) => selection === 'all' || (selection !== 'none' && selection.has(row));

function parseFields(spec: string, lang: Lang): 'all' | 'none' | Set<FieldKey> {
  if (spec === 'all' || spec === 'none') return spec;
  const fields = spec.split(',').map((f) => f.trim());
  const unknown = fields.filter((f) => !isFieldKey(f) || !columnOf(f).updatable);
  if (unknown.length) throw new UsageError(apiCliMessage('commit.badFields', lang, { fields: unknown.join(', ') }));
  return new Set(fields as FieldKey[]);
}

/** The request the options ask for; a row named that is not in its bucket is a usage error. */
export function commitRequest(preview: ImportPreview, questionnaires: readonly Questionnaire[], options: PlanOptions, lang: Lang): Required<CommitRequest> {
  const add = parseRows(options.add, '--add', lang);
  if (options.language !== undefined && !(CLIENT_LANGUAGES as readonly string[]).includes(options.language)) {
    throw new UsageError(apiCliMessage('commit.badLanguage', lang, { value: options.language, languages: CLIENT_LANGUAGES.join(', ') }));
  }
  if (options.questionnaire !== undefined && !questionnaires.some((q) => q.id === options.questionnaire)) {
    throw new UsageError(apiCliMessage('commit.badQuestionnaire', lang, { id: options.questionnaire, ids: questionnaires.map((q) => q.id).join(', ') }));
  }
  const update = parseRows(options.update === 'none' ? 'none' : 'all', '--update', lang);
  const fields = parseFields(options.update, lang);
  if (add instanceof Set) {
    const newRows = new Set(preview.importOnly.map((e) => e.row));
    const stray = [...add].filter((r) => !newRows.has(r));
    if (stray.length) throw new UsageError(apiCliMessage('commit.notNew', lang, { rows: stray.join(', ') }));
  }
  const attach = parseRows(options.attach, '--attach', lang);
  const request: Required<CommitRequest> = { add: [], update: [], attach: [] };
  for (const e of preview.importOnly) {
    if (!selected(add, e.row)) continue;
    const language = (options.language as ClientLanguage | undefined) ?? e.suggestedLanguage;
    const questionnaireId = options.questionnaire ?? questionnaires.find((q) => q.language === language)?.id;
    if (!questionnaireId) throw new UsageError(apiCliMessage('commit.noQuestionnaire', lang, { row: e.row, language }));
    request.add.push({ row: e.row, language, questionnaireId });
  }
  for (const d of preview.duplicates) {
    if (d.inWorkflow || !selected(attach, d.row)) continue;
    const language = (options.language as ClientLanguage | undefined) ?? (d.values.language as ClientLanguage | undefined) ?? 'dutch';
    const questionnaireId = options.questionnaire ?? questionnaires.find((q) => q.language === language)?.id;
    if (!questionnaireId) throw new UsageError(apiCliMessage('commit.noQuestionnaire', lang, { row: d.row, language }));
    request.attach.push({ row: d.row, language, questionnaireId });
  }
  for (const d of preview.duplicates) {
    if (!selected(update, d.row)) continue;
    const chosen = d.differences.map((x) => x.field).filter((f) => fields === 'all' || (fields !== 'none' && fields.has(f)));
    if (chosen.length) request.update.push({ row: d.row, fields: chosen });
  }
  return request;
}

/** sha256 of the preview id and the request in a canonical order: the same plan of the same preview, the same key. */
export function idempotencyKey(previewId: string, request: Required<CommitRequest>): string {
  const canonical = {
    add: [...request.add].sort((a, b) => a.row - b.row).map((a) => [a.row, a.language, a.questionnaireId]),
    update: [...request.update].sort((a, b) => a.row - b.row).map((u) => [u.row, [...new Set(u.fields)].sort()]),
    attach: [...request.attach].sort((a, b) => a.row - b.row).map((a) => [a.row, a.language, a.questionnaireId]),
  };
  return `cli-${crypto.createHash('sha256').update(JSON.stringify([previewId, canonical])).digest('hex')}`;
}
