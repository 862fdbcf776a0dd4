// The reviewer's choices as plain data, with the rules of the review: new clients all selected by
// default with their row's language and the workflow's questionnaire in it; returning clients (duplicates
// not in the workflow yet) ticked to be added to this season the same way, in the client's language;
// duplicate fields all off; blank import values never offered; no client added or attached without a
// questionnaire. No React here.
import type { FieldKey } from '../../core/template/columns';
import type {
  ClientLanguage, CommitRequest, Difference, DuplicateEntry, ImportPreview, Questionnaire,
} from '../../api/contract/schemas';

export interface ClientChoice {
  selected: boolean;
  language: ClientLanguage;
  questionnaireId: string | null;
}

export interface ReviewState {
  workflowId: string;
  questionnaires: readonly Questionnaire[];
  /** New clients (importOnly) by sheet row. */
  clients: Readonly<Record<number, ClientChoice>>;
  /** Duplicates with no dossier in the workflow, by sheet row: "Add to this season". */
  returning: Readonly<Record<number, ClientChoice>>;
  /** The ticked fields of each duplicate, by sheet row. */
  fields: Readonly<Record<number, readonly FieldKey[]>>;
  /** The fields each duplicate may have overwritten (never a blank import value). */
  offered: Readonly<Record<number, readonly FieldKey[]>>;
}

/** The workflow's questionnaires in one language: what a client's questionnaire dropdown offers. */
export function questionnairesFor(
  questionnaires: readonly Questionnaire[], workflowId: string, language: ClientLanguage,
): Questionnaire[] {
  return questionnaires.filter((q) => q.workflowId === workflowId && q.language === language);
}

/** The workflow's (first) questionnaire in that language, or null when it has none. */
export function defaultQuestionnaire(
  questionnaires: readonly Questionnaire[], workflowId: string, language: ClientLanguage,
): string | null {
  return questionnairesFor(questionnaires, workflowId, language)[0]?.id ?? null;
}

/** The differences a reviewer may tick: a blank value in the import never overwrites. */
export function offeredDifferences(duplicate: Pick<DuplicateEntry, 'differences'>): Difference[] {
  return duplicate.differences.filter((d) => d.imported.trim() !== '');
}

export function initialState(preview: ImportPreview, questionnaires: readonly Questionnaire[]): ReviewState {
  const valid = (id: string | null, language: ClientLanguage) =>
    id !== null && questionnairesFor(questionnaires, preview.workflowId, language).some((q) => q.id === id);
  const clients: Record<number, ClientChoice> = {};
  for (const entry of preview.importOnly) {
    const language = entry.suggestedLanguage;
    clients[entry.row] = {
      selected: true,
      language,
      questionnaireId: valid(entry.suggestedQuestionnaireId, language)
        ? entry.suggestedQuestionnaireId
        : defaultQuestionnaire(questionnaires, preview.workflowId, language),
    };
  }
  const fields: Record<number, FieldKey[]> = {};
  const offered: Record<number, FieldKey[]> = {};
  const returning: Record<number, ClientChoice> = {};
  for (const d of preview.duplicates) {
    fields[d.row] = [];
    offered[d.row] = offeredDifferences(d).map((diff) => diff.field);
    if (d.inWorkflow) continue;
    // The client's language as Accounton has it; the row's when Accounton has none.
    const language = (d.current.language ?? d.values.language) as ClientLanguage;
    returning[d.row] = { selected: true, language, questionnaireId: defaultQuestionnaire(questionnaires, preview.workflowId, language) };
  }
  return { workflowId: preview.workflowId, questionnaires, clients, returning, fields, offered };
}

/** Which choices an action is about: new clients (the default) or returning ones. */
export type Bucket = 'importOnly' | 'duplicates';
const CHOICES = { importOnly: 'clients', duplicates: 'returning' } as const;

export type ReviewAction =
  | { type: 'select'; rows: readonly number[]; selected: boolean; bucket?: Bucket }
  | { type: 'selectAll'; selected: boolean; bucket?: Bucket }
  | { type: 'language'; row: number; language: ClientLanguage; bucket?: Bucket }
  | { type: 'questionnaire'; row: number; questionnaireId: string | null; bucket?: Bucket }
  /** On both tabs: every selected new client and every returning client ticked to be added. */
  | { type: 'applyToSelected'; language: ClientLanguage; questionnaireId: string | null }
  | { type: 'field'; row: number; field: FieldKey; ticked: boolean };

