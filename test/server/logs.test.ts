// A full run with the logs captured: they must never contain a national number, an e-mail or a key.
import { writeTemplate } from '../../src/io';
import { clientRow, commit, describeEachDb, logCapture, nthNationalNumber, startTestApp, type TestApp } from './helpers';

describeEachDb('logs', (target) => {
  let t: TestApp;
  const { lines, stream } = logCapture();
  beforeAll(async () => {
    t = await startTestApp(target, { logger: { level: 'debug', stream } });
  });
  afterAll(() => t.close());

  test('a full flow logs requests but no national numbers, e-mails or keys', async () => {
    const rows = [
      clientRow(7001, { spouseRegistrationNumber: nthNationalNumber(7101), responsibleEmail: t.firm.staffEmail }),
      clientRow(7002),
      clientRow(7003, { email: 'broken@', registrationNumber: nthNationalNumber(7003).replace(/..$/, '00') }),
    ];
    const p = await t.preview(rows);
    await commit(t, p.id, { add: p.importOnly.map((e) => ({ row: e.row, language: e.suggestedLanguage, questionnaireId: e.suggestedQuestionnaireId })) });
    await t.preview([clientRow(7001, { city: 'Liège' })]);
    await t.call({ url: `/api/v1/clients?query=${encodeURIComponent(rows[0].email!)}` });
    await t.call({ url: `/api/v1/clients/${rows[1].registrationNumber}` });
    await t.call({ url: `/api/v1/imports/${rows[1].email}` });
    await t.call({ url: '/api/v1/me', key: t.firm.adminKey.slice(0, -3) + 'xyz' });
    await t.call({ url: '/api/v1/me', key: t.firm.staffKey });
    const form = new FormData();
    form.set('workflowId', t.firm.workflowId);
    form.set('file', new Blob([new Uint8Array(await writeTemplate({ rows: [clientRow(7004)] }))]), 'clients.xlsx');
    await t.call({ method: 'POST', url: '/api/v1/imports', payload: form });

    const log = lines.join('');
    expect(log).toContain('request completed');
    expect(log).toContain('/api/v1/imports/:id/commit');
    const secrets = [
      ...[7001, 7002, 7003, 7004, 7101].map(nthNationalNumber),
      ...rows.map((r) => r.email!), clientRow(7004).email!, t.firm.staffEmail, t.firm.adminEmail,
      t.firm.adminKey, t.firm.staffKey, t.firm.adminKey.slice(0, -3) + 'xyz', t.firm.adminKey.slice('acc_'.length + 13), // the secret: it may itself contain '_'
    ];
    for (const secret of secrets) expect({ secret, found: log.includes(secret) }).toEqual({ secret, found: false });
    expect(log).not.toMatch(/@example\.be/);
    expect(log.replace(/"time":\d+/g, "")).not.toMatch(/(?<![\d.])\d{11}(?![\d.])/);
  });
});
