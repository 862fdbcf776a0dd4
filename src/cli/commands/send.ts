// accounton-import send FILE [--url URL] [--key KEY] [--workflow ID] [--json] [--sheet NAME] [--map MAPPING.json] [--lang en|fr|nl]
//   [--commit [--add all|none|ROWS] [--language-from-row | --language dutch|french|english] [--questionnaire ID]
//    [--update none|all|FIELDS] [--dry-run] [--results OUT.xlsx]]
// Previews a filled-in template through the import API (the scripted twin of the add-in's send) and
// prints the four buckets. With --commit it then prints what it will commit and commits it, non-interactively.
// Exit 0: previewed (and committed), no invalid row and no conflict; 1: invalid rows (left out) or conflicts;
// 2: bad usage or unreadable file; 3: the API refused or could not be reached.
import fs from 'node:fs/promises';
import { isEmptyRow, type CellValue, type InputRow } from '../../core';
import type { Lang } from '../../core/lang';
import { allAccountonOnly, ApiError, createClient } from '../../api/client';
import type { CommitRequest, CommitResult, ImportPreview, Questionnaire } from '../../api/contract/schemas';
import { resultsTable, rowOutcomes } from '../../api/outcomes';
import { clientName } from '../../ui/review/names';
import { commitRequest, idempotencyKey } from '../commitPlan';
import { serverMessage } from '../../api/contract/messages';
import { readSource } from '../source';
import { fileCommand, UsageError, type CliIO } from '../args';
import { apiCliMessage } from './apiMessages';

const DEFAULT_URL = 'http://127.0.0.1:3001';
const LISTED = 20;

