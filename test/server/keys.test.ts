// Keys, users and the audit log as a firm's administrators manage them.
import { seedDemoFirm } from '../../src/server/db/seed';
import { describeEachDb, startTestApp, type TestApp } from './helpers';

describeEachDb('key and user management', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  const me = (key: string) => t.call({ url: '/api/v1/me', key });
  const createKey = (payload: object, key = t.firm.adminKey) => t.call({ method: 'POST', url: '/api/v1/keys', payload, key });
  const keys = async (key = t.firm.adminKey) => (await t.call({ url: '/api/v1/keys', key })).json().keys as Record<string, unknown>[];

  test('staff may not manage keys, users or read the audit (403)', async () => {
    for (const [method, url] of [['GET', '/keys'], ['POST', '/keys'], ['DELETE', '/keys/x'], ['GET', '/users'], ['POST', '/users'], ['GET', '/audit']]) {
      const res = await t.call({ method, url: `/api/v1${url}`, key: t.firm.staffKey, payload: method === 'POST' ? {} : undefined });
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 403, 'auth.adminOnlyManage']);
    }
  });

  test('a new key is shown once, works, and is listed without its secret or hash', async () => {
    const res = await createKey({ userEmail: t.firm.staffEmail.toUpperCase(), name: 'Nightly script' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: 'Nightly script', status: 'active', user: { email: t.firm.staffEmail, role: 'staff' }, expiresAt: null, revokedAt: null });
    expect(created.key).toMatch(new RegExp(`^acc_${created.prefix}_`));
    expect((await me(created.key)).json().user.email).toBe(t.firm.staffEmail);
    const listed = await t.call({ url: '/api/v1/keys' });
    expect(listed.body).not.toContain(created.key.slice(-20));
    const stored = await t.adb.db.selectFrom('api_keys').select('hash').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(listed.body).not.toContain(stored.hash);
    const entry = listed.json().keys.find((k: { id: string }) => k.id === created.id);
    expect(entry).toEqual({ ...created, key: undefined, lastUsedAt: t.clock.now.toISOString() });
    expect(Object.keys(entry)).not.toContain('key');
    expect(Object.keys(entry)).not.toContain('hash');
  });

  test('an expired key is refused with auth.expired, a revoked one at once with auth.revoked', async () => {
    const expiring = (await createKey({ userId: (await me(t.firm.staffKey)).json().user.id, name: 'Short', expiresAt: '2026-03-01T12:00:00+01:00' })).json();
    expect(expiring.expiresAt).toBe('2026-03-01T11:00:00.000Z');
    expect((await createKey({ userEmail: t.firm.staffEmail, name: 'Past', expiresAt: '2026-02-01T00:00:00Z' })).json().error.code).toBe('keys.expiryPast');
    const saved = t.clock.now;
    t.clock.now = new Date('2026-03-01T10:59:00Z');
    try {
      expect((await me(expiring.key)).statusCode).toBe(200);
      t.clock.now = new Date('2026-03-01T11:00:00Z');
      const refused = await t.call({ url: '/api/v1/me', key: expiring.key, headers: { 'accept-language': 'fr' } });
      expect([refused.statusCode, refused.json().error.code]).toEqual([401, 'auth.expired']);
      expect(refused.json().error.message).toMatch(/expiré/);
      expect((await keys()).find((k) => k.id === expiring.id)!.status).toBe('expired');
    } finally {
      t.clock.now = saved;
    }

    const other = (await createKey({ userEmail: t.firm.staffEmail, name: 'To revoke' })).json();
    expect((await me(other.key)).statusCode).toBe(200);
    const revoked = await t.call({ method: 'DELETE', url: `/api/v1/keys/${other.id}` });
    expect(revoked.json()).toMatchObject({ id: other.id, status: 'revoked' });
    const refused = await me(other.key);
    expect([refused.statusCode, refused.json().error.code]).toEqual([401, 'auth.revoked']);
  });

  test("the firm's last working admin key is revoked only with force", async () => {
    const third = await seedDemoFirm(t.adb.db, { firmName: 'Third Firm', now: t.clock.now });
    const adminId = (await me(third.adminKey)).json().user.id;
    const onlyAdmin = (await keys(third.adminKey)).find((k) => (k.user as { role: string }).role === 'admin')!;
    const refused = await t.call({ method: 'DELETE', url: `/api/v1/keys/${onlyAdmin.id}`, key: third.adminKey });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'keys.lastAdmin']);
    expect((await me(third.adminKey)).statusCode).toBe(200);
    // The staff key is not an admin key: it goes without force.
    const staff = (await keys(third.adminKey)).find((k) => (k.user as { role: string }).role === 'staff')!;
    expect((await t.call({ method: 'DELETE', url: `/api/v1/keys/${staff.id}`, key: third.adminKey })).statusCode).toBe(200);
    // With a second admin key the first may go; the second is then the last.
    const second = (await createKey({ userId: adminId, name: 'Second admin key' }, third.adminKey)).json();
    expect((await t.call({ method: 'DELETE', url: `/api/v1/keys/${onlyAdmin.id}`, key: second.key })).statusCode).toBe(200);
    expect((await t.call({ method: 'DELETE', url: `/api/v1/keys/${second.id}`, key: second.key })).statusCode).toBe(409);
    const forced = await t.call({ method: 'DELETE', url: `/api/v1/keys/${second.id}?force=true`, key: second.key });
    expect(forced.json().status).toBe('revoked');
    expect((await me(second.key)).json().error.code).toBe('auth.revoked');
  });

  test('users are added and listed; an e-mail twice is 409', async () => {
    const res = await t.call({ method: 'POST', url: '/api/v1/users', payload: { email: 'New.Colleague@Demo.example', name: 'Anne Janssens', role: 'staff' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'new.colleague@demo.example', role: 'staff' });
    const again = await t.call({ method: 'POST', url: '/api/v1/users', payload: { email: 'new.colleague@demo.example', name: 'X', role: 'admin' } });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'users.exists']);
    const bad = await t.call({ method: 'POST', url: '/api/v1/users', payload: { email: 'nope', name: '', role: 'boss' } });
    expect(bad.statusCode).toBe(400);
    const users = (await t.call({ url: '/api/v1/users' })).json().users.map((u: { email: string }) => u.email);
    expect(users).toEqual([t.firm.adminEmail, 'new.colleague@demo.example', t.firm.staffEmail].sort());
    const key = (await createKey({ userEmail: 'new.colleague@demo.example', name: 'Anne' })).json();
    expect((await me(key.key)).json().user.name).toBe('Anne Janssens');
  });

  test('the same user added by several admins at once is created once; the others get 409, never 500', async () => {
    const add = () => t.call({ method: 'POST', url: '/api/v1/users', payload: { email: 'race@demo.example', name: 'Race', role: 'staff' } });
    const answers = await Promise.all(Array.from({ length: 20 }, add));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(a.json().error.code).toBe('users.exists');
    const users = (await t.call({ url: '/api/v1/users' })).json().users.filter((u: { email: string }) => u.email === 'race@demo.example');
    expect(users).toHaveLength(1);
  });

  test("another firm's keys and users are out of reach (404)", async () => {
    const ours = (await keys())[0];
    expect((await t.call({ method: 'DELETE', url: `/api/v1/keys/${ours.id}`, key: t.other.adminKey })).json().error.code).toBe('notFound.key');
    expect((await createKey({ userEmail: t.firm.staffEmail, name: 'x' }, t.other.adminKey)).json().error.code).toBe('notFound.user');
    const theirs = (await t.call({ url: '/api/v1/users', key: t.other.adminKey })).json().users;
    expect(theirs.map((u: { email: string }) => u.email)).not.toContain(t.firm.adminEmail);
    expect((await keys(t.other.adminKey)).map((k) => k.id)).not.toContain(ours.id);
  });

  test('the audit lists key and user changes, filtered by time and paged', async () => {
    const all = (await t.call({ url: '/api/v1/audit?limit=1000' })).json();
    const actions = all.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['key.created', 'key.revoked', 'user.added']));
    expect(all.entries.every((e: { user: { email: string } }) => e.user.email === t.firm.adminEmail)).toBe(true);
    expect(JSON.stringify(all)).not.toMatch(/acc_[0-9a-f]{12}_/);
    const page = (await t.call({ url: '/api/v1/audit?limit=2&offset=1' })).json();
    expect(page).toMatchObject({ total: all.total, limit: 2, offset: 1, entries: all.entries.slice(1, 3) });
    expect((await t.call({ url: '/api/v1/audit?from=2026-03-01T10:00:01Z' })).json().total).toBe(0);
    expect((await t.call({ url: '/api/v1/audit?to=2026-03-01T10:00:01Z' })).json().total).toBe(all.total);
    expect((await t.call({ url: '/api/v1/audit?from=yesterday' })).statusCode).toBe(400);
    expect((await t.call({ url: '/api/v1/audit', key: t.other.adminKey })).json().entries.map((e: { action: string }) => e.action)).not.toContain('user.added');
  });
});
