// The "only in Accounton" bucket of a large firm: the preview holds its first page, the rest is paged,
// in the same order and as it was at preview time.
import crypto from 'node:crypto';
import { clientRow, describeEachDb, insertClient, insertManyClients, startTestApp, type TestApp } from './helpers';

const FIRM_CLIENTS = 1250;

describeEachDb('accountonOnly pages', (target) => {
  let t: TestApp;
  let preview: Awaited<ReturnType<TestApp['preview']>>;
  beforeAll(async () => {
    t = await startTestApp(target);
    await insertManyClients(t, FIRM_CLIENTS);
    preview = await t.preview([clientRow(90_000)]);
  });
  afterAll(() => t.close());

  const page = (query: string, key?: string) => t.call({ url: `/api/v1/imports/${preview.id}/accountonOnly${query}`, key });

  test('the preview counts every client and lists the first 1,000 by name', () => {
    expect(preview.summary).toMatchObject({ accountonOnly: FIRM_CLIENTS, accountonOnlyNotLinked: FIRM_CLIENTS });
    expect(preview.accountonOnly).toHaveLength(1000);
    const names = preview.accountonOnly.map((c) => c.lastName ?? '');
    expect(names).toEqual([...names].sort());
  });

  test('the pages hold the rest, in the same order, each client once', async () => {
    const first = await page('?offset=0');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ total: FIRM_CLIENTS, limit: 1000, offset: 0 });
    expect(first.json().entries).toEqual(preview.accountonOnly);
    const rest = (await page('?offset=1000&limit=1000')).json();
    expect(rest.entries).toHaveLength(FIRM_CLIENTS - 1000);
    const all = [...first.json().entries, ...rest.entries] as { clientId: string; lastName: string }[];
    expect(new Set(all.map((c) => c.clientId)).size).toBe(FIRM_CLIENTS);
    const names = all.map((c) => c.lastName);
    expect(names).toEqual([...names].sort());
  });

  test('small pages cut the same list', async () => {
    const slices = await Promise.all([0, 7, 14].map(async (offset) => (await page(`?offset=${offset}&limit=7`)).json().entries));
    expect(slices.flat()).toEqual(preview.accountonOnly.slice(0, 21));
  });

  test('a client added after the preview is not in its pages; the staff may read them', async () => {
    await insertClient(t.adb, t.firm.firmId, clientRow(91_000, { lastName: 'Aaaron' }));
    const res = await page('?offset=0&limit=5', t.firm.staffKey);
    expect(res.json().total).toBe(FIRM_CLIENTS);
    expect(res.json().entries.map((c: { lastName: string }) => c.lastName)).not.toContain('Aaaron');
    expect((await t.call({ url: `/api/v1/imports/${preview.id}` })).json().accountonOnly).toEqual(preview.accountonOnly);
  });

  test('past the end is an empty page; a bad limit or offset is a 400 that says which', async () => {
    expect((await page('?offset=5000')).json()).toEqual({ entries: [], total: FIRM_CLIENTS, limit: 1000, offset: 5000 });
    for (const query of ['?limit=1001', '?limit=0', '?offset=-1', '?offset=abc']) {
      const res = await page(query);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('request.invalid');
      expect(res.json().error.message).toMatch(/limit|offset/);
    }
    const unknown = await t.call({ url: `/api/v1/imports/${crypto.randomUUID()}/accountonOnly` });
    expect(unknown.statusCode).toBe(404);
  });
});
