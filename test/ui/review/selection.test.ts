import fc from 'fast-check';
import type { ImportPreview, Questionnaire } from '../../../src/api/contract/schemas';
import {
  attachCount, commitPlan, initialState, offeredDifferences, questionnairesFor, reviewReducer, selectedCount, type ReviewAction,
} from '../../../src/ui/review/selection';

const WF = 'wf-2026';
const QUESTIONNAIRES: Questionnaire[] = [
  { id: 'q-fr', workflowId: WF, language: 'french', name: 'Déclaration IPP' },
  { id: 'q-fr-short', workflowId: WF, language: 'french', name: 'Déclaration IPP (courte)' },
  { id: 'q-nl', workflowId: WF, language: 'dutch', name: 'Aangifte PB' },
  { id: 'q-other-wf', workflowId: 'wf-2025', language: 'english', name: 'Personal income tax return 2025' },
];

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    id: 'imp-1', status: 'preview', workflowId: WF, source: 'web', createdAt: '', expiresAt: '',
    summary: { total: 5, importOnly: 3, accountonOnly: 0, accountonOnlyNotLinked: 0, duplicates: 1, duplicatesNotInWorkflow: 0, invalid: 0 },
    importOnly: [
      { row: 2, values: { firstName: 'Anne' }, issues: [], suggestedLanguage: 'french', suggestedQuestionnaireId: 'q-fr' },
      { row: 3, values: { firstName: 'Bart' }, issues: [], suggestedLanguage: 'dutch', suggestedQuestionnaireId: 'q-nl' },
      // No questionnaire in English for this workflow.
      { row: 4, values: { firstName: 'Carol' }, issues: [], suggestedLanguage: 'english', suggestedQuestionnaireId: null },
    ],
    accountonOnly: [],
    duplicates: [{
      row: 5, clientId: 'c-1', matchedBy: 'registrationNumber', values: {}, current: {}, issues: [], inWorkflow: true,
      differences: [
        { field: 'email', current: 'old@example.be', imported: 'new@example.be' },
        { field: 'mobile', current: null, imported: '+32470123456' },
        { field: 'city', current: 'Gent', imported: '  ' },
      ],
    }],
    invalid: [],
    ...overrides,
  };
}

