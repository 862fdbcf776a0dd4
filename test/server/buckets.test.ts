// Preview: the four buckets and the matching rules; commit: new clients, field-level updates.
import { columnOf } from '../../src/core/template/columns';
import { clientRow, clientsOf, commit, describeEachDb, importClients, insertClient, nthNationalNumber, startTestApp, type TestApp } from './helpers';

describeEachDb('preview and commit', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  test('sorts rows into new clients, duplicates, invalid rows and clients only in Accounton', async () => {
    await importClients(t, [clientRow(1), clientRow(2)]);
    const p = await t.preview([clientRow(1), clientRow(3), clientRow(4, { email: 'not-an-email' })]);
    expect(p.summary).toEqual({
      total: 3, importOnly: 1, duplicates: 1, duplicatesNotInWorkflow: 0, invalid: 1, accountonOnly: 1, accountonOnlyNotLinked: 0,
    });
    expect(p.importOnly.map((e) => e.values.firstName)).toEqual(['First3']);
    expect(p.duplicates[0]).toMatchObject({ row: 2, matchedBy: 'registrationNumber', differences: [] });
    expect(p.invalid[0].issues.map((i) => i.code)).toContain('email.invalid');
    expect(p.accountonOnly.map((c) => c.lastName)).toEqual(['Last2']);
    expect(p.accountonOnly[0].linkedToWorkflow).toBe(true);
  });

  test('each new client carries its row language and the workflow questionnaire in that language', async () => {
    const questionnaires = (await t.call({ url: `/api/v1/questionnaires?workflowId=${t.firm.workflowId}` })).json().questionnaires;
    const p = await t.preview([clientRow(10, { language: 'dutch' }), clientRow(11, { language: 'english' })]);
    for (const e of p.importOnly) {
      const q = questionnaires.find((x: { id: string }) => x.id === e.suggestedQuestionnaireId);
      expect(q.language).toBe(e.values.language);
      expect(e.suggestedLanguage).toBe(e.values.language);
    }
    expect(questionnaires.find((q: { language: string }) => q.language === 'french').name).toBe(
      "Déclaration d'impôt sur le revenu des personnes physiques",
    );
  });

  test('flags clients only in Accounton that are not linked to the chosen workflow', async () => {
    await insertClient(t.adb, t.firm.firmId, clientRow(20));
    const p = await t.preview([clientRow(21)]);
    const lonely = p.accountonOnly.find((c) => c.lastName === 'Last20');
    expect(lonely?.linkedToWorkflow).toBe(false);
    expect(p.accountonOnly.find((c) => c.lastName === 'Last1')?.linkedToWorkflow).toBe(true);
    expect(p.summary.accountonOnlyNotLinked).toBe(p.accountonOnly.filter((c) => !c.linkedToWorkflow).length);
  });

  test('rule 1: the national register number matches even when everything else differs', async () => {
    const p = await t.preview([clientRow(1, { firstName: 'Other', lastName: 'Name', email: 'x@y.be' })]);
    expect(p.duplicates[0]).toMatchObject({ matchedBy: 'registrationNumber' });
  });

  test('rule 2: without a matching national number, the client code matches', async () => {
    await importClients(t, [clientRow(30, { clientCode: 'C-30' })]);
    const p = await t.preview([clientRow(31, { clientCode: 'C-30', registrationNumber: '' })]);
    expect(p.duplicates).toHaveLength(1);
    expect(p.duplicates[0].matchedBy).toBe('clientCode');
  });

  test('rule 3: else e-mail together with last name, ignoring case', async () => {
    await importClients(t, [clientRow(40, { registrationNumber: '' })]);
    const p = await t.preview([clientRow(41, { registrationNumber: '', email: 'CLIENT40@Example.be', lastName: 'LAST40' })]);
    expect(p.duplicates[0]?.matchedBy).toBe('emailAndLastName');
    // The same e-mail with another last name is someone else.
    const q = await t.preview([clientRow(42, { registrationNumber: '', email: 'client40@example.be' })]);
    expect(q.duplicates).toHaveLength(0);
    expect(q.importOnly).toHaveLength(1);
  });

  test('a row that matches several clients is invalid', async () => {
    await insertClient(t.adb, t.firm.firmId, clientRow(50, { clientCode: 'SHARED', registrationNumber: undefined }));
    await insertClient(t.adb, t.firm.firmId, clientRow(51, { clientCode: 'SHARED', registrationNumber: undefined }));
    const p = await t.preview([clientRow(52, { clientCode: 'SHARED' })]);
    expect(p.invalid).toHaveLength(1);
    expect(p.invalid[0].issues[0]).toMatchObject({ code: 'match.severalClients', field: 'clientCode', severity: 'error' });
    expect(p.invalid[0].issues[0].message).toMatch(/several clients/);
  });

  test('a row whose main responsible is not a user of the firm is invalid; a user of the firm is accepted', async () => {
    const p = await t.preview([
      clientRow(60, { responsibleEmail: 'nobody@example.be' }),
      clientRow(61, { responsibleEmail: t.other.staffEmail }),
      clientRow(62, { responsibleEmail: t.firm.staffEmail.toUpperCase() }),
    ]);
    expect(p.invalid.map((r) => r.row)).toEqual([2, 3]);
    expect(p.invalid[0].issues[0]).toMatchObject({ code: 'responsibleEmail.notAUser', field: 'responsibleEmail', column: columnOf('responsibleEmail').letter });
    expect(p.importOnly.map((r) => r.row)).toEqual([4]);
  });

  test('issues come in the language of Accept-Language, again when the preview is read later', async () => {
    const p = await t.preview([clientRow(70, { email: 'nope' })]);
    const fr = (await t.call({ url: `/api/v1/imports/${p.id}`, headers: { 'accept-language': 'fr-BE,fr;q=0.9' } })).json();
    const nl = (await t.call({ url: `/api/v1/imports/${p.id}`, headers: { 'accept-language': 'nl' } })).json();
    expect(fr.invalid[0].issues[0].code).toBe('email.invalid');
    expect(fr.invalid[0].issues[0].message).not.toBe(p.invalid[0].issues[0].message);
    expect(nl.invalid[0].issues[0].message).not.toBe(fr.invalid[0].issues[0].message);
    expect(fr.summary).toEqual(p.summary);
  });

  test('the server re-validates: a bad national number sent as valid-looking JSON is invalid', async () => {
    const bad = nthNationalNumber(80).slice(0, 9) + '00';
    const p = await t.preview([clientRow(80, { registrationNumber: bad })]);
    expect(p.invalid[0].issues.map((i) => i.code)).toContain('registrationNumber.checksum');
  });

  test('commit creates clients with a dossier in status not_sent, labels and the responsible user', async () => {
    const p = await t.preview([clientRow(90, { labels: 'bureau Bruxelles,gestionnaire X', responsibleEmail: t.firm.staffEmail, language: 'dutch' })]);
    const [entry] = p.importOnly;
    const fr = (await t.call({ url: `/api/v1/questionnaires?workflowId=${t.firm.workflowId}&language=fr` })).json().questionnaires[0];
    const res = await commit(t, p.id, { add: [{ row: entry.row, language: 'french', questionnaireId: fr.id }] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.created).toEqual([expect.objectContaining({ row: entry.row, questionnaireId: fr.id, status: 'not_sent' })]);
    const { clients } = await clientsOf(t, undefined, '&query=last90');
    expect(clients).toHaveLength(1);
    expect(clients[0].values).toMatchObject({ language: 'french', labels: 'bureau Bruxelles,gestionnaire X', responsibleEmail: t.firm.staffEmail });
    expect(clients[0].dossiers).toEqual([{ id: body.created[0].dossierId, workflowId: t.firm.workflowId, questionnaireId: fr.id, status: 'not_sent' }]);
    const labelled = await clientsOf(t, undefined, `&label=${encodeURIComponent('gestionnaire X')}`);
    expect(labelled.clients.map((c) => c.id)).toEqual([clients[0].id]);
  });

  test('duplicates list field-by-field differences, never a blank import value', async () => {
    await importClients(t, [clientRow(100, { city: 'Gent', street: 'Kerkstraat', labels: 'a' })]);
    const p = await t.preview([clientRow(100, { city: 'Brugge', street: '', mobile: '+32478000000', labels: 'a' })]);
    const diffs = p.duplicates[0].differences;
    expect(diffs).toEqual(
      expect.arrayContaining([
        { field: 'city', current: 'Gent', imported: 'Brugge' },
        { field: 'mobile', current: '+32470123456', imported: '+32478000000' },
      ]),
    );
    expect(diffs.map((d) => d.field)).not.toContain('street');
    expect(diffs.map((d) => d.field)).not.toContain('labels');
  });

  test('commit updates only the chosen fields of a duplicate, and a blank never erases', async () => {
    await importClients(t, [clientRow(110, { city: 'Gent', street: 'Kerkstraat', postalCode: '9000', labels: 'old' })]);
    const p = await t.preview([clientRow(110, { city: 'Brugge', postalCode: '8000', street: '', mobile: '+32478000000', labels: 'new,other' })]);
    const res = await commit(t, p.id, { update: [{ row: 2, fields: ['city', 'street', 'labels'] }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().updated).toEqual([{ row: 2, clientId: p.duplicates[0].clientId, fields: ['city', 'labels'] }]);
    const [client] = (await clientsOf(t, undefined, '&query=last110')).clients;
    expect(client.values).toMatchObject({ city: 'Brugge', street: 'Kerkstraat', postalCode: '9000', mobile: '+32470123456', labels: 'new,other' });
  });

  test('commit refuses rows that are not in the bucket they are used from, and foreign questionnaires', async () => {
    const p = await t.preview([clientRow(120), clientRow(1), clientRow(121, { email: 'bad' })]);
    const q = p.importOnly[0].suggestedQuestionnaireId;
    const foreignQ = (await t.call({ url: '/api/v1/questionnaires', key: t.other.adminKey })).json().questionnaires[0].id;
    const cases = [
      { add: [{ row: 3, language: 'french', questionnaireId: q }] },
      { add: [{ row: 4, language: 'french', questionnaireId: q }] },
      { update: [{ row: 2, fields: ['city'] }] },
      { add: [{ row: 2, language: 'french', questionnaireId: foreignQ }] },
    ];
    for (const body of cases) {
      const res = await commit(t, p.id, body);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toMatch(/^commit\./);
    }
    // Nothing was created by the refused commits; the import can still be committed.
    const ok = await commit(t, p.id, { add: [{ row: 2, language: 'french', questionnaireId: q }] });
    expect(ok.json().created).toHaveLength(1);
  });
});
