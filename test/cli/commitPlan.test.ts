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
    { row: 4, clientId: 'c', matchedBy: 'clientCode', values: {}, current: {}, issues: [],
      differences: [{ field: 'city', current: 'Gent', imported: 'Brugge' }, { field: 'email', current: null, imported: 'a@b.be' }] },
  ],
} as unknown as ImportPreview;

test('rows, languages, questionnaires and fields as the options say', () => {
  expect(parseRows('2,5-7', '--add', 'en')).toEqual(new Set([2, 5, 6, 7]));
  expect(() => parseRows('7-5', '--add', 'en')).toThrow(/2,5-7/);
  expect(commitRequest(preview, questionnaires, { add: 'all', update: 'none' }, 'en')).toEqual({
    add: [{ row: 2, language: 'dutch', questionnaireId: 'q-nl' }, { row: 3, language: 'french', questionnaireId: 'q-fr' }], update: [],
  });
  expect(commitRequest(preview, questionnaires, { add: '3', language: 'dutch', update: 'email' }, 'en')).toEqual({
    add: [{ row: 3, language: 'dutch', questionnaireId: 'q-nl' }], update: [{ row: 4, fields: ['email'] }],
  });
  expect(commitRequest(preview, questionnaires, { add: 'none', questionnaire: 'q-fr', update: 'all' }, 'en').update).toEqual([{ row: 4, fields: ['city', 'email'] }]);
  expect(() => commitRequest(preview, questionnaires, { add: 'all', language: 'english', update: 'none' }, 'en')).toThrow(/no questionnaire in english/);
  expect(() => commitRequest(preview, questionnaires, { add: 'all', update: 'person' }, 'fr')).toThrow(/person/);
  expect(() => commitRequest(preview, questionnaires, { add: '4', update: 'none' }, 'nl')).toThrow(/rijen 4/);
});

test('the key is the same for the same plan of the same preview, in any order, and differs otherwise', () => {
  const a = { add: [{ row: 2, language: 'dutch', questionnaireId: 'q-nl' }, { row: 3, language: 'french', questionnaireId: 'q-fr' }], update: [{ row: 4, fields: ['email', 'city'] }] } as const;
  const b = { add: [a.add[1], a.add[0]], update: [{ row: 4, fields: ['city', 'email'] }] } as const;
  const key = idempotencyKey('imp-1', structuredClone(a) as never);
  expect(idempotencyKey('imp-1', structuredClone(b) as never)).toBe(key);
  expect(idempotencyKey('imp-2', structuredClone(a) as never)).not.toBe(key);
  expect(idempotencyKey('imp-1', { add: [a.add[0]], update: [] } as never)).not.toBe(key);
  expect(key.length).toBeLessThanOrEqual(200);
});
