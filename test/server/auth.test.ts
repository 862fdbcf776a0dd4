// Keys, roles, and firms that never see each other's data.
import { revokeApiKey } from '../../src/server/db/firms';
import { keyPrefix } from '../../src/server/keys';
import { clientRow, commit, describeEachDb, importClients, startTestApp, type TestApp } from './helpers';

describeEachDb('auth and isolation', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  test('no key, a malformed key, an unknown key and a wrong secret are all 401', async () => {
    const wrongSecret = t.firm.adminKey.slice(0, -4) + (t.firm.adminKey.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const key of [null, 'hello', 'acc_000000000000_abcdefghijklmnopqrstuvwxyz0123456789', wrongSecret]) {
      const res = await t.call({ url: '/api/v1/me', key });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toMatch(/^auth\./);
    }
    expect((await t.call({ url: '/api/v1/me' })).statusCode).toBe(200);
  });

  test('keys are stored only as hashes and a revoked key is refused', async () => {
    const rows = await t.adb.db.selectFrom('api_keys').select(['prefix', 'hash']).execute();
    const all = JSON.stringify(rows);
    expect(all).not.toContain(t.firm.adminKey);
    // The secret is base64url, so it may hold '_' itself: cut it after the prefix, not by splitting.
    const secret = t.firm.adminKey.slice(`acc_${keyPrefix(t.firm.adminKey)}_`.length);
    expect(secret).toHaveLength(43);
    expect(all).not.toContain(secret);
    const { key } = await (await import('../../src/server/db/seed')).addUser(t.adb.db, t.firm.firmId, { email: 'temp@x.be', name: 'Temp', role: 'admin' });
    expect((await t.call({ url: '/api/v1/me', key })).statusCode).toBe(200);
    await revokeApiKey(t.adb.db, keyPrefix(key)!, new Date().toISOString());
    const res = await t.call({ url: '/api/v1/me', key });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth.revoked');
  });

  test('GET /me names the firm and the user', async () => {
    const me = (await t.call({ url: '/api/v1/me', key: t.firm.staffKey })).json();
    expect(me).toEqual({ firm: { id: t.firm.firmId, name: 'Demo Fiduciaire' }, user: expect.objectContaining({ email: t.firm.staffEmail, role: 'staff' }) });
  });

  test('staff may read but not create or commit imports (403)', async () => {
    const p = await t.preview([clientRow(1)]);
    expect((await t.call({ url: `/api/v1/imports/${p.id}`, key: t.firm.staffKey })).statusCode).toBe(200);
    expect((await t.call({ url: `/api/v1/imports/${p.id}/accountonOnly`, key: t.firm.staffKey })).statusCode).toBe(200);
    const create = await t.call({ method: 'POST', url: '/api/v1/imports', key: t.firm.staffKey, payload: { workflowId: t.firm.workflowId, source: 'cli', rows: [] } });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('auth.adminOnly');
    const c = await commit(t, p.id, { add: [] }, undefined, t.firm.staffKey);
    expect(c.statusCode).toBe(403);
  });

  test('another firm never learns that our imports, clients or workflow exist (68 probes)', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => clientRow(100 + i, { clientCode: `ISO-${i}` }));
    const { result } = await importClients(t, rows);
    const imports = [];
    for (let i = 0; i < 8; i++) imports.push((await t.preview([clientRow(200 + i)])).id);
    const key = t.other.adminKey;
    const missing = (await t.call({ url: '/api/v1/imports/00000000-0000-0000-0000-000000000000', key })).json();
    let probes = 0;
    const expectHidden = (res: { statusCode: number; json(): unknown }) => {
      probes++;
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(missing);
    };
    for (const id of imports) {
      expectHidden(await t.call({ url: `/api/v1/imports/${id}`, key }));
      expectHidden(await t.call({ url: `/api/v1/imports/${id}/accountonOnly?offset=0`, key }));
      const c = await commit(t, id, { add: [] }, undefined, key);
      probes++;
      expect(c.statusCode).toBe(404);
      expect(c.json().error.code).toBe('notFound.import');
    }
    for (const [i, row] of rows.entries()) {
      for (const q of [row.lastName!, row.email!, `ISO-${i}`]) {
        const res = await t.call({ url: `/api/v1/clients?query=${encodeURIComponent(q)}`, key });
        probes++;
        expect(res.json().total).toBe(0);
      }
    }
    // Their preview of our clients' rows finds nothing of ours: all new, none duplicate, nothing of ours listed.
    const theirs = await t.preview(rows, key);
    probes++;
    expect(theirs.summary).toMatchObject({ importOnly: 10, duplicates: 0, accountonOnly: 0 });
    const ourWorkflow = await t.call({ method: 'POST', url: '/api/v1/imports', key, payload: { workflowId: t.firm.workflowId, source: 'cli', rows: [] } });
    probes++;
    expect(ourWorkflow.statusCode).toBe(404);
    const q = await t.call({ url: `/api/v1/questionnaires?workflowId=${t.firm.workflowId}`, key });
    probes++;
    expect(q.json().questionnaires).toEqual([]);
    const wf = await t.call({ url: '/api/v1/workflows', key });
    probes++;
    expect(wf.json().workflows.map((w: { id: string }) => w.id)).toEqual([t.other.workflowId]);
    const all = await t.call({ url: '/api/v1/clients?limit=1000', key });
    probes++;
    const ours = new Set(result.created.map((c) => c.clientId));
    expect(all.json().clients.some((c: { id: string }) => ours.has(c.id))).toBe(false);
    // Committing their own import with our questionnaire is refused like any unknown questionnaire.
    const ourQ = (await t.call({ url: `/api/v1/questionnaires?workflowId=${t.firm.workflowId}` })).json().questionnaires[0].id;
    const r = await commit(t, theirs.id, { add: [{ row: 2, language: 'french', questionnaireId: ourQ }] }, undefined, key);
    probes++;
    expect(r.statusCode).toBe(422);
    expect(probes).toBeGreaterThanOrEqual(50);
  });
});
