// Sorting validated rows into the four buckets. Pure: the caller loads the firm's data.
import type { RowResult } from '../core';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/lang';
import { columnOf, COLUMNS, type FieldKey, type RowValues } from '../core/template/columns';
import type { ClientMatcher } from './matching';
import { serverMessage, type Params, type ServerMessageCode } from '../api/contract/messages';
import type {
  ClientLanguage, Difference, DuplicateEntry, ImportOnlyEntry, InvalidEntry, MatchRule,
} from '../api/contract/schemas';

export interface FirmSnapshot {
  /** Indexes at least every client sharing a match key with an import row. */
  matcher: ClientMatcher;
  /** Lower-case e-mails of the firm's users. */
  userEmails: Set<string>;
  /** The workflow's questionnaire per language. */
  questionnaireByLanguage: Map<string, string>;
}

export interface Sorted {
  importOnly: ImportOnlyEntry[];
  invalid: InvalidEntry[];
  /** Rows matching exactly one client; their differences need the client's current values. */
  matched: { result: RowResult; clientId: string; rule: MatchRule }[];
  /** Every client some row matches, even an invalid or ambiguous row: none of them is accountonOnly. */
  inImport: Set<string>;
}

const RULE_FIELD: Record<MatchRule, FieldKey> = {
  accountonId: 'accountonId',
  registrationNumber: 'registrationNumber',
  clientCode: 'clientCode',
  emailAndLastName: 'email',
};

export function serverIssue(
  row: number,
  field: FieldKey,
  code: ServerMessageCode,
  lang: Lang,
  columns: Partial<Record<FieldKey, string>> | undefined,
  params: Params = {},
): Issue {
  return {
    row, field, code, params, severity: 'error',
    column: columns?.[field] ?? columnOf(field).letter,
    message: serverMessage(code, lang, params),
  };
}

export function sortRows(
  results: RowResult[],
  firm: FirmSnapshot,
  lang: Lang,
  columns?: Partial<Record<FieldKey, string>>,
): Sorted {
  const out: Sorted = { importOnly: [], invalid: [], matched: [], inImport: new Set() };
  const { inImport } = out;
  for (const result of results) {
    const { row, values } = result;
    const match = firm.matcher.match(values);
    if (match.kind === 'one') inImport.add(match.clientId);
    if (match.kind === 'several') match.clientIds.forEach((id) => inImport.add(id));

    const issues = [...result.issues];
    if (match.kind === 'several') {
      issues.push(serverIssue(row, RULE_FIELD[match.rule], 'match.severalClients', lang, columns, {
        count: match.clientIds.length, rule: match.rule,
      }));
    }
    if (match.kind === 'unknownId') issues.push(serverIssue(row, 'accountonId', 'match.unknownClient', lang, columns));
    if (match.kind === 'one' && match.rule === 'accountonId' && firm.matcher.numberOfAnother(values, match.clientId)) {
      issues.push(serverIssue(row, 'registrationNumber', 'match.numberOfAnotherClient', lang, columns));
    }
    const responsible = values.responsibleEmail?.toLowerCase();
    if (responsible && !firm.userEmails.has(responsible)) {
      issues.push(serverIssue(row, 'responsibleEmail', 'responsibleEmail.notAUser', lang, columns));
    }
    if (!result.valid || issues.length > result.issues.length) {
      out.invalid.push({ row, values, issues });
    } else if (match.kind === 'one') {
      out.matched.push({ result, clientId: match.clientId, rule: match.rule });
    } else {
      const language = values.language as ClientLanguage;
      out.importOnly.push({
        row, values, issues,
        suggestedLanguage: language,
        suggestedQuestionnaireId: firm.questionnaireByLanguage.get(language) ?? null,
      });
    }
  }
  return out;
}

/** Fields a duplicate is compared on (the spec's `compared`). */
const COMPARED_FIELDS = COLUMNS.filter((c) => c.compared).map((c) => c.key);

function sameValue(field: FieldKey, a: string, b: string): boolean {
  if (field === 'labels') return a.split(',').sort().join(',') === b.split(',').sort().join(',');
  if (field === 'email' || field === 'responsibleEmail') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/** Field-by-field differences; a blank import value is never offered (it never erases). */
export function differences(imported: RowValues, current: RowValues): Difference[] {
  const out: Difference[] = [];
  for (const field of COMPARED_FIELDS) {
    const value = imported[field];
    if (!value) continue;
    const now = current[field];
    if (now && sameValue(field, value, now)) continue;
    out.push({ field, current: now ?? null, imported: value });
  }
  return out;
}

export function duplicateEntry(m: Sorted['matched'][number], current: RowValues, inWorkflow: boolean): DuplicateEntry {
  return {
    row: m.result.row,
    clientId: m.clientId,
    matchedBy: m.rule,
    values: m.result.values,
    current,
    differences: differences(m.result.values, current),
    issues: m.result.issues,
    inWorkflow,
  };
}