describe('new clients', () => {
  test('are all selected by default, in their row language, with the workflow questionnaire in it', () => {
    const s = initialState(preview(), QUESTIONNAIRES);
    expect(s.clients[2]).toEqual({ selected: true, language: 'french', questionnaireId: 'q-fr' });
    expect(s.clients[3]).toEqual({ selected: true, language: 'dutch', questionnaireId: 'q-nl' });
    expect(s.clients[4]).toEqual({ selected: true, language: 'english', questionnaireId: null });
    expect(selectedCount(s)).toBe(3);
  });

  test('a suggested questionnaire of another workflow or language is replaced by the default', () => {
    const p = preview();
    p.importOnly[1] = { ...p.importOnly[1], suggestedQuestionnaireId: 'q-fr' };
    expect(initialState(p, QUESTIONNAIRES).clients[3].questionnaireId).toBe('q-nl');
  });

  test('the questionnaire dropdown offers only the workflow questionnaires in the chosen language', () => {
    expect(questionnairesFor(QUESTIONNAIRES, WF, 'french').map((q) => q.id)).toEqual(['q-fr', 'q-fr-short']);
    expect(questionnairesFor(QUESTIONNAIRES, WF, 'english')).toEqual([]);
  });

  test('select none, then select all', () => {
    let s = initialState(preview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'selectAll', selected: false });
    expect(selectedCount(s)).toBe(0);
    s = reviewReducer(s, { type: 'selectAll', selected: true });
    expect(selectedCount(s)).toBe(3);
  });

  test('changing the language moves the questionnaire to that language', () => {
    let s = initialState(preview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'language', row: 2, language: 'dutch' });
    expect(s.clients[2]).toMatchObject({ language: 'dutch', questionnaireId: 'q-nl' });
    s = reviewReducer(s, { type: 'language', row: 3, language: 'english' });
    expect(s.clients[3]).toMatchObject({ language: 'english', questionnaireId: null });
  });

  test('a questionnaire of another language is refused', () => {
    const s = initialState(preview(), QUESTIONNAIRES);
    expect(reviewReducer(s, { type: 'questionnaire', row: 2, questionnaireId: 'q-nl' })).toBe(s);
    expect(reviewReducer(s, { type: 'questionnaire', row: 2, questionnaireId: 'q-fr-short' }).clients[2].questionnaireId).toBe('q-fr-short');
  });

  test('apply to selected sets language and questionnaire of the selected clients only', () => {
    let s = initialState(preview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'select', rows: [3], selected: false });
    s = reviewReducer(s, { type: 'applyToSelected', language: 'french', questionnaireId: 'q-fr-short' });
    expect(s.clients[2]).toMatchObject({ language: 'french', questionnaireId: 'q-fr-short' });
    expect(s.clients[4]).toMatchObject({ language: 'french', questionnaireId: 'q-fr-short' });
    expect(s.clients[3]).toMatchObject({ language: 'dutch', questionnaireId: 'q-nl', selected: false });
  });

  test('a selected client without a questionnaire blocks the commit until it gets one or is unticked', () => {
    let s = initialState(preview(), QUESTIONNAIRES);
    expect(commitPlan(s)).toMatchObject({ ready: false, missingQuestionnaire: [4] });
    s = reviewReducer(s, { type: 'select', rows: [4], selected: false });
    const plan = commitPlan(s);
    expect(plan.ready).toBe(true);
    expect(plan.request.add).toEqual([
      { row: 2, language: 'french', questionnaireId: 'q-fr' },
      { row: 3, language: 'dutch', questionnaireId: 'q-nl' },
    ]);
  });

  test('nothing selected is not ready', () => {
    let s = initialState(preview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'selectAll', selected: false });
    expect(commitPlan(s)).toMatchObject({ ready: false, missingQuestionnaire: [], request: { add: [], update: [], attach: [] } });
  });
});

describe('duplicates', () => {
  test('no field is ticked by default and blank import values are never offered', () => {
    const s = initialState(preview(), QUESTIONNAIRES);
    expect(s.fields[5]).toEqual([]);
    expect(offeredDifferences(preview().duplicates[0]).map((d) => d.field)).toEqual(['email', 'mobile']);
    expect(reviewReducer(s, { type: 'field', row: 5, field: 'city', ticked: true })).toBe(s);
  });

  test('ticked fields are sent as updates; unticking removes them', () => {
    let s = initialState(preview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'selectAll', selected: false });
    s = reviewReducer(s, { type: 'field', row: 5, field: 'email', ticked: true });
    s = reviewReducer(s, { type: 'field', row: 5, field: 'mobile', ticked: true });
    expect(commitPlan(s)).toMatchObject({ ready: true, request: { add: [], update: [{ row: 5, fields: ['email', 'mobile'] }] } });
    s = reviewReducer(s, { type: 'field', row: 5, field: 'email', ticked: false });
    expect(commitPlan(s).request.update).toEqual([{ row: 5, fields: ['mobile'] }]);
  });
});