function withClients(
  state: ReviewState, bucket: Bucket | undefined, change: (row: number, c: ClientChoice) => ClientChoice,
): ReviewState {
  const key = CHOICES[bucket ?? 'importOnly'];
  const next: Record<number, ClientChoice> = {};
  for (const [row, choice] of Object.entries(state[key])) next[Number(row)] = change(Number(row), choice);
  return { ...state, [key]: next };
}

/** The choice after a language change: the questionnaire follows the language unless it already fits. */
function inLanguage(state: ReviewState, choice: ClientChoice, language: ClientLanguage, questionnaireId?: string | null): ClientChoice {
  const offered = questionnairesFor(state.questionnaires, state.workflowId, language);
  const keep = questionnaireId ?? choice.questionnaireId;
  const fits = keep !== null && offered.some((q) => q.id === keep);
  return { ...choice, language, questionnaireId: fits ? keep : (offered[0]?.id ?? null) };
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'select': {
      const rows = new Set(action.rows);
      return withClients(state, action.bucket, (row, c) => (rows.has(row) ? { ...c, selected: action.selected } : c));
    }
    case 'selectAll':
      return withClients(state, action.bucket, (_row, c) => ({ ...c, selected: action.selected }));
    case 'language':
      return withClients(state, action.bucket, (row, c) => (row === action.row ? inLanguage(state, c, action.language) : c));
    case 'questionnaire': {
      const choice = state[CHOICES[action.bucket ?? 'importOnly']][action.row];
      const offered = choice ? questionnairesFor(state.questionnaires, state.workflowId, choice.language) : [];
      if (action.questionnaireId !== null && !offered.some((q) => q.id === action.questionnaireId)) return state;
      return withClients(state, action.bucket, (row, c) => (row === action.row ? { ...c, questionnaireId: action.questionnaireId } : c));
    }
    case 'applyToSelected': {
      const apply = (_row: number, c: ClientChoice) => (c.selected ? inLanguage(state, c, action.language, action.questionnaireId) : c);
      return withClients(withClients(state, 'importOnly', apply), 'duplicates', apply);
    }
    case 'field': {
      const current = state.fields[action.row];
      if (!current || !state.offered[action.row]?.includes(action.field)) return state;
      const next = current.filter((f) => f !== action.field);
      if (action.ticked) next.push(action.field);
      return { ...state, fields: { ...state.fields, [action.row]: next } };
    }
  }
}

export interface CommitPlan {
  request: Required<CommitRequest>;
  /** Selected new or returning clients that have no questionnaire (by row): the commit is refused until they get one. */
  missingQuestionnaire: number[];
  /** True when something would be added, attached or updated and no selected client lacks a questionnaire. */
  ready: boolean;
}

/** The selected choices with a questionnaire, as the commit lists them; the rows of those without one go to `missing`. */
function chosen(choices: Readonly<Record<number, ClientChoice>>, missing: number[]): Required<CommitRequest>['add'] {
  const out: Required<CommitRequest>['add'] = [];
  for (const [row, c] of Object.entries(choices)) {
    if (!c.selected) continue;
    if (c.questionnaireId === null) missing.push(Number(row));
    else out.push({ row: Number(row), language: c.language, questionnaireId: c.questionnaireId });
  }
  return out;
}

/** What the commit sends, and whether it may be sent. */
export function commitPlan(state: ReviewState): CommitPlan {
  const missingQuestionnaire: number[] = [];
  const add = chosen(state.clients, missingQuestionnaire);
  const attach = chosen(state.returning, missingQuestionnaire);
  const update = Object.entries(state.fields)
    .filter(([, fields]) => fields.length > 0)
    .map(([row, fields]) => ({ row: Number(row), fields: [...fields] }));
  missingQuestionnaire.sort((a, b) => a - b);
  return {
    request: { add, update, attach },
    missingQuestionnaire,
    ready: missingQuestionnaire.length === 0 && add.length + update.length + attach.length > 0,
  };
}

/** Selected new clients. */
export function selectedCount(state: ReviewState): number {
  return Object.values(state.clients).filter((c) => c.selected).length;
}

/** Returning clients ticked "Add to this season". */
export function attachCount(state: ReviewState): number {
  return Object.values(state.returning).filter((c) => c.selected).length;
}
