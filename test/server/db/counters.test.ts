// The database's rate-limit counters: one atomic upsert per event, windows that end, a sweep of ended ones.
import { MemoryCounters } from '../../../src/server/counters';
import { DatabaseCounters } from '../../../src/server/db/counters';
import { describeEachDb, type TestDatabase } from '../helpers';

describeEachDb('database counters', (target) => {
  let adb: TestDatabase;
  beforeAll(async () => {
    adb = await target.open();
  });
  afterAll(() => adb.drop());

  test('counts in a window, starts again once it ended; one read gives several keys', async () => {
    const c = new DatabaseCounters(adb.db);
    const t0 = 1_700_000_000_000;
    expect(await c.hit('a', 1000, t0)).toEqual({ count: 1, ttlMs: 1000 });
    expect(await c.hit('a', 1000, t0 + 400)).toEqual({ count: 2, ttlMs: 600 });
    await c.hit('c', 5000, t0);
    expect(await c.peekMany(['a', 'b', 'c'], t0 + 500)).toEqual(new Map([['a', { count: 2, ttlMs: 500 }], ['c', { count: 1, ttlMs: 4500 }]]));
    expect(await c.peekMany(['a'], t0 + 1000)).toEqual(new Map());
    expect(await c.hit('a', 1000, t0 + 1000)).toEqual({ count: 1, ttlMs: 1000 });
    expect(await c.peekMany([], t0)).toEqual(new Map());
  });

  test('concurrent hits are all counted', async () => {
    const c = new DatabaseCounters(adb.db);
    const now = 1_700_000_000_000;
    const counts = await Promise.all(Array.from({ length: 20 }, () => c.hit('concurrent', 60_000, now)));
    expect(counts.map((w) => w.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  test('the sweep deletes ended windows only', async () => {
    const c = new DatabaseCounters(adb.db);
    const now = 1_800_000_000_000;
    await c.hit('ended', 1000, now - 5000);
    await c.hit('running', 60_000, now);
    expect(await c.sweep(now)).toBeGreaterThanOrEqual(1);
    const keys = (await adb.db.selectFrom('rate_counters').select('key').execute()).map((r) => r.key);
    expect(keys).toContain('running');
    expect(keys).not.toContain('ended');
  });
});

describe('memory counters', () => {
  test('the memory counters (SQLite, one process) answer the same', async () => {
    const c = new MemoryCounters();
    const t0 = 1_700_000_000_000;
    await c.hit('a', 1000, t0);
    await c.hit('a', 1000, t0 + 400);
    await c.hit('c', 5000, t0);
    expect(await c.peekMany(['a', 'b', 'c'], t0 + 500)).toEqual(new Map([['a', { count: 2, ttlMs: 500 }], ['c', { count: 1, ttlMs: 4500 }]]));
    expect(await c.peekMany(['a'], t0 + 1000)).toEqual(new Map());
  });
});
