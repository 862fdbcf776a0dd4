// The round trip in the pane, against the real API: the firm's clients loaded into the empty template and sent
// back unchanged are all duplicates without a difference; a corrected last name is that client's one difference.
import crypto from 'node:crypto';
import { createClient } from '../../src/api/client';
import type { RowValues } from '../../src/core';
import { seedDemoFirm } from '../../src/server/db/seed';
import { letterOf } from '../excel/fixtures';
import { nrn } from '../ui/review/fixtures';
import { paneOver, startApi, type Api } from './helpers';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

// Texts Excel would turn into formulas or numbers, a couple on one row, a date, labels.
const CLIENTS: RowValues[] = [
  {
    person: 'person', firstName: '=1+1', lastName: 'Dupont', email: 'anne.dupont@example.be', registrationNumber: nrn('850615', 33),
    spouseRegistrationNumber: nrn('860101', 2), language: 'french', clientCode: '007', postalCode: '1000', houseNumber: '12',
    box: '3', mobile: '+32470123456', declarationDeadline: '2027-06-30', labels: 'bureau Bruxelles,vip',
  },
  { person: 'person', firstName: 'Bart', lastName: 'Peeters', email: 'bart.peeters@example.be', registrationNumber: nrn('900101', 45), language: 'dutch' },
];

test('loaded into the empty template and sent unchanged: 0 new, every client a duplicate with no difference; one edit is one difference', async () => {
  const firm = await seedDemoFirm(api.adb.db, { firmName: 'Round trip firm' });
  const client = createClient({ baseUrl: api.baseUrl, apiKey: firm.adminKey });
  const preview = await client.createImport({ workflowId: firm.workflowId, source: 'cli', rows: CLIENTS.map((values, i) => ({ row: i + 2, values })) });
  const questionnaires = await client.questionnaires({ workflowId: firm.workflowId });
  const add = preview.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: questionnaires.find((q) => q.language === e.suggestedLanguage)!.id }));
  expect((await client.commitImport(preview.id, { add }, crypto.randomUUID())).created).toHaveLength(2);

  const { xl, sheet, pane } = await paneOver(api, firm, []);
  await pane.loader.load();
  expect(pane.loader.store.getState().load).toEqual({ step: 'done', sheet: 'Accounton clients', rows: 2, template: true });
  await xl.settle();

  await pane.send();
  const sent = pane.store.getState().send;
  if (sent.step !== 'review') throw new Error(`expected the review, got ${sent.step}`);
  expect(sent.preview.summary).toMatchObject({ total: 2, importOnly: 0, duplicates: 2, invalid: 0 });
  expect(sent.preview.duplicates.map((d) => [d.matchedBy, d.differences])).toEqual([['accountonId', []], ['accountonId', []]]);

  // Loaded by name: Dupont is row 2.
  xl.userSet(sheet, `${letterOf('lastName')}2`, [['Dupont-Lambert']]);
  await xl.settle();
  await pane.send();
  const again = pane.store.getState().send;
  if (again.step !== 'review') throw new Error(`expected the review, got ${again.step}`);
  expect(again.preview.summary).toMatchObject({ importOnly: 0, duplicates: 2, invalid: 0 });
  expect(again.preview.duplicates.flatMap((d) => d.differences)).toEqual([{ field: 'lastName', current: 'Dupont', imported: 'Dupont-Lambert' }]);
});
