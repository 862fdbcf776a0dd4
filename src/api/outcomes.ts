// What happened to each sent row after the commit, and the results table that says it (the pane's
// "Accounton results" sheet, the web page's and the CLI's results workbook). Pure.
import type { CommitRequest, CommitResult, ImportPreview } from './contract/schemas';
import { catalogReader } from '../core/catalog';
import { columnOf, type FieldKey } from '../core/template/columns';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/lang';
import { localizeIssue } from '../core/messages';
import { clientName } from '../ui/review/names';

export type Outcome = 'added' | 'updated' | 'duplicate' | 'invalid' | 'notSelected' | 'conflict';

export interface RowOutcome {
  row: number;
  name: string;
  outcome: Outcome;
  /** An invalid row's issues. */
  issues?: Issue[];
  /** A conflict's message, from the server. */
  conflict?: string;
  /** The fields an update overwrote. */
  fields?: FieldKey[];
}

/**
 * Each row of the preview with its outcome. `request` marks rows that were asked for but are missing from
 * the result as conflicts; the server's stored result lists every asked row, so it may leave it out.
 */
export function rowOutcomes(
  preview: Pick<ImportPreview, 'importOnly' | 'duplicates' | 'invalid'>,
  result: CommitResult,
  request: CommitRequest = {},
): RowOutcome[] {
  const created = new Set(result.created.map((c) => c.row));
  const updated = new Map(result.updated.map((u) => [u.row, u.fields]));
  const conflicts = new Map(result.conflicts.map((c) => [c.row, c.message]));
  const asked = new Set([...(request.add ?? []).map((a) => a.row), ...(request.update ?? []).map((u) => u.row)]);
  const out: RowOutcome[] = [];
  const settled = (row: number, name: string, otherwise: Outcome): RowOutcome => {
    const conflict = conflicts.get(row);
    if (conflict !== undefined) return { row, name, outcome: 'conflict', conflict };
    if (created.has(row)) return { row, name, outcome: 'added' };
    const fields = updated.get(row);
    if (fields) return { row, name, outcome: 'updated', fields };
    return { row, name, outcome: asked.has(row) ? 'conflict' : otherwise };
  };
  for (const e of preview.importOnly) out.push(settled(e.row, clientName(e.values), 'notSelected'));
  for (const e of preview.duplicates) out.push(settled(e.row, clientName(e.values), 'duplicate'));
  for (const e of preview.invalid) out.push({ row: e.row, name: clientName(e.values), outcome: 'invalid', issues: e.issues as Issue[] });
  return out.sort((a, b) => a.row - b.row);
}

export const RESULTS_CATALOGS = {
  en: {
    'results.sheet': 'Accounton results',
    'results.row': 'Row',
    'results.name': 'Name',
    'results.outcome': 'Outcome',
    'results.detail': 'Details',
    'outcome.added': 'Added',
    'outcome.updated': 'Updated',
    'outcome.duplicate': 'Duplicate (not updated)',
    'outcome.invalid': 'Invalid',
    'outcome.notSelected': 'Not selected',
    'outcome.conflict': 'Not applied (conflict)',
    'outcome.fields': 'Fields: {fields}',
  },
  fr: {
    'results.sheet': 'Résultats Accounton',
    'results.row': 'Ligne',
    'results.name': 'Nom',
    'results.outcome': 'Résultat',
    'results.detail': 'Détails',
    'outcome.added': 'Ajouté',
    'outcome.updated': 'Mis à jour',
    'outcome.duplicate': 'Doublon (non mis à jour)',
    'outcome.invalid': 'Non valide',
    'outcome.notSelected': 'Non sélectionné',
    'outcome.conflict': 'Non appliqué (conflit)',
    'outcome.fields': 'Champs : {fields}',
  },
  nl: {
    'results.sheet': 'Accounton-resultaten',
    'results.row': 'Rij',
    'results.name': 'Naam',
    'results.outcome': 'Resultaat',
    'results.detail': 'Details',
    'outcome.added': 'Toegevoegd',
    'outcome.updated': 'Bijgewerkt',
    'outcome.duplicate': 'Dubbel (niet bijgewerkt)',
    'outcome.invalid': 'Ongeldig',
    'outcome.notSelected': 'Niet geselecteerd',
    'outcome.conflict': 'Niet toegepast (conflict)',
    'outcome.fields': 'Velden: {fields}',
  },
} as const;
export type ResultsMessageKey = keyof (typeof RESULTS_CATALOGS)['en'];
export const resultsText = catalogReader<ResultsMessageKey>(RESULTS_CATALOGS);

export interface ResultsTable {
  /** The sheet's name. */
  sheet: string;
  header: string[];
  /** Every cell as text. */
  rows: string[][];
}

/** The results as a table in one language: row, name, outcome, and the issues, fields or conflict. */
export function resultsTable(outcomes: readonly RowOutcome[], lang: Lang): ResultsTable {
  const t = resultsText.in(lang);
  const detail = (o: RowOutcome): string => {
    if (o.issues) return o.issues.map((i) => localizeIssue(i, lang).message).join(' ');
    if (o.fields) return t('outcome.fields', { fields: o.fields.map((f) => columnOf(f).header).join(', ') });
    return o.conflict ?? '';
  };
  return {
    sheet: t('results.sheet'),
    header: [t('results.row'), t('results.name'), t('results.outcome'), t('results.detail')],
    rows: outcomes.map((o) => [String(o.row), o.name, t(`outcome.${o.outcome}`), detail(o)]),
  };
}
