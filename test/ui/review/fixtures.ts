// The firm and the file the review tests use: two new clients (French, Dutch), one duplicate of a client
// already in Accounton, one invalid row; plus a second French questionnaire so one can be changed.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApiClient } from '../../../src/api/client';
import type { RowValues } from '../../../src/core';
import type { Database } from '../../../src/server/db/types';

/** A valid Belgian national register number (born in the 1900s). */
export function nrn(yymmdd: string, counter: number): string {
  const base = `${yymmdd}${String(counter).padStart(3, '0')}`;
  return base + String(97 - (Number(base) % 97)).padStart(2, '0');
}

export const EXISTING: RowValues = {
  person: 'person', firstName: 'Chris', lastName: 'Janssens', email: 'chris.janssens@example.be',
  registrationNumber: nrn('750312', 21), city: 'Gent', postalCode: '9000', language: 'dutch',
};

/** The sheet rows (row 1 is the header), as the template holds them. */
export const FILE_ROWS: { row: number; values: RowValues }[] = [
  { row: 2, values: { person: 'person', firstName: 'Anne', lastName: 'Dupont', email: 'anne.dupont@example.be', registrationNumber: nrn('850615', 33), language: 'french' } },
  { row: 3, values: { person: 'person', firstName: 'Bart', lastName: 'Peeters', email: 'bart.peeters@example.be', registrationNumber: nrn('900101', 45), language: 'dutch' } },
  // The existing client: new e-mail, mobile and street; the blank city must never be offered.
  { row: 4, values: { ...EXISTING, email: 'chris@janssens.example.be', mobile: '+32470123456', street: 'Veldstraat', city: '' } },
  // Invalid: the national number's check digits are wrong.
  { row: 5, values: { person: 'person', firstName: 'Dirk', lastName: 'Claes', email: 'dirk.claes@example.be', registrationNumber: '85061503399', language: 'dutch' } },
];

export const SHORT_FRENCH = 'Questionnaire IPP simplifié';

/** A second French questionnaire in the workflow (the demo firm has one per language). */
export async function addShortFrenchQuestionnaire(db: Kysely<Database>, firmId: string, workflowId: string): Promise<string> {
  const id = crypto.randomUUID();
  await db.insertInto('questionnaires').values({ id, firm_id: firmId, workflow_id: workflowId, language: 'french', name: SHORT_FRENCH }).execute();
  return id;
}

/** Puts EXISTING into the firm through the API, as an earlier import would have. */
export async function addExistingClient(client: ApiClient, workflowId: string): Promise<void> {
  const preview = await client.createImport({ workflowId, source: 'cli', rows: [{ row: 2, values: EXISTING }] });
  const [q] = await client.questionnaires({ workflowId, language: 'dutch' });
  const result = await client.commitImport(preview.id, { add: [{ row: 2, language: 'dutch', questionnaireId: q.id }] }, crypto.randomUUID());
  if (result.created.length !== 1) throw new Error('could not seed the existing client');
}
