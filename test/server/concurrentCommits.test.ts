// Overlapping imports committed at the same moment: every client exists once, whichever rule matches it.
// On PostgreSQL two transactions under READ COMMITTED both see "no such client" unless the firm's commits
// are serialized; the unique index only covers national numbers.
import { addAll, clientRow, clientsOf, commit, describeEachDb, startTestApp, type TestApp } from './helpers';

describeEachDb('concurrent commits', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  // One client per matching rule: national number; client code alone; e-mail and last name alone.
  const rows = (n: number, firstName: string) => [
    clientRow(n, { firstName }),
    clientRow(n + 1, { firstName, registrationNumber: '', clientCode: `K-${n + 1}` }),
    clientRow(n + 2, { firstName, registrationNumber: '' }),
  ];

  test('20 pairs of overlapping imports committed at once: each client exists once, the later commit reports conflicts', async () => {
    const pairs = [];
    for (let i = 0; i < 20; i++) {
      const n = 7000 + 10 * i;
      pairs.push([await t.preview(rows(n, 'First')), await t.preview(rows(n, 'Again'))]);
    }
    const responses = await Promise.all(pairs.flat().map((p) => commit(t, p.id, addAll(p))));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(40).fill(200));

    for (let i = 0; i < 20; i++) {
      const [a, b] = [responses[2 * i].json(), responses[2 * i + 1].json()];
      const created = [...a.created, ...b.created].map((c: { row: number }) => c.row).sort();
      const conflicts = [...a.conflicts, ...b.conflicts];
      // Each of the three rows was created by exactly one of the two commits, and refused by the other.
      expect(created).toEqual([2, 3, 4]);
      expect(conflicts.map((c: { row: number }) => c.row).sort()).toEqual([2, 3, 4]);
      expect(conflicts.every((c: { code: string }) => c.code === 'conflict.clientExists')).toBe(true);
    }
    const all = await clientsOf(t, undefined, '&query=');
    const names = all.clients.map((c) => c.values.lastName!).filter((n) => /^Last7[0-1]\d\d$/.test(n));
    expect(names).toHaveLength(60);
    expect(new Set(names).size).toBe(60);
  });
});