describe('returning clients (duplicates not in the workflow)', () => {
  // Row 6: a Dutch client of last season; row 7: already in this season; row 8: English, no questionnaire in it.
  const seasonPreview = () => preview({
    duplicates: [
      ...preview().duplicates,
      { row: 6, clientId: 'c-6', matchedBy: 'clientCode', values: { language: 'french' }, current: { language: 'dutch' }, issues: [], differences: [], inWorkflow: false },
      { row: 7, clientId: 'c-7', matchedBy: 'clientCode', values: {}, current: { language: 'french' }, issues: [], differences: [], inWorkflow: true },
      { row: 8, clientId: 'c-8', matchedBy: 'clientCode', values: { language: 'english' }, current: {}, issues: [], differences: [], inWorkflow: false },
    ],
  });

  test('are ticked by default in the client language with the workflow questionnaire in it; those in the workflow are not offered', () => {
    const s = initialState(seasonPreview(), QUESTIONNAIRES);
    expect(s.returning).toEqual({
      6: { selected: true, language: 'dutch', questionnaireId: 'q-nl' },
      8: { selected: true, language: 'english', questionnaireId: null },
    });
    expect(attachCount(s)).toBe(2);
    expect(selectedCount(s)).toBe(3);
  });

  test('the commit attaches them, and waits for a questionnaire of each ticked one', () => {
    let s = initialState(seasonPreview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'select', rows: [4], selected: false });
    expect(commitPlan(s)).toMatchObject({ ready: false, missingQuestionnaire: [8] });
    s = reviewReducer(s, { type: 'language', row: 8, language: 'french', bucket: 'duplicates' });
    s = reviewReducer(s, { type: 'questionnaire', row: 8, questionnaireId: 'q-fr-short', bucket: 'duplicates' });
    const plan = commitPlan(s);
    expect(plan.ready).toBe(true);
    expect(plan.request.attach).toEqual([
      { row: 6, language: 'dutch', questionnaireId: 'q-nl' },
      { row: 8, language: 'french', questionnaireId: 'q-fr-short' },
    ]);
    expect(s.clients[2]).toMatchObject({ questionnaireId: 'q-fr' });
  });

  test('unticking one leaves it out; select all of the import tab leaves them alone', () => {
    let s = initialState(seasonPreview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'select', rows: [6, 8], selected: false, bucket: 'duplicates' });
    s = reviewReducer(s, { type: 'selectAll', selected: true });
    expect(attachCount(s)).toBe(0);
    expect(commitPlan(s).request.attach).toEqual([]);
  });

  test('apply to selected works on both tabs, on the ticked ones only', () => {
    let s = initialState(seasonPreview(), QUESTIONNAIRES);
    s = reviewReducer(s, { type: 'select', rows: [8], selected: false, bucket: 'duplicates' });
    s = reviewReducer(s, { type: 'applyToSelected', language: 'french', questionnaireId: 'q-fr-short' });
    expect(s.returning[6]).toEqual({ selected: true, language: 'french', questionnaireId: 'q-fr-short' });
    expect(s.returning[8]).toEqual({ selected: false, language: 'english', questionnaireId: null });
    expect(s.clients[2]).toMatchObject({ language: 'french', questionnaireId: 'q-fr-short' });
  });
});

test('whatever the reviewer does, the commit only adds selected clients with a questionnaire of their language', () => {
  const rows = [2, 3, 4];
  const languages = ['french', 'dutch', 'english'] as const;
  const action: fc.Arbitrary<ReviewAction> = fc.oneof(
    fc.record({ type: fc.constant('select' as const), rows: fc.subarray(rows), selected: fc.boolean() }),
    fc.record({ type: fc.constant('selectAll' as const), selected: fc.boolean() }),
    fc.record({ type: fc.constant('language' as const), row: fc.constantFrom(...rows), language: fc.constantFrom(...languages) }),
    fc.record({ type: fc.constant('questionnaire' as const), row: fc.constantFrom(...rows), questionnaireId: fc.constantFrom(null, ...QUESTIONNAIRES.map((q) => q.id)) }),
    fc.record({ type: fc.constant('applyToSelected' as const), language: fc.constantFrom(...languages), questionnaireId: fc.constantFrom(null, ...QUESTIONNAIRES.map((q) => q.id)) }),
    fc.record({ type: fc.constant('field' as const), row: fc.constant(5), field: fc.constantFrom('email' as const, 'mobile' as const, 'city' as const), ticked: fc.boolean() }),
  );
  fc.assert(
    fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
      const s = actions.reduce(reviewReducer, initialState(preview(), QUESTIONNAIRES));
      const plan = commitPlan(s);
      for (const a of plan.request.add) {
        expect(s.clients[a.row].selected).toBe(true);
        const q = QUESTIONNAIRES.find((x) => x.id === a.questionnaireId)!;
        expect([q.workflowId, q.language]).toEqual([WF, a.language]);
      }
      for (const u of plan.request.update) expect(u.fields.every((f) => f === 'email' || f === 'mobile')).toBe(true);
      expect(plan.ready).toBe(plan.missingQuestionnaire.length === 0 && plan.request.add.length + plan.request.update.length > 0);
    }),
  );
});
