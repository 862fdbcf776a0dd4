// Commit under real conditions: idempotency, concurrent double commits, stale previews, expiry.
import { addAll, clientRow, clientsOf, commit, describeEachDb, importClients, insertClient, startTestApp, type TestApp } from './helpers';

describeEachDb('commit', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  test('the same import committed again returns the first result and creates nothing new', async () => {
    const p = await t.preview([clientRow(1000), clientRow(1001)]);
    const first = await commit(t, p.id, addAll(p), 'key-1000');
    const sameKey = await commit(t, p.id, addAll(p), 'key-1000');
    const otherKey = await commit(t, p.id, addAll(p), 'key-1000-b');
    expect(first.statusCode).toBe(200);
    expect(first.json().created).toHaveLength(2);
    for (const again of [sameKey, otherKey]) {
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(again.headers.get('idempotent-replayed')).toBe('true');
    }
    expect((await clientsOf(t, undefined, '&query=last100')).clients.filter((c) => /^Last100[01]$/.test(c.values.lastName!))).toHaveLength(2);
    expect((await t.call({ url: `/api/v1/imports/${p.id}` })).json().status).toBe('committed');
  });

  test('a different body for a committed import is a 409; a key reused for another import is a 409', async () => {
    const p = await t.preview([clientRow(1010), clientRow(1011)]);
    const body = addAll(p);
    expect((await commit(t, p.id, body, 'key-1010')).statusCode).toBe(200);
    const different = await commit(t, p.id, { add: body.add.slice(0, 1) });
    expect(different.statusCode).toBe(409);
    expect(different.json().error.code).toBe('import.alreadyCommitted');
    const q = await t.preview([clientRow(1012)]);
    const reused = await commit(t, q.id, addAll(q), 'key-1010');
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('import.idempotencyKeyReused');
    expect((await commit(t, q.id, addAll(q))).statusCode).toBe(200);
  });

  test('a commit without an Idempotency-Key is refused', async () => {
    const p = await t.preview([clientRow(1020)]);
    const res = await t.call({ method: 'POST', url: `/api/v1/imports/${p.id}/commit`, payload: addAll(p) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('request.idempotencyKeyMissing');
  });

  test('20 imports each committed twice at the same moment create each client once', async () => {
    const previews = [];
    for (let i = 0; i < 20; i++) previews.push(await t.preview([clientRow(2000 + 2 * i), clientRow(2001 + 2 * i)]));
    const responses = await Promise.all(
      previews.flatMap((p, i) => [commit(t, p.id, addAll(p), `double-${i}`), commit(t, p.id, addAll(p), `double-${i}`)]),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(40).fill(200));
    for (let i = 0; i < 20; i++) expect(responses[2 * i].json()).toEqual(responses[2 * i + 1].json());
    const created = responses.filter((_, i) => i % 2 === 0).flatMap((r) => r.json().created.map((c: { clientId: string }) => c.clientId));
    expect(new Set(created).size).toBe(40);
    const all = await clientsOf(t);
    const names = all.clients.map((c) => c.values.lastName!).filter((n) => /^Last20\d\d$/.test(n));
    expect(names).toHaveLength(40);
    expect(new Set(names).size).toBe(40);
  });

  test('a client created by another import since the preview is a conflict, never created twice', async () => {
    const stale = await t.preview([clientRow(3000), clientRow(3001, { registrationNumber: '', clientCode: 'K-3001' }), clientRow(3002)]);
    await importClients(t, [clientRow(3000), clientRow(3005, { clientCode: 'K-3001' })]);
    const res = await commit(t, stale.id, addAll(stale));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.created.map((c: { row: number }) => c.row)).toEqual([4]);
    expect(body.conflicts).toEqual([
      expect.objectContaining({ row: 2, code: 'conflict.clientExists', clientId: expect.any(String) }),
      expect.objectContaining({ row: 3, code: 'conflict.clientExists', clientId: expect.any(String) }),
    ]);
    expect(body.conflicts[0].message).toMatch(/national register number/);
    expect((await clientsOf(t, undefined, '&query=last3000')).clients).toHaveLength(1);
  });

  test('two imports of the same new client committed at the same moment create it once', async () => {
    const a = await t.preview([clientRow(3200)]);
    const b = await t.preview([clientRow(3200, { firstName: 'Again' })]);
    const [ra, rb] = await Promise.all([commit(t, a.id, addAll(a)), commit(t, b.id, addAll(b))]);
    expect([ra.statusCode, rb.statusCode]).toEqual([200, 200]);
    const created = [...ra.json().created, ...rb.json().created];
    const conflicts = [...ra.json().conflicts, ...rb.json().conflicts];
    expect(created).toHaveLength(1);
    expect(conflicts).toEqual([expect.objectContaining({ row: 2, code: 'conflict.clientExists' })]);
    expect((await clientsOf(t, undefined, '&query=last3200')).clients).toHaveLength(1);
  });

  test('a main responsible who left the firm since the preview is a conflict; the other rows are created', async () => {
    const email = 'leaving@demo-fiduciaire.example';
    await t.adb.db
      .insertInto('users')
      .values({ id: `leaving-${target.name}`, firm_id: t.firm.firmId, email, name: 'Leaving', role: 'staff', created_at: new Date().toISOString() })
      .execute();
    const p = await t.preview([clientRow(3300, { responsibleEmail: email }), clientRow(3301)]);
    expect(p.importOnly).toHaveLength(2);
    await t.adb.db.updateTable('users').set({ email: 'left@elsewhere.example' }).where('id', '=', `leaving-${target.name}`).execute();
    const res = await commit(t, p.id, addAll(p));
    expect(res.statusCode).toBe(200);
    expect(res.json().created.map((c: { row: number }) => c.row)).toEqual([3]);
    expect(res.json().conflicts).toEqual([expect.objectContaining({ row: 2, code: 'conflict.responsibleNotAUser' })]);
    expect((await clientsOf(t, undefined, '&query=last3300')).clients).toHaveLength(0);
  });

  test('a duplicate whose match changed since the preview is a conflict, not an update', async () => {
    await importClients(t, [clientRow(3100, { registrationNumber: '', clientCode: 'K-3100' })]);
    const stale = await t.preview([clientRow(3101, { registrationNumber: '', clientCode: 'K-3100', city: 'Namur' })]);
    expect(stale.duplicates[0].matchedBy).toBe('clientCode');
    // Since the preview, a second client got the same client code: the row is now ambiguous.
    await insertClient(t.adb, t.firm.firmId, clientRow(3104, { registrationNumber: undefined, clientCode: 'K-3100' }));
    const res = await commit(t, stale.id, { update: [{ row: 2, fields: ['city'] }] });
    expect(res.json().conflicts).toEqual([expect.objectContaining({ row: 2, code: 'conflict.matchChanged' })]);
    expect(res.json().updated).toEqual([]);
    expect((await clientsOf(t, undefined, '&query=last3100')).clients[0].values.city).toBeUndefined();
  });

  test('a preview expires after 24 hours: commit answers 410 and creates nothing', async () => {
    const p = await t.preview([clientRow(4000)]);
    const saved = t.clock.now;
    try {
      t.clock.now = new Date(saved.getTime() + 24 * 3600 * 1000 + 1000);
      const res = await commit(t, p.id, addAll(p));
      expect(res.statusCode).toBe(410);
      expect(res.json().error.code).toBe('import.expired');
      expect((await t.call({ url: `/api/v1/imports/${p.id}` })).json().status).toBe('expired');
    } finally {
      t.clock.now = saved;
    }
    expect((await clientsOf(t, undefined, '&query=last4000')).clients).toHaveLength(0);
    // Just before the limit it still works.
    t.clock.now = new Date(saved.getTime() + 24 * 3600 * 1000 - 1000);
    try {
      expect((await commit(t, p.id, addAll(p))).statusCode).toBe(200);
    } finally {
      t.clock.now = saved;
    }
  });

  test('every preview and commit is in the audit log with who, when and counts', async () => {
    const p = await t.preview([clientRow(5000), clientRow(5001, { email: 'bad' })]);
    await commit(t, p.id, addAll(p));
    const rows = await t.adb.db.selectFrom('audit_log').selectAll().where('import_id', '=', p.id).orderBy('at').execute();
    expect(rows.map((r) => r.action)).toEqual(['import.preview', 'import.commit']);
    expect(rows.every((r) => r.firm_id === t.firm.firmId && r.at)).toBe(true);
    expect(JSON.parse(rows[0].details)).toMatchObject({ total: 2, importOnly: 1, invalid: 1, source: 'cli' });
    expect(JSON.parse(rows[1].details)).toEqual({ created: 1, updated: 0, attached: 0, conflicts: 0 });
  });
});
