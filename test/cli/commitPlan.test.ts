// What `send --commit` asks for, and the idempotency key that makes a retried commit of a preview a replay.
import { commitRequest, idempotencyKey, parseRows } from '../../src/cli/commitPlan';
import type { ImportPreview, Questionnaire } from '../../src/api/contract/schemas';

const questionnaires: Questionnaire[] = [
  { id: 'q-nl', workflowId: 'w', language: 'dutch', name: 'NL' },
  { id: 'q-fr', workflowId: 'w', language: 'french', name: 'FR' },
];
const preview = {
  id: 'imp-1',
  importOnly: [
    { row: 2, values: {}, issues: [], suggestedLanguage: 'dutch', suggestedQuestionnaireId: 'q-nl' },
    { row: 3, values: {}, issues: [], suggestedLanguage: 'french', suggestedQuestionnaireId: 'q-fr' },
  ],
  duplicates: [
    { row: 4, clientId: 'c', matchedBy: 'clientCode', values: {}, current: {}, issues: [], inWorkflow: true,
      differences: [{ field: 'city', current: 'Gent', imported: 'Brugge' }, { field: 'email', current: null, imported: 'a@b.be' }] },
    { row: 5, clientId: 'd', matchedBy: 'registrationNumber', values: { language: 'french' }, current: {}, issues: [], inWorkflow: false,
      differences: [] },
  ],
} as unknown as ImportPreview;

test('rows, languages, questionnaires and fields as the options say', () => {
  expect(parseRows('2,5-7', '--add', 'en')).toEqual(new Set([2, 5, 6, 7]));
  expect(() => parseRows('7-5', '--add', 'en')).toThrow(/2,5-7/);
  expect(commitRequest(preview, questionnaires, { add: 'all', update: 'none', attach: 'none' }, 'en')).toEqual({
    add: [{ row: 2, language: 'dutch', questionnaireId: 'q-nl' }, { row: 3, language: 'french', questionnaireId: 'q-fr' }], update: [], attach: [],
  });
  expect(commitRequest(preview, questionnaires, { add: '3', language: 'dutch', update: 'email', attach: 'none' }, 'en')).toEqual({
    add: [{ row: 3, language: 'dutch', questionnaireId: 'q-nl' }], update: [{ row: 4, fields: ['email'] }], attach: [],
  });
  expect(commitRequest(preview, questionnaires, { add: 'none', questionnaire: 'q-fr', update: 'all', attach: 'none' }, 'en').update).toEqual([{ row: 4, fields: ['city', 'email'] }]);
  expect(() => commitRequest(preview, questionnaires, { add: 'all', language: 'english', update: 'none', attach: 'none' }, 'en')).toThrow(/no questionnaire in english/);
  expect(() => commitRequest(preview, questionnaires, { add: 'all', update: 'person', attach: 'none' }, 'fr')).toThrow(/person/);
  expect(() => commitRequest(preview, questionnaires, { add: '4', update: 'none', attach: 'none' }, 'nl')).toThrow(/rijen 4/);
});

test('--attach takes the returning clients not yet in the workflow, in their own language', () => {
  const request = commitRequest(preview, questionnaires, { add: 'none', update: 'none', attach: 'all' }, 'en');
  expect(request.attach).toEqual([{ row: 5, language: 'french', questionnaireId: 'q-fr' }]);
  expect(commitRequest(preview, questionnaires, { add: 'none', update: 'none', attach: '4' }, 'en').attach).toEqual([]);
});

test('the key is the same for the same plan of the same preview, in any order, and differs otherwise', () => {
  const a = { add: [{ row: 2, language: 'dutch', questionnaireId: 'q-nl' }, { row: 3, language: 'french', questionnaireId: 'q-fr' }], update: [{ row: 4, fields: ['email', 'city'] }], attach: [] } as const;
  const b = { add: [a.add[1], a.add[0]], update: [{ row: 4, fields: ['city', 'email'] }], attach: [] } as const;
  const key = idempotencyKey('imp-1', structuredClone(a) as never);
  expect(idempotencyKey('imp-1', structuredClone(b) as never)).toBe(key);
  expect(idempotencyKey('imp-2', structuredClone(a) as never)).not.toBe(key);
  expect(idempotencyKey('imp-1', { add: [a.add[0]], update: [], attach: [] } as never)).not.toBe(key);
  expect(key.length).toBeLessThanOrEqual(200);
});