/** JSON-safe cell values: date cells become YYYY-MM-DD, which the core reads as the same date. */
function jsonCell(value: CellValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

function toApiRow(row: InputRow) {
  const values: Record<string, string | number | boolean | null> = {};
  for (const [field, value] of Object.entries(row.cells)) values[field] = jsonCell(value as CellValue);
  return { row: row.row, values };
}

function name(v: { firstName?: string | null; lastName?: string | null }): string {
  return [v.firstName, v.lastName].filter(Boolean).join(' ');
}

function textReport(p: ImportPreview, workflow: string, webUrl: string, lang: Lang, committing: boolean): string {
  const out: string[] = [apiCliMessage('send.title', lang, { id: p.id, workflow, total: p.summary.total }), ''];
  const more = (count: number) => {
    if (count > LISTED) out.push(apiCliMessage('send.more', lang, { count: count - LISTED }));
  };
  out.push(apiCliMessage('send.importOnly', lang, { count: p.summary.importOnly }));
  for (const e of p.importOnly.slice(0, LISTED)) {
    out.push(apiCliMessage('send.newClient', lang, { row: e.row, name: name(e.values), email: e.values.email ?? '', language: e.suggestedLanguage }));
  }
  more(p.importOnly.length);
  out.push(apiCliMessage('send.duplicates', lang, { count: p.summary.duplicates }));
  for (const d of p.duplicates.slice(0, LISTED)) {
    const changes = d.differences.length
      ? apiCliMessage('send.changes', lang, { fields: d.differences.map((x) => x.field).join(', ') })
      : apiCliMessage('send.noChange', lang);
    out.push(apiCliMessage('send.duplicate', lang, {
      row: d.row, name: name(d.values), rule: serverMessage(`rule.${d.matchedBy}`, lang), changes,
    }));
  }
  more(p.duplicates.length);
  out.push(apiCliMessage('send.accountonOnly', lang, { count: p.summary.accountonOnly, notLinked: p.summary.accountonOnlyNotLinked }));
  for (const c of p.accountonOnly.slice(0, LISTED)) {
    out.push(apiCliMessage('send.client', lang, {
      name: name(c), email: c.email ?? '', notLinked: c.linkedToWorkflow ? '' : apiCliMessage('send.notLinked', lang),
      lastSeason: c.inPreviousSeason ? apiCliMessage('send.lastSeason', lang) : '',
    }));
  }
  // The preview holds only the first page of this bucket: the count is the summary's.
  more(p.summary.accountonOnly);
  out.push(apiCliMessage('send.invalid', lang, { count: p.summary.invalid }));
  for (const r of p.invalid.slice(0, LISTED)) {
    for (const i of r.issues.filter((x) => x.severity === 'error')) {
      out.push(apiCliMessage('send.invalidRow', lang, { row: r.row, column: i.column, message: i.message }));
    }
  }
  more(p.invalid.length);
  if (!committing) out.push('', apiCliMessage('send.next', lang, { url: webUrl }));
  return `${out.join('\n')}\n`;
}

function planReport(p: ImportPreview, request: Required<CommitRequest>, questionnaires: readonly Questionnaire[], lang: Lang): string {
  const newRows = new Map(p.importOnly.map((e) => [e.row, e]));
  const duplicates = new Map(p.duplicates.map((d) => [d.row, d]));
  const out = ['', apiCliMessage('commit.toAdd', lang, { count: request.add.length })];
  for (const a of request.add) {
    const questionnaire = questionnaires.find((q) => q.id === a.questionnaireId)?.name ?? a.questionnaireId;
    out.push(apiCliMessage('commit.addRow', lang, { row: a.row, name: clientName(newRows.get(a.row)!.values), language: a.language, questionnaire }));
  }
  out.push(apiCliMessage('commit.toUpdate', lang, { count: request.update.length }));
  for (const u of request.update) {
    out.push(apiCliMessage('commit.updateRow', lang, { row: u.row, name: clientName(duplicates.get(u.row)!.values), fields: u.fields.join(', ') }));
  }
  out.push(apiCliMessage('commit.toAttach', lang, { count: request.attach.length }));
  for (const a of request.attach) {
    const questionnaire = questionnaires.find((q) => q.id === a.questionnaireId)?.name ?? a.questionnaireId;
    out.push(apiCliMessage('commit.addRow', lang, { row: a.row, name: clientName(duplicates.get(a.row)!.values), language: a.language, questionnaire }));
  }
  return `${out.join('\n')}\n`;
}

function resultReport(r: CommitResult, lang: Lang): string {
  const out = ['', apiCliMessage('commit.done', lang, { id: r.importId, created: r.created.length, updated: r.updated.length, conflicts: r.conflicts.length })];
  for (const c of r.conflicts) out.push(apiCliMessage('commit.conflict', lang, { row: c.row, message: c.message }));
  return `${out.join('\n')}\n`;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const command = fileCommand(
    args,
    {
      url: { type: 'string' }, key: { type: 'string' }, workflow: { type: 'string' }, json: { type: 'boolean' }, sheet: { type: 'string' }, map: { type: 'string' },
      commit: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, add: { type: 'string', default: 'all' }, update: { type: 'string', default: 'none' },
      attach: { type: 'string', default: 'all' },
      language: { type: 'string' }, 'language-from-row': { type: 'boolean' }, questionnaire: { type: 'string' }, results: { type: 'string' },
    },
    'send',
    io,
  );
  if (!command) return 0;
  const { values, lang, file } = command;
  const apiKey = values.key ?? process.env.ACCOUNTON_API_KEY;
  if (!apiKey) throw new UsageError(apiCliMessage('send.noKey', lang));
  const baseUrl = values.url ?? process.env.ACCOUNTON_URL ?? DEFAULT_URL;

  const read = await readSource(file, { map: values.map, sheet: values.sheet, lang });
  // Through a mapping, a required field with no column leaves nothing to preview.
  const blocking = read.mapping ? read.headerIssues.filter((i) => i.severity === 'error') : [];
  if (blocking.length > 0) {
    for (const issue of blocking) io.stderr.write(`accounton-import: ${issue.message}\n`);
    return 2;
  }
  const rows = read.rows.filter((r) => !isEmptyRow(r.cells)).map(toApiRow);
  const api = createClient({ baseUrl, apiKey, lang });
  try {
    const workflows = await api.workflows();
    const workflow = values.workflow ? workflows.find((w) => w.id === values.workflow) : workflows[0];
    if (!workflow && !values.workflow) {
      io.stderr.write(`accounton-import: ${apiCliMessage('send.noWorkflow', lang)}\n`);
      return 3;
    }
    const preview = await api.createImport({ workflowId: workflow?.id ?? values.workflow!, source: 'cli', columns: read.columns, rows });
    const committing = values.commit === true;
    if (values.json && !committing) {
      // Scripts get every bucket in full, the "only in Accounton" one included (the API pages it).
      const full = { ...preview, accountonOnly: await allAccountonOnly(api, preview) };
      io.stdout.write(`${JSON.stringify(full, null, 2)}\n`);
    } else if (!values.json) {
      io.stdout.write(textReport(preview, workflow?.name ?? preview.workflowId, baseUrl, lang, committing));
    }
    if (!committing) return preview.summary.invalid > 0 ? 1 : 0;

    const questionnaires = await api.questionnaires({ workflowId: preview.workflowId });
    const request = commitRequest(preview, questionnaires, {
      add: values.add, update: values.update, attach: values.attach, questionnaire: values.questionnaire,
      language: values['language-from-row'] ? undefined : values.language,
    }, lang);
    if (!values.json) io.stdout.write(planReport(preview, request, questionnaires, lang));
    if (values['dry-run']) {
      if (values.json) io.stdout.write(`${JSON.stringify({ preview, request }, null, 2)}\n`);
      else io.stdout.write(`${apiCliMessage('commit.dryRun', lang)}\n`);
      return preview.summary.invalid > 0 ? 1 : 0;
    }
    const result = await api.commitImport(preview.id, request, idempotencyKey(preview.id, request));
    if (values.json) io.stdout.write(`${JSON.stringify({ preview, request, result }, null, 2)}\n`);
    else io.stdout.write(resultReport(result, lang));
    if (values.results) {
      // The same workbook as the web page's download, from the same table.
      const { writeResults } = await import('../../io/results');
      await fs.writeFile(values.results, await writeResults(resultsTable(rowOutcomes(preview, result, request), lang)));
      if (!values.json) io.stdout.write(`${apiCliMessage('commit.results', lang, { file: values.results })}\n`);
    }
    return preview.summary.invalid > 0 || result.conflicts.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof ApiError) {
      io.stderr.write(`accounton-import: ${apiCliMessage('send.failed', lang, { message: err.message })}\n`);
      return 3;
    }
    throw err;
  }
}
